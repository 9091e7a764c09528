/**
 * Moves a register's data from its embedded PGlite folder to a PostgreSQL server: `exportEmbedded`
 * writes it as pg_dump's plain, data-only SQL (`COPY … FROM stdin` per table, parents before the
 * tables whose foreign keys refer to them, then each sequence's `setval`); `importExport` loads
 * such a file into a PostgreSQL database migrated by the same code. The tables themselves are not
 * in the file: the subgraph's migrations make them, on both sides, so the file holds only rows.
 *
 * Not moved: pg-boss's queue (`pgboss`), whose jobs are only in flight (an export with jobs still
 * waiting is refused, unless told to leave them), and drizzle's record of the migrations applied,
 * which the import's own migrations write.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import { fileURLToPath } from 'node:url';
// Only the database and the logger of the platform, not the subgraphs: a second less to start.
import { openDatabase } from '@registers/platform/database';
import { createLogger } from '@registers/platform/logger';
import postgres from 'postgres';

/** Each subgraph's committed migrations: they make the tables on both sides. */
export const services = {
  municipality: {
    migrationsFolder: fileURLToPath(new URL('../subgraphs/municipality/drizzle', import.meta.url)),
  },
  interests: { migrationsFolder: fileURLToPath(new URL('../subgraphs/interests/drizzle', import.meta.url)) },
} as const;
export type ServiceName = keyof typeof services;

/** pg-boss's schema (`JOBS_SCHEMA` of the platform's jobs.ts, which the test compares). */
export const JOBS_SCHEMA = 'pgboss';
/** Schemas whose rows are not the register's: PostgreSQL's own, drizzle's record, pg-boss's queue. */
const notExported = ['pg_catalog', 'information_schema', 'pg_toast', 'drizzle', JOBS_SCHEMA];

const tablesQuery = `
  select n.nspname as schema, c.relname as name, c.oid::int as oid,
         array(select a.attname::text from pg_attribute a
               where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
               order by a.attnum) as columns,
         coalesce((select json_agg(json_build_object('name', f.conname::text, 'parent', f.confrelid::int,
                                             'definition', pg_get_constraintdef(f.oid)))
                   from pg_constraint f
                   where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid), '[]') as parents
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p') and not c.relispartition
    and n.nspname <> all($1::text[]) and n.nspname not like 'pg\\_%'
  order by n.nspname, c.relname`;

const sequencesQuery = `
  select schemaname as schema, sequencename as name, last_value::text as last_value
  from pg_sequences where schemaname <> all($1::text[]) order by schemaname, sequencename`;

const migrationsQuery = `select count(*)::int as count, coalesce(max(created_at), 0)::text as last
  from drizzle.__drizzle_migrations`;

interface ForeignKey {
  name: string;
  /** The table it refers to. */
  parent: number;
  /** As `pg_get_constraintdef` gives it: `FOREIGN KEY (…) REFERENCES …`. */
  definition: string;
}

interface Table {
  schema: string;
  name: string;
  oid: number;
  columns: string[];
  parents: ForeignKey[];
}

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (table: { schema: string; name: string }) =>
  `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;

/**
 * Parents first, so that every row's foreign keys find their rows when the file is loaded in
 * order. Where foreign keys form a cycle (a county and its county municipality refer to each
 * other), one key of the cycle cannot hold while loading: it is returned in `suspended`, to be
 * dropped before the rows and added again after them, which checks every row against it.
 */
export function inLoadOrder(tables: Table[]): {
  tables: Table[];
  suspended: { table: Table; key: ForeignKey }[];
} {
  const byOid = new Map(tables.map((table) => [table.oid, table]));
  const ordered: Table[] = [];
  const suspended: { table: Table; key: ForeignKey }[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (table: Table) => {
    state.set(table.oid, 'visiting');
    for (const key of table.parents) {
      const parent = byOid.get(key.parent);
      if (!parent || state.get(parent.oid) === 'done') continue;
      if (state.get(parent.oid) === 'visiting') suspended.push({ table, key });
      else visit(parent);
    }
    state.set(table.oid, 'done');
    ordered.push(table);
  };
  for (const table of tables) if (!state.has(table.oid)) visit(table);
  return { tables: ordered, suspended };
}

export type Progress = (message: string) => void;

export interface ExportOptions {
  service: ServiceName;
  /** The PGlite folder (the service's `*_DATA_DIR`). */
  dataDir: string;
  out: string;
  progress: Progress;
  /** Export even while pg-boss has jobs waiting or running (they are left behind). */
  leaveQueuedJobs?: boolean;
}

export interface TransferSummary {
  /** `schema.table` → rows, in the order written. */
  rows: Map<string, number>;
  sequences: number;
}

/** Rows of a COPY text block: one line per row (a newline inside a value is written `\n`). */
const countRows = (text: string) => (text.length === 0 ? 0 : text.split('\n').length - 1);

export async function exportEmbedded(options: ExportOptions): Promise<TransferSummary> {
  const { service, dataDir, progress } = options;
  const definition = services[service];
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new TransferError(
      `${dataDir} is not an embedded database (no PG_VERSION there): nothing to export.`,
    );
  }
  progress(`${service}: opening ${dataDir} and bringing its tables up to this version's migrations`);
  // The tables are made by the migrations on the other side too: both must be at the same one.
  const migrated = await openDatabase({
    dataDir,
    schema: {},
    migrationsFolder: definition.migrationsFolder,
    logger: createLogger(service, 'silent'),
  });
  const client = (migrated.db as unknown as { $client: PGlite }).$client;
  try {
    const migrations = (await client.query<{ count: number; last: string }>(migrationsQuery)).rows[0]!;
    const queued = await queuedJobs(client);
    if (queued > 0 && !options.leaveQueuedJobs) {
      throw new TransferError(
        `${service}: ${queued} background job(s) (notices, notice rounds) are still waiting or running in ${dataDir}. ` +
          'Start the service on the embedded database until they are done, then export again; ' +
          'or pass --leave-queued-jobs to export without them.',
      );
    }
    if (queued > 0) progress(`${service}: leaving ${queued} queued background job(s) behind, as told`);

    const { tables, suspended } = inLoadOrder((await client.query<Table>(tablesQuery, [notExported])).rows);
    const sequences = (
      await client.query<{ schema: string; name: string; last_value: string | null }>(sequencesQuery, [
        notExported,
      ])
    ).rows;

    const out = createWriteStream(options.out, { encoding: 'utf8' });
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(
      [
        '--',
        `-- Registertjenester: the ${service} register's data, exported from PGlite (npm run db:export).`,
        '-- Data only, in the format of pg_dump --data-only --format=plain: the tables are made by the',
        "-- subgraph's migrations. Load it with npm run db:import, which migrates the database and checks",
        '-- that it is empty first, or with psql into a database migrated to the same version.',
        '--',
        `-- service: ${service}`,
        `-- migrations: ${migrations.count} ${migrations.last}`,
        `-- exported: ${new Date().toISOString()}`,
        '--',
        '',
        'SET statement_timeout = 0;',
        'SET lock_timeout = 0;',
        "SET client_encoding = 'UTF8';",
        'SET standard_conforming_strings = on;',
        "SET datestyle = 'ISO';",
        "SET timezone = 'UTC';",
        '',
        '',
      ].join('\n'),
    );
    await client.exec(`set timezone = 'UTC'; set datestyle = 'ISO'; set extra_float_digits = 3`);

    for (const { table, key } of suspended) {
      await write(
        `-- ${key.name} closes a cycle of foreign keys: added again, and checked, after the rows.\n`,
      );
      await write(`ALTER TABLE ONLY ${qualified(table)} DROP CONSTRAINT ${quoteIdentifier(key.name)};\n\n`);
    }
    const rows = new Map<string, number>();
    for (const [index, table] of tables.entries()) {
      const columns = table.columns.map(quoteIdentifier).join(', ');
      const result = await client.query(`copy ${qualified(table)} (${columns}) to '/dev/blob'`, [], {});
      const text = result.blob ? await result.blob.text() : '';
      const count = countRows(text);
      rows.set(`${table.schema}.${table.name}`, count);
      await write(`--\n-- ${table.schema}.${table.name}: ${count} rows\n--\n\n`);
      await write(`COPY ${qualified(table)} (${columns}) FROM stdin;\n`);
      await write(text);
      await write('\\.\n\n\n');
      progress(
        `${service}: ${String(index + 1).padStart(2)}/${tables.length} ${table.schema}.${table.name}: ${count.toLocaleString('en')} rows`,
      );
    }
    for (const { table, key } of suspended) {
      await write(
        `ALTER TABLE ONLY ${qualified(table)} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition};\n`,
      );
    }
    for (const sequence of sequences) {
      // A sequence never used starts at its first value: setval(…, 1, false).
      const value = sequence.last_value ?? '1';
      const called = sequence.last_value !== null;
      await write(
        `SELECT pg_catalog.setval('${qualified(sequence).replace(/'/g, "''")}', ${value}, ${called});\n`,
      );
    }
    out.end();
    await finished(out);
    progress(`${service}: ${sequences.length} sequence(s); written to ${options.out}`);
    return { rows, sequences: sequences.length };
  } finally {
    await migrated.close();
  }
}

async function queuedJobs(client: PGlite): Promise<number> {
  const exists = await client.query<{ found: boolean }>(
    `select exists (select 1 from pg_tables where schemaname = $1 and tablename = 'job') as found`,
    [JOBS_SCHEMA],
  );
  if (!exists.rows[0]?.found) return 0;
  const result = await client.query<{ count: number }>(
    `select count(*)::int as count from ${quoteIdentifier(JOBS_SCHEMA)}.job where state in ('created', 'retry', 'active')`,
  );
  return result.rows[0]?.count ?? 0;
}

/**
 * `COPY … FROM stdin` on postgres.js, with its failure as a promise. An error the server finds
 * only once the rows are in (a foreign key, checked at the end of the statement) never settles
 * postgres.js 3.4's writable (porsager/postgres#1173, open): the import would wait forever in an
 * aborted transaction. The query's rejection, which it still calls, is taken as the failure.
 */
async function copyIn(tx: postgres.TransactionSql, statement: string) {
  const query = tx.unsafe(statement) as unknown as PromiseLike<Writable> & {
    reject: (error: unknown) => void;
    writable(): Promise<PromiseLike<Writable>>;
  };
  let fail: (error: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => (fail = reject));
  failure.catch(() => {});
  const reject = query.reject;
  query.reject = (error) => {
    fail(error);
    reject(error);
  };
  const stream = await query.writable();
  return { stream: await stream, failure };
}

/** A refusal or a problem the person running the command can act on: printed without a stack. */
export class TransferError extends Error {
  override name = 'TransferError';
}

export interface ImportOptions {
  service: ServiceName;
  in: string;
  databaseUrl: string;
  progress: Progress;
  /** Empty the register's tables first: for a database that a failed or earlier import filled. */
  replace?: boolean;
}

/** The header lines `-- service: …` and `-- migrations: …` of an export. */
async function readHeader(path: string) {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const header: Record<string, string> = {};
  for await (const line of lines) {
    if (!line.startsWith('--')) break;
    const match = /^-- (service|migrations): (.+)$/.exec(line);
    if (match) header[match[1]!] = match[2]!;
  }
  lines.close();
  return header;
}

export async function importExport(options: ImportOptions): Promise<TransferSummary> {
  const { service, progress } = options;
  const definition = services[service];
  const header = await readHeader(options.in);
  if (header['service'] !== service) {
    throw new TransferError(
      `${options.in} is ${header['service'] ? `an export of the ${header['service']} register` : 'not an export of npm run db:export'}, not of ${service}.`,
    );
  }
  const host = new URL(options.databaseUrl).host;
  progress(`${service}: migrating the database on ${host}`);
  const migrated = await openDatabase({
    url: options.databaseUrl,
    dataDir: 'memory://',
    schema: {},
    migrationsFolder: definition.migrationsFolder,
    logger: createLogger(service, 'silent'),
  });
  await migrated.close();

  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const migrations = (await sql.unsafe<{ count: number; last: string }[]>(migrationsQuery))[0]!;
    if (header['migrations'] !== `${migrations.count} ${migrations.last}`) {
      throw new TransferError(
        `${options.in} was exported at migration ${header['migrations']}, this version's is ${migrations.count} ${migrations.last}: ` +
          'export again with this version of the code, which brings the embedded database up to it first.',
      );
    }
    const tables = await sql.unsafe<Table[]>(tablesQuery, [notExported]);
    const filled: string[] = [];
    for (const table of tables) {
      const [row] = await sql.unsafe(`select 1 from ${qualified(table)} limit 1`);
      if (row) filled.push(`${table.schema}.${table.name}`);
    }
    if (filled.length > 0 && !options.replace) {
      throw new TransferError(
        `The ${service} database on ${host} is not empty (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? `, and ${filled.length - 5} more` : ''} have rows): ` +
          'nothing was imported. Import into an empty database, or pass --replace to delete its rows first.',
      );
    }

    const rows = new Map<string, number>();
    let sequences = 0;
    await sql.begin(async (tx) => {
      if (filled.length > 0) {
        progress(`${service}: --replace: deleting the rows of ${filled.length} table(s)`);
        await tx.unsafe(`truncate ${tables.map(qualified).join(', ')} restart identity`);
      }
      const lines = createInterface({
        input: createReadStream(options.in, { encoding: 'utf8' }),
        crlfDelay: Infinity,
      });
      let copy: { stream: Writable; failure: Promise<never>; table: string; rows: number } | undefined;
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber++;
        if (copy) {
          if (line === '\\.') {
            copy.stream.end();
            await Promise.race([finished(copy.stream), copy.failure]);
            rows.set(copy.table, copy.rows);
            progress(`${service}: ${copy.table}: ${copy.rows.toLocaleString('en')} rows`);
            copy = undefined;
          } else {
            copy.rows++;
            if (!copy.stream.write(`${line}\n`))
              await Promise.race([once(copy.stream, 'drain'), copy.failure]);
          }
          continue;
        }
        if (line === '' || line.startsWith('--')) continue;
        const copyStart = /^COPY "((?:[^"]|"")+)"\."((?:[^"]|"")+)" \((.+)\) FROM stdin;$/.exec(line);
        if (copyStart) {
          const table = `${copyStart[1]!.replace(/""/g, '"')}.${copyStart[2]!.replace(/""/g, '"')}`;
          copy = { ...(await copyIn(tx, line.replace(/;$/, ''))), table, rows: 0 };
        } else if (
          /^SET \w+ = [^;]+;$/.test(line) ||
          /^SELECT pg_catalog\.setval\('[^;]+', \d+, (true|false)\);$/.test(line) ||
          /^ALTER TABLE ONLY "[^;]+"\."[^;]+" (DROP CONSTRAINT "[^;]+"|ADD CONSTRAINT "[^;]+" FOREIGN KEY [^;]+);$/.test(
            line,
          )
        ) {
          await tx.unsafe(line);
          if (line.startsWith('SELECT')) sequences++;
        } else {
          throw new TransferError(
            `${options.in}, line ${lineNumber}: not a statement an export holds; nothing was imported.`,
          );
        }
      }
      if (copy)
        throw new TransferError(`${options.in} ends inside the rows of ${copy.table}; nothing was imported.`);
    });
    progress(`${service}: ${rows.size} table(s) and ${sequences} sequence(s) imported into ${host}`);
    return { rows, sequences };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
