import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * The PostgreSQL server the tests use: `TEST_DATABASE_URL` names a database on it that may
 * create others (default: the local server, user postgres).
 */
export const testServerUrl =
  process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The prefix of this test run's template databases, set by the run's global setup (which drops
 * them when the run ends); without it, nothing is kept as a template.
 */
export const TEMPLATE_PREFIX_VARIABLE = 'REGISTERS_TEST_TEMPLATES';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const urlOf = (name: string) => {
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Runs statements on the test server's own database over one connection, then closes it. */
async function onServer<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/**
 * A fresh database on the test server, for one test file; `drop` removes it. Empty, or a copy
 * of a template database (`templateDatabases`), which PostgreSQL makes file by file.
 */
export async function createTestDatabase(
  label: string,
  { template }: { template?: string } = {},
): Promise<TestDatabase> {
  const name = `test_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await onServer((sql) =>
    sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ''}`),
  );
  return {
    url: urlOf(name),
    drop: async () => {
      await onServer((sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

const templatesMade = new Map<string, Promise<string[] | undefined>>();

/**
 * Template databases for this test run, made once by whichever test process asks first (the
 * others wait on a lock, then use them): `build` gets one empty database per label and fills
 * them. Gives their names, or nothing when the run keeps no templates (outside the test run's
 * global setup, as in a benchmark). A template takes no connections once built, so that every
 * copy of it can be made at once.
 */
export function templateDatabases(
  key: string,
  labels: string[],
  build: (urls: string[]) => Promise<void>,
): Promise<string[] | undefined> {
  const prefix = process.env[TEMPLATE_PREFIX_VARIABLE];
  if (!prefix) return Promise.resolve(undefined);
  const names = labels.map((label) => `${prefix}_${key}_${label}`.replace(/\W/g, '_').toLowerCase());
  const id = names.join(',');
  let made = templatesMade.get(id);
  if (!made) {
    made = onServer(async (sql) => {
      await sql`select pg_advisory_lock(hashtext(${id}))`;
      try {
        const existing = await sql<{ datname: string }[]>`
          select datname from pg_database where datname in ${sql(names)} and datistemplate`;
        if (existing.length === names.length) return names;
        for (const name of names) {
          await sql.unsafe(`drop database if exists "${name}" with (force)`);
          await sql.unsafe(`create database "${name}"`);
        }
        await build(names.map(urlOf));
        for (const name of names) {
          await sql.unsafe(`alter database "${name}" with is_template true allow_connections false`);
          await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`;
        }
        return names;
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${id}))`;
      }
    });
    templatesMade.set(id, made);
  }
  return made;
}

/** Drops the template databases whose names begin with the prefix: at the end of a test run. */
export async function dropTemplateDatabases(prefix: string): Promise<void> {
  await onServer(async (sql) => {
    const templates = await sql<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${prefix})`;
    for (const { datname } of templates) {
      await sql.unsafe(`alter database "${datname}" with is_template false`);
      await sql.unsafe(`drop database if exists "${datname}" with (force)`);
    }
  });
}
