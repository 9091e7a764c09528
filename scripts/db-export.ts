/**
 * `npm run db:export -- --service municipality --out municipality.sql`: a register's data from
 * its embedded PGlite folder (the service's *_DATA_DIR, or --data-dir) as pg_dump-compatible,
 * data-only SQL, for `npm run db:import` into PostgreSQL. Stop the service first: a PGlite folder
 * has one owner at a time. See README, "From the embedded database to PostgreSQL".
 */
import { parseArgs } from 'node:util';
import { readSubgraphConfig } from '@registers/platform/config';
import { exportEmbedded, services, TransferError, type ServiceName } from './database-transfer.ts';
import { progressLines } from './progress.ts';

const usage =
  'usage: npm run db:export -- --service municipality|interests --out FILE.sql [--data-dir DIR] [--leave-queued-jobs]';

const { values } = parseArgs({
  options: {
    service: { type: 'string' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    'leave-queued-jobs': { type: 'boolean', default: false },
  },
});
const service = values.service as ServiceName | undefined;
if (!service || !(service in services) || !values.out) {
  console.error(usage);
  process.exit(2);
}

const progress = progressLines();

try {
  const dataDir = values['data-dir'] ?? readSubgraphConfig(service, 0).dataDir;
  const summary = await exportEmbedded({
    service,
    dataDir,
    out: values.out,
    progress,
    leaveQueuedJobs: values['leave-queued-jobs'],
  });
  const rows = [...summary.rows.values()].reduce((sum, count) => sum + count, 0);
  progress(`exported ${rows.toLocaleString('en')} rows of ${summary.rows.size} tables to ${values.out}`);
} catch (error) {
  console.error(
    error instanceof TransferError ? error.message : `Export failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
