/**
 * The public schema's breaking changes: schema/api.graphql (what `npm run compose` makes now)
 * against schema/released/api.graphql (the last released one, committed), compared by
 * @graphql-inspector/core. `npm run check` fails while a breaking change is not accepted.
 *
 *   tsx scripts/schema-changes.ts                      the check
 *   tsx scripts/schema-changes.ts --release "<line>"   accepts the current schema as released and
 *                                                      adds the line to CHANGELOG.md (required
 *                                                      when a change is breaking)
 *
 * `--released <file>`, `--current <file>` and `--changelog <file>` name other files (the tests').
 */
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const repository = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    release: { type: 'boolean', default: false },
    released: { type: 'string', default: repository('schema/released/api.graphql') },
    current: { type: 'string', default: repository('schema/api.graphql') },
    changelog: { type: 'string', default: repository('CHANGELOG.md') },
  },
});

const schemaOf = (file: string) => buildSchema(readFileSync(file, 'utf8'));
const changes = await diff(schemaOf(values.released), schemaOf(values.current));
const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
const dangerous = changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous);
const describe = (change: Change) => `  - ${change.message}${change.path ? ` (${change.path})` : ''}`;

if (values.release) {
  const line = positionals.join(' ').trim();
  if (breaking.length > 0 && !line) {
    console.error(
      'Name the breaking change for CHANGELOG.md: npm run schema:release -- "<what changed and why>"',
    );
    process.exit(1);
  }
  copyFileSync(values.current, values.released);
  if (line) {
    if (!existsSync(values.changelog)) writeFileSync(values.changelog, '# Changelog\n');
    const date = new Date().toISOString().slice(0, 10);
    appendFileSync(values.changelog, `\n- ${date}: ${line}${breaking.length > 0 ? ' (breaking)' : ''}\n`);
  }
  console.log(`Released the public schema: ${changes.length} change(s), ${breaking.length} breaking.`);
  process.exit(0);
}

for (const change of dangerous) console.warn(`dangerous: ${change.message}`);
if (breaking.length > 0) {
  console.error(
    `The public schema (schema/api.graphql) has ${breaking.length} breaking change(s) against the released one (schema/released/api.graphql):\n` +
      breaking.map(describe).join('\n') +
      '\nClients and partners built on the released schema would break. Undo the change, or, when it is ' +
      'intended and announced, accept it: npm run schema:release -- "<what changed and why>" and commit ' +
      'schema/released/api.graphql and CHANGELOG.md with the change (README, "Schema changes").',
  );
  process.exit(1);
}
console.log(
  `The public schema has no breaking change against the released one (${changes.length} change(s) in all).`,
);
