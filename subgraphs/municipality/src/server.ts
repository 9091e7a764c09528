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
import { isEmpty, seedDemoData } from './demo/seed.ts';
import { resolvers } from './resolvers.ts';

/** Kommuneregisteret: loads the real county and municipality lists, seeds demo data on a first start. */
export const municipalitySubgraph = {
  name: 'municipality',
  resolvers,
  tables: schema,
  migrationsFolder,
  prepare: loadReferenceData,
  demo: { isEmpty, seed: seedDemoData },
  createContext,
} satisfies SubgraphDefinition<typeof schema, Context>;

export function startMunicipalitySubgraph(
  config: SubgraphConfig,
  logger: Logger = createLogger('municipality', config.logLevel),
) {
  return startSubgraph(municipalitySubgraph, config, logger);
}

export type MunicipalitySubgraph = Awaited<ReturnType<typeof startMunicipalitySubgraph>>;
