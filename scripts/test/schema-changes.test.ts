import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/** The breaking-change check of `npm run check`, run as a process on schemas changed here. */
const script = fileURLToPath(new URL('../schema-changes.ts', import.meta.url));
const api = fileURLToPath(new URL('../../schema/api.graphql', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'schema-changes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const released = join(folder, 'released.graphql');
const changelog = join(folder, 'CHANGELOG.md');
copyFileSync(api, released);
const publicSchema = readFileSync(api, 'utf8');

async function check(current: string, ...args: string[]) {
  const file = join(folder, 'current.graphql');
  writeFileSync(file, current);
  const run = promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, '--released', released, '--current', file, '--changelog', changelog, ...args],
    { encoding: 'utf8' },
  );
  return run.then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}

/** The public schema with `Municipality.name` removed, and with a field added to it. */
const municipality = /^type Municipality [^{]*\{\n/m;
const withoutName = publicSchema.replace(
  /(^type Municipality [^{]*\{[\s\S]*?)\n(?:  """[\s\S]*?"""\n)?  name: String!\n/m,
  '$1\n',
);
const withField = publicSchema.replace(
  municipality,
  (start) => `${start}  """A new field"""\n  motto: String\n`,
);

describe('the breaking-change check of the public schema', () => {
  it('passes the released schema unchanged, and one that adds a field', async () => {
    expect(withField).not.toBe(publicSchema);
    expect(await check(publicSchema)).toMatchObject({ code: 0 });
    const added = await check(withField);
    expect(added.code).toBe(0);
    expect(added.output).toMatch(/no breaking change[^]*\([1-9]\d* change/);
  });

  it('fails on a removed field, naming it', async () => {
    expect(withoutName).not.toBe(publicSchema);
    const removed = await check(withoutName);
    expect(removed.code).toBe(1);
    expect(removed.output).toContain("Field 'name' was removed from object type 'Municipality'");
    expect(removed.output).toContain('npm run schema:release');
  });

  it('accepts an intended breaking change only with a line for the changelog', async () => {
    expect((await check(withoutName, '--release')).code).toBe(1);
    expect(readFileSync(released, 'utf8')).toBe(publicSchema);
    const accepted = await check(withoutName, '--release', 'Municipality.name removed: use officialName');
    expect(accepted.code).toBe(0);
    expect(readFileSync(changelog, 'utf8')).toMatch(
      /- \d{4}-\d\d-\d\d: Municipality\.name removed: use officialName \(breaking\)/,
    );
    // Released now: the check passes.
    expect((await check(withoutName)).code).toBe(0);
  });
});
