/**
 * `npm run db:import -- --service municipality --in municipality.sql --database-url postgres://…`:
 * loads an export of `npm run db:export` into PostgreSQL: migrates the database, refuses one that
 * already has rows (unless --replace), then loads every table in one transaction. The URL may
 * instead come from the service's *_DATABASE_URL. See README, "From the embedded database to
 * PostgreSQL".
 */
import { parseArgs } from 'node:util';
import { readSubgraphConfig } from '@registers/platform/config';
import { importExport, services, TransferError, type ServiceName } from './database-transfer.ts';
import { progressLines } from './progress.ts';

const usage =
  'usage: npm run db:import -- --service municipality|interests --in FILE.sql [--database-url postgres://…] [--replace]';

const { values } = parseArgs({
  options: {
    service: { type: 'string' },
    in: { type: 'string' },
    'database-url': { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
});
const service = values.service as ServiceName | undefined;
if (!service || !(service in services) || !values.in) {
  console.error(usage);
  process.exit(2);
}

const progress = progressLines();

try {
  const databaseUrl = values['database-url'] ?? readSubgraphConfig(service, 0).databaseUrl;
  if (!databaseUrl) {
    console.error(
      `Say where to import: --database-url postgres://… or ${service.toUpperCase()}_DATABASE_URL.\n${usage}`,
    );
    process.exit(2);
  }
  const summary = await importExport({
    service,
    in: values.in,
    databaseUrl,
    progress,
    replace: values.replace,
  });
  const rows = [...summary.rows.values()].reduce((sum, count) => sum + count, 0);
  progress(`imported ${rows.toLocaleString('en')} rows of ${summary.rows.size} tables`);
} catch (error) {
  console.error(
    error instanceof TransferError ? error.message : `Import failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
