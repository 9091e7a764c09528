import {
  createLogger,
  startSubgraph,
  type Logger,
  type SubgraphConfig,
  type SubgraphDefinition,
} from '@registers/platform';
import { createContext, type Context } from './context.ts';
import { migrationsFolder, schema } from './db/index.ts';
import { loadReferenceData } from './db/reference-data.ts';
import { isEmpty } from './demo/empty.ts';
import { registerFollowerLag } from './modules/change-receipts/metrics.ts';
import { resolvers } from './resolvers.ts';

/** Kommuneregisteret: loads the real county and municipality lists, seeds demo data on a first start. */
export const municipalitySubgraph = {
  name: 'municipality',
  resolvers,
  tables: schema,
  migrationsFolder,
  prepare: loadReferenceData,
  demo: {
    isEmpty,
    // The demo generator (faker, the name lists) loads only when there is something to seed:
    // a third of a second less at every later start.
    seed: async (db, scale, logger) => (await import('./demo/seed.ts')).seedDemoData(db, scale, logger),
  },
  createContext,
  metrics: registerFollowerLag,
} satisfies SubgraphDefinition<typeof schema, Context>;

export function startMunicipalitySubgraph(
  config: SubgraphConfig,
  logger: Logger = createLogger('municipality', config.logLevel),
) {
  return startSubgraph(municipalitySubgraph, config, logger);
}

export type MunicipalitySubgraph = Awaited<ReturnType<typeof startMunicipalitySubgraph>>;
