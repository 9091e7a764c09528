import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { insertInBatches, type AnyTransaction } from './database.ts';
import type { Logger } from './logger.ts';

/**
 * Demo data written table by table, each step logged with the rows written and the time since
 * seeding began: a first start, which can take a while at a large scale, says what it is
 * doing, and so does `npm run seed`, which prints the same lines.
 */
export function seedingProgress(logger: Logger) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return {
    step(message: string, fields: Record<string, unknown> = {}) {
      logger.info({ ...fields, ms: elapsed() }, message);
    },
    async insert<TTable extends PgTable>(
      tx: AnyTransaction,
      name: string,
      table: TTable,
      rows: readonly PgInsertValue<TTable>[],
    ) {
      await insertInBatches(tx, table, rows);
      logger.info({ table: name, rows: rows.length, ms: elapsed() }, `seeded ${rows.length} ${name}`);
    },
  };
}
