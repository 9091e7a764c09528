import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { Role } from '@registers/access';
import { createTestDatabase, type TestDatabase } from '@registers/platform/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSeededOrganisation } from './support/demo.ts';
import { startSystem } from './support/system.ts';
import { JOBS_SCHEMA } from '@registers/platform';
import {
  exportEmbedded,
  importExport,
  JOBS_SCHEMA as notExportedJobsSchema,
} from '../../scripts/database-transfer.ts';

/**
 * From the embedded default to a server: a register seeded on PGlite is exported with
 * `npm run db:export`, imported with `npm run db:import` into fresh PostgreSQL databases, every
 * table compared row by row, and the system started on PostgreSQL answers from the moved data.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const services = ['municipality', 'interests'] as const;
const demoScale = 0.01;

/** Runs one of the npm scripts' files as `npm run` would, from the repository root. */
async function cli(script: 'db-export' | 'db-import', args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const userTables = `select n.nspname || '.' || c.relname as name from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema', 'drizzle', 'pgboss')
    and n.nspname not like 'pg\\_%' order by 1`;
const sequenceValues = `select schemaname || '.' || sequencename as name, last_value::text as value
  from pg_sequences where schemaname not in ('pgboss') order by 1`;
const quote = (qualified: string) =>
  qualified
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');

describe('npm run db:export and db:import', () => {
  const work = mkdtempSync(join(tmpdir(), 'registers-transfer-'));
  const databases: Partial<Record<(typeof services)[number], TestDatabase>> = {};

  beforeAll(async () => {
    // The embedded register as a first `npm start` leaves it: both folders migrated and seeded,
    // pg-boss's queues made; then a write through the gateway, so the audit trail and the
    // change feed (and their sequences) hold rows too.
    const system = await startSystem({ demoScale, driver: 'pglite', dataDir: work });
    try {
      const token = await system.tokenFor({ subject: 'admin', roles: ['administrator' as Role] });
      const person = system.population.persons[0]!;
      const response = await fetch(new URL('/graphql', system.gateway.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation ($input: UpdatePersonContactDetailsInput!) {
            updatePersonContactDetails(input: $input) { userErrors { message } } }`,
          variables: { input: { personId: person.id, phone: '+4791234567' } },
        }),
      });
      expect(await response.json()).toEqual({ data: { updatePersonContactDetails: { userErrors: [] } } });
    } finally {
      await system.close();
    }
    for (const service of services) databases[service] = await createTestDatabase(`transfer_${service}`);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(Object.values(databases).map((database) => database.drop()));
    rmSync(work, { recursive: true, force: true });
  });

  it.each(services)(
    'moves the %s register with every row and sequence',
    async (service) => {
      const file = join(work, `${service}.sql`);
      const url = databases[service]!.url;
      const dataDir = join(work, service);
      // The municipality register as a person moving it would (the npm scripts' files, in a
      // process of their own), the interests register through the same functions in this one.
      if (service === 'municipality') {
        const exported = await cli('db-export', ['--service', service, '--data-dir', dataDir, '--out', file]);
        expect(exported.stderr).toBe('');
        expect(exported.code).toBe(0);
        expect(exported.stdout).toMatch(
          / 1\/\d+ public\.\w+: \d+ rows\n[\s\S]*exported [\d,]+ rows of \d+ tables/,
        );
        const imported = await cli('db-import', ['--service', service, '--in', file, '--database-url', url]);
        expect(imported.stderr).toBe('');
        expect(imported.code).toBe(0);
        expect(imported.stdout).toMatch(/imported [\d,]+ rows of \d+ tables/);
      } else {
        const progress: string[] = [];
        const exported = await exportEmbedded({
          service,
          dataDir,
          out: file,
          progress: (line) => progress.push(line),
        });
        const imported = await importExport({
          service,
          in: file,
          databaseUrl: url,
          progress: (line) => progress.push(line),
        });
        expect(imported.rows).toEqual(exported.rows);
        expect(progress.length).toBeGreaterThan(2 * exported.rows.size);
      }
      // pg_dump's plain format: COPY blocks in an order whose foreign keys hold.
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/^COPY "public"\."\w+" \(.+\) FROM stdin;$/m);
      // A cycle of foreign keys (a county and its county municipality) is dropped for the rows and
      // added again after them, as pg_dump's own files do for a schema.
      if (service === 'municipality') {
        expect(text).toMatch(/^ALTER TABLE ONLY "public"\."\w+" DROP CONSTRAINT "\w+";$/m);
        expect(text).toMatch(/^ALTER TABLE ONLY "public"\."\w+" ADD CONSTRAINT "\w+" FOREIGN KEY .+;$/m);
      }

      const embedded = await PGlite.create(join(work, service));
      const server = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await embedded.exec(`set timezone = 'UTC'; set extra_float_digits = 3`);
        await server.unsafe(`set timezone = 'UTC'; set extra_float_digits = 3`);
        const tables = (await embedded.query<{ name: string }>(userTables)).rows.map((row) => row.name);
        expect((await server.unsafe<{ name: string }[]>(userTables)).map((row) => row.name)).toEqual(tables);
        let total = 0;
        for (const table of tables) {
          const select = `select t::text as row from ${quote(table)} t`;
          const before = (await embedded.query<{ row: string }>(select)).rows.map((row) => row.row).sort();
          const after = (await server.unsafe<{ row: string }[]>(select)).map((row) => row.row).sort();
          expect(after, table).toEqual(before);
          total += before.length;
        }
        expect(total).toBeGreaterThan(500);
        const sequences = (await embedded.query<{ name: string; value: string }>(sequenceValues)).rows;
        expect(sequences.some((sequence) => sequence.value !== null)).toBe(true);
        expect([...(await server.unsafe(sequenceValues))]).toEqual(sequences);
      } finally {
        await server.end();
        await embedded.close();
      }
    },
    120_000,
  );

  it('refuses a database that has rows, names them, and changes nothing', async () => {
    const file = join(work, 'municipality.sql');
    const url = databases.municipality!.url;
    const server = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const count = async () =>
        (await server`select count(*)::int as n from public.persons`)[0]!['n'] as number;
      const before = await count();
      const again = await cli('db-import', [
        '--service',
        'municipality',
        '--in',
        file,
        '--database-url',
        url,
      ]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(
        /is not empty \(public\.\w+.*have rows\): nothing was imported.*--replace/,
      );
      expect(await count()).toBe(before);

      // The wrong register's file, and a file that is not an export, are refused too.
      const options = { service: 'municipality' as const, in: file, databaseUrl: url, progress: () => {} };
      await expect(importExport({ ...options, service: 'interests' })).rejects.toThrow(
        /is an export of the municipality register, not of interests/,
      );
      const edited = join(work, 'edited.sql');
      writeFileSync(
        edited,
        readFileSync(file, 'utf8').replace(/^SET lock_timeout = 0;$/m, 'DROP TABLE public.persons;'),
      );
      await expect(importExport({ ...options, in: edited, replace: true })).rejects.toThrow(
        /line \d+: not a statement an export holds; nothing was imported/,
      );
      expect(await count()).toBe(before);
      // A person left out: the server refuses their employments when their COPY ends, and the
      // import says so and rolls back (rather than waiting forever, as postgres.js 3.4 would).
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.splice(lines.findIndex((line) => line.startsWith('COPY "public"."persons"')) + 1, 1);
      writeFileSync(edited, lines.join('\n'));
      await expect(importExport({ ...options, in: edited, replace: true })).rejects.toThrow(
        /violates foreign key constraint/,
      );
      expect(await count()).toBe(before);
      await expect(
        exportEmbedded({ ...options, dataDir: join(work, 'nowhere'), out: edited }),
      ).rejects.toThrow(/not an embedded database/);

      // Told to, it replaces the rows, with the same result.
      await importExport({ ...options, replace: true });
      expect(await count()).toBe(before);
    } finally {
      await server.end();
    }
  }, 60_000);

  it('refuses to leave a queued notice behind, unless told to', async () => {
    const dataDir = join(work, 'interests');
    const embedded = await PGlite.create(dataDir);
    try {
      await embedded.query(`insert into ${JOBS_SCHEMA}.job (name, data) values ('notice', '{}')`);
    } finally {
      await embedded.close();
    }
    const out = join(work, 'queued.sql');
    const options = { service: 'interests' as const, dataDir, out, progress: () => {} };
    await expect(exportEmbedded(options)).rejects.toThrow(
      /1 background job\(s\) .* still waiting or running/,
    );
    const progress: string[] = [];
    await exportEmbedded({ ...options, leaveQueuedJobs: true, progress: (line) => progress.push(line) });
    expect(progress.join('\n')).toMatch(/leaving 1 queued background job\(s\) behind, as told/);
  }, 60_000);

  it('leaves out the schema pg-boss keeps its queue in', () => {
    expect(notExportedJobsSchema).toBe(JOBS_SCHEMA);
  });

  it('serves the moved register: the system on PostgreSQL answers as it did on PGlite', async () => {
    const system = await startSystem({
      demoScale,
      driver: 'pglite',
      subgraphEnv: {
        MUNICIPALITY_DATABASE_URL: databases.municipality!.url,
        INTERESTS_DATABASE_URL: databases.interests!.url,
        // Nothing seeded: every answer comes from the imported rows.
        MUNICIPALITY_SEED: 'none',
        INTERESTS_SEED: 'none',
      },
    });
    try {
      expect(system.municipality.database.driver).toBe('postgres');
      expect(system.interests.database.driver).toBe('postgres');
      await expectSeededOrganisation(system.gateway.url, demoScale);
    } finally {
      await system.close();
    }
  }, 60_000);
});
