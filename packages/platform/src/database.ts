import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import {
  getTableColumns,
  sql,
  type AnyColumn,
  type ExtractTablesWithRelations,
  type InferSelectModel,
  type SQL,
} from 'drizzle-orm';
import type {
  PgDatabase,
  PgInsertValue,
  PgQueryResultHKT,
  PgTable,
  PgTransaction,
} from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { identifiers } from '@registers/graphql-kit';
import type { Logger } from './logger.ts';
import type { Tracing } from './tracing.ts';

/** A drizzle database over either driver; repositories take this (or a transaction). */
export type Database<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  /** A postgres:// URL selects a real server; without one, embedded PGlite is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps nothing. Ignored with a URL. */
  dataDir: string;
  schema: TSchema;
  migrationsFolder: string;
  logger: Logger;
  /** A span for each statement of a traced request. */
  tracing?: Tracing | undefined;
  /** On PostgreSQL, the longest a statement may run before the server cancels it. */
  statementTimeoutMs?: number;
}

export interface OpenDatabase<TSchema extends Record<string, unknown>> {
  db: Database<TSchema>;
  driver: 'pglite' | 'postgres';
  /** SQL statements sent since the database was opened (for tests and benchmarks). */
  readonly statementCount: number;
  /**
   * Raw SQL on the database's own connection, for a library that brings its own SQL (pg-boss):
   * `$1`-style parameters; a text without values may hold several statements.
   */
  executeSql(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /**
   * Runs start-up work that replicas on the same database must not do at once (making the
   * tables, pg-boss's queues): under a PostgreSQL advisory lock of that number, on a connection
   * of its own; the work's statements run on the database's other connections as usual.
   */
  exclusively<T>(lock: number, work: () => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the service's own database and brings its schema up to date with the committed
 * drizzle-kit migrations. One process owns a PGlite data folder: PGlite does not lock it.
 */
export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Promise<OpenDatabase<TSchema>> {
  let statements = 0;
  const logger = {
    logQuery: (query: string) => {
      statements++;
      options.tracing?.statement(query);
    },
  };
  const { schema, migrationsFolder } = options;

  if (options.url) {
    const client = postgres(options.url, {
      max: 10,
      onnotice: () => {},
      connection: {
        // A prepared statement is still planned for its values each time, as an unprepared one
        // is: a plan made once for any key list would serve one municipality's and the whole
        // register's alike.
        plan_cache_mode: 'force_custom_plan',
        ...(options.statementTimeoutMs ? { statement_timeout: Math.round(options.statementTimeoutMs) } : {}),
      },
    });
    const db = drizzlePostgres({
      client: preparingRepeats(client, new RepeatedStatements()),
      schema,
      logger,
    });
    const url = options.url;
    const exclusively = <T>(lock: number, work: () => Promise<T>) => whileLocked(url, lock, work);
    // Replicas start together: on a new database each would create the tables, and all but one
    // fail on what the first made. The first to take the lock migrates; the others find it done.
    await exclusively(migrationLock, () => migratePostgres(db, { migrationsFolder })).catch(
      async (error: unknown) => {
        await client.end({ timeout: 1 });
        throw error;
      },
    );
    options.logger.info({ driver: 'postgres', host: new URL(options.url).host }, 'database ready');
    return {
      db,
      driver: 'postgres',
      get statementCount() {
        return statements;
      },
      executeSql: async (text, values = []) => {
        if (values.length) {
          const result = await client.unsafe(
            text,
            values.map(toPostgresJsValue) as postgres.ParameterOrJSON<never>[],
          );
          return { rows: [...result] as Record<string, unknown>[] };
        }
        // A text without values may hold several statements, pg-boss's migrations their own
        // `begin` and `commit`: postgres.js takes those only on a connection of their own.
        const connection = await client.reserve();
        try {
          const result = await connection.unsafe(text);
          return { rows: [...result] as Record<string, unknown>[] };
        } catch (error) {
          // A text that failed after its own `begin` leaves the connection in an aborted
          // transaction, which would fail every statement the pool later sends on it: pg-boss
          // expects its schema's creation to fail so when another replica made it first.
          await connection.unsafe('rollback').catch(() => {});
          throw error;
        } finally {
          connection.release();
        }
      },
      exclusively,
      ping: async () => (await client`select 1 as ok`).length === 1,
      close: () => client.end({ timeout: 5 }),
    };
  }

  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  // PGlite runs each statement in this thread, one at a time. Each starts once the one before is
  // done and the event loop has polled for I/O since: statements asked for at once (a level of a
  // preload, several requests) would otherwise run back to back, and hold every other request
  // (and /ready) until the last is done. Two turns: a turn asked for while the loop handles I/O
  // runs right after it, before the loop polls again.
  const query = client.query.bind(client);
  let previous: Promise<unknown> = Promise.resolve();
  client.query = ((...args: Parameters<typeof query>) => {
    const result = previous.then(afterIoPoll).then(() => query(...args));
    previous = result.catch(() => undefined);
    return result;
  }) as typeof client.query;
  const db = drizzlePglite({ client, schema, logger });
  await migratePglite(db, { migrationsFolder });
  options.logger.info({ driver: 'pglite', dataDir: options.dataDir }, 'database ready');
  return {
    db,
    driver: 'pglite',
    get statementCount() {
      return statements;
    },
    executeSql: async (text, values) => {
      if (values?.length) return client.query<Record<string, unknown>>(text, [...values]);
      // PGlite's `query` refuses a text of several statements (pg-boss's migrations); `exec` takes it.
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    // One process owns a PGlite folder: there is no other replica to wait for.
    exclusively: (_lock, work) => work(),
    ping: async () => (await client.query('select 1 as ok')).rows.length === 1,
    close: () => client.close(),
  };
}

/** Any lock number would do; this one spells "migr". */
const migrationLock = 0x6d69_6772;

/**
 * Runs `work` while this process holds the advisory lock `lock` of the database at `url`, on a
 * connection of its own (without the statement timeout: another replica may hold it a while).
 * The lock is the session's, so it ends with the connection, also when a replica dies holding it.
 */
async function whileLocked<T>(url: string, lock: number, work: () => Promise<T>): Promise<T> {
  const connection = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await connection`select pg_advisory_lock(${lock})`;
    return await work();
  } finally {
    await connection.end({ timeout: 5 });
  }
}

/**
 * The statement texts sent more than once, of the first `limit` distinct texts sent: those worth
 * preparing. A text seen once (a batch insert of one size, a one-off) is not kept prepared on
 * every connection, and the prepared statements stay bounded however many texts a process sends.
 */
export class RepeatedStatements {
  private readonly seen = new Set<string>();
  constructor(private readonly limit = 500) {}

  /** Whether the text was sent before; notes it as sent. */
  repeated(text: string): boolean {
    if (this.seen.has(text)) return true;
    if (this.seen.size < this.limit) this.seen.add(text);
    return false;
  }
}

type UnsafeOptions = { prepare?: boolean } & Record<string, unknown>;

/**
 * The client drizzle is given: its statements are prepared on a connection from their second
 * sending on. postgres.js sends an unprepared statement with parameters in two round trips
 * (Parse and Describe, then on the answer Bind and Execute), a prepared one in one; and drizzle
 * asks for every statement unprepared (`unsafe(text, params, { prepare: false })`, drizzle-orm
 * issue 6096): every statement of a pull took two round trips where one does. Transactions and
 * their savepoints get the same client.
 */
export function preparingRepeats<TClient extends postgres.Sql<any>>(
  client: TClient,
  statements: RepeatedStatements,
): TClient {
  const unsafe = (text: string, args?: unknown, options?: UnsafeOptions) => {
    const [values, given] = Array.isArray(args) ? [args, options] : [[], args as UnsafeOptions | undefined];
    return client.unsafe(text, values, {
      ...given,
      prepare: given?.prepare === true || statements.repeated(text),
    });
  };
  // `begin(work)`, `begin(options, work)`, `savepoint(work)`: the work gets a preparing client too.
  const inTransaction =
    (method: 'begin' | 'savepoint') =>
    (...args: unknown[]) => {
      const work = args.pop() as (transaction: postgres.Sql<any>) => unknown;
      const original = Reflect.get(client, method) as (...params: unknown[]) => unknown;
      return original(...args, (transaction: postgres.Sql<any>) =>
        work(preparingRepeats(transaction, statements)),
      );
    };
  const replaced: Record<string | symbol, unknown> = {
    unsafe,
    begin: inTransaction('begin'),
    savepoint: inTransaction('savepoint'),
  };
  return new Proxy(client, {
    get: (target, property) =>
      Object.hasOwn(replaced, property) ? replaced[property] : Reflect.get(target, property),
  });
}

/** Resolves once the event loop has polled for I/O (see the PGlite statements above). */
const afterIoPoll = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/**
 * A parameter as postgres.js should get it from SQL written for node-postgres: drizzle turns off
 * postgres.js's own json and timestamp serializers on its client, so objects go as JSON text and
 * dates as ISO strings; and postgres.js refuses `undefined`, which node-postgres sends as null.
 */
export function toPostgresJsValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)) {
    return JSON.stringify(value);
  }
  return value;
}

/**
 * `column = any($1)` with the whole key list bound as one array parameter: a batch of
 * 17,500 keys binds one parameter, not 17,500 (93 ms against 33 ms). A key that is not a valid
 * UUID matches no uuid row, so it is left out rather than failing the whole batch.
 */
export function anyOf(column: AnyColumn, keys: readonly string[], type: 'uuid' | 'text'): SQL {
  const values = type === 'uuid' ? keys.filter(identifiers.isUuid) : keys;
  return sql`${column} = any(${sql.param(values)}::${sql.raw(type)}[])`;
}

/**
 * For an upsert's `onConflictDoUpdate({ set })`: each named column takes the value the insert
 * proposed for the row (`excluded.<column>`).
 */
export function proposedValues<TTable extends PgTable, TKey extends keyof TTable['_']['columns'] & string>(
  table: TTable,
  keys: readonly TKey[],
): Record<TKey, SQL> {
  const columns = getTableColumns(table);
  return Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded."${columns[key]!.name}"`)])) as Record<
    TKey,
    SQL
  >;
}

/** A search term matched literally inside LIKE: `%`, `_` and the backslash lose their meaning. */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * How many keys a request's loader sends in one statement. On PGlite, which runs a statement in
 * the service's own thread, a slice of 5,000 keys (the declarations or positions of 5,000
 * persons: 30-80 ms) leaves other requests a turn between slices; one statement over the whole
 * national register held them up for most of a second. PostgreSQL runs statements in its own
 * processes: there a batch is one statement however large, so a query sends the same number of
 * statements at any size of the register (BENCHMARKS.md).
 */
export function keysPerStatement(db: unknown): number {
  return (db as { $client?: unknown }).$client instanceof PGlite ? 5_000 : Infinity;
}

/**
 * A table's rows read as one JSON value: `json_agg` of each row's columns (in the order given),
 * parsed back into rows as drizzle maps its columns. For the large reads of a preload: embedded
 * PGlite spends most of a large read writing the result row by row and field by field, in this
 * thread (12,768 persons: 286 ms of CPU as rows, 88 ms as one JSON value, at a quarter of the
 * national size), and on PostgreSQL the client parses one string rather than every field.
 *
 * `const rows = jsonRowsOf(persons); rows.parse(await db.select(rows.select).from(persons)…)`
 *
 * `of(where)` is the same value as a column of another read: rows read with the rows they point
 * to, in one statement (`{ ...employmentRows.select, persons: personRows.of(…) }`), each parsed
 * back with `parseValue`.
 */
export function jsonRowsOf<TTable extends PgTable>(table: TTable, orderBy: readonly SQL[] = []) {
  const columns = Object.entries(getTableColumns(table) as Record<string, AnyColumn>);
  const values = sql.join(
    columns.map(([, column]) => sql`${column}`),
    sql`, `,
  );
  const order = orderBy.length > 0 ? sql` order by ${sql.join([...orderBy], sql`, `)}` : sql``;
  const aggregate = sql<string | null>`json_agg(json_build_array(${values})${order})::text`;
  const parseValue = (text: string | null | undefined): InferSelectModel<TTable>[] => {
    if (!text) return [];
    return (JSON.parse(text) as unknown[][]).map((fields) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) {
        const [key, column] = columns[i]!;
        const value = fields[i];
        row[key] = value === null ? null : column.mapFromDriverValue(value);
      }
      return row as InferSelectModel<TTable>;
    });
  };
  return {
    select: { rows: aggregate },
    parse: (result: readonly { rows: string | null }[]) => parseValue(result[0]?.rows),
    of: (where: SQL) => sql<string | null>`(select ${aggregate} from ${table} where ${where})`,
    parseValue,
  };
}

/**
 * The rows whose `key` the rows chosen by `where` point to through `foreignKey`:
 * `pointedToBy(persons.id, employments.personId, <the units' employments>)`, for `of`.
 */
export function pointedToBy(key: AnyColumn, foreignKey: AnyColumn, where: SQL): SQL {
  return sql`${key} in (select ${foreignKey} from ${foreignKey.table} where ${where})`;
}

/** A transaction on a subgraph's database: what its commands write in. */
export type Transaction<TSchema extends Record<string, unknown>> = PgTransaction<
  PgQueryResultHKT,
  TSchema,
  ExtractTablesWithRelations<TSchema>
>;

/** Any subgraph's transaction: shared helpers write only to tables they name themselves. */
export type AnyTransaction = PgTransaction<PgQueryResultHKT, any, any>;

/**
 * The name of the unique index or foreign key a write broke (23505, 23503), from either
 * driver's error however drizzle wrapped it; null for any other error. A command turns it
 * into the userError its own check gives, for the writer that lost a race.
 */
export function violatedConstraint(error: unknown): string | null {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const { code, constraint_name, constraint } = cause as {
      code?: unknown;
      constraint_name?: string; // postgres.js
      constraint?: string; // PGlite
    };
    if (code === '23505' || code === '23503') return constraint_name ?? constraint ?? null;
  }
  return null;
}

/** Inserts many rows a thousand at a time, keeping each statement's parameter count modest. */
export async function insertInBatches<TTable extends PgTable>(
  db: Database<Record<string, unknown>> | AnyTransaction,
  table: TTable,
  rows: readonly PgInsertValue<TTable>[],
  batchSize = 1_000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await db.insert(table).values(rows.slice(i, i + batchSize));
  }
}
