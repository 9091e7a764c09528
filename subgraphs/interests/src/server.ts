import {
  createLogger,
  startSubgraph,
  type Logger,
  type SubgraphConfig,
  type SubgraphDefinition,
} from '@registers/platform';
import { createContext, type Context } from './context.ts';
import { migrationsFolder, schema } from './db/index.ts';
import { isEmpty, seedDemoData } from './demo/seed.ts';
import { resolvers } from './resolvers.ts';

/** Styrevervregisteret: seeds demo declarations for the demo persons on a first start. */
export const interestsSubgraph = {
  name: 'interests',
  resolvers,
  tables: schema,
  migrationsFolder,
  demo: { isEmpty, seed: seedDemoData },
  createContext,
} satisfies SubgraphDefinition<typeof schema, Context>;

export function startInterestsSubgraph(
  config: SubgraphConfig,
  logger: Logger = createLogger('interests', config.logLevel),
) {
  return startSubgraph(interestsSubgraph, config, logger);
}

export type InterestsSubgraph = Awaited<ReturnType<typeof startInterestsSubgraph>>;
