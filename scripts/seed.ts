/**
 * `npm run seed -- --scale 1`: fills both subgraphs' databases (as configured by the same
 * variables as `npm start`: *_DATABASE_URL or *_DATA_DIR) with the deterministic demo register
 * at a scale, 1 being the national size, reporting progress. Refuses a database that already
 * has data. Stop `npm start` first: a PGlite folder has one owner at a time.
 */
import { parseArgs } from 'node:util';
import { interestsSubgraph } from '@registers/interests';
import { municipalitySubgraph } from '@registers/municipality';
import {
  createLogger,
  openSubgraphDatabase,
  readSubgraphConfig,
  type SubgraphDefinition,
} from '@registers/platform';
import { progressLines } from './progress.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.05' } } });
const scale = Number(values.scale);
if (!(scale > 0)) {
  console.error(`--scale must be a positive number (1 is the national size); got ${values.scale}`);
  process.exit(2);
}

const started = performance.now();
const progressLine = progressLines(started);
const progress = (service: string) =>
  createLogger(service, 'info', {
    write: (line: string) => progressLine(`${service}: ${(JSON.parse(line) as { msg: string }).msg}`),
  });

async function seed<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  defaultPort: number,
) {
  const logger = progress(definition.name);
  const config = readSubgraphConfig(definition.name, defaultPort);
  const database = await openSubgraphDatabase(definition, config, logger);
  try {
    if (!(await definition.demo.isEmpty(database.db))) {
      throw new Error(
        `The ${definition.name} database already has data. Seed an empty one: ` +
          (config.databaseUrl ? 'a fresh database.' : `delete ${config.dataDir} first.`),
      );
    }
    await definition.demo.seed(database.db, scale, logger);
  } finally {
    await database.close();
  }
}

try {
  // Municipality first: the interests demo refers to its persons.
  await seed(municipalitySubgraph, 4001);
  await seed(interestsSubgraph, 4002);
} catch (error) {
  // A failed insert's message holds thousands of parameters: say what the database said.
  const cause = (error as { cause?: { detail?: string; message?: string } }).cause;
  console.error(
    `Seeding failed: ${cause?.detail ?? cause?.message ?? (error as Error).message}`.slice(0, 1_000),
  );
  process.exit(1);
}
console.log(`Seeded at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
