import {
  createLogger,
  startSubgraph,
  type Logger,
  type SubgraphConfig,
  type SubgraphDefinition,
} from '@registers/platform';
import type { FollowerConfig } from './config.ts';
import { createContext, type Context } from './context.ts';
import { migrationsFolder, schema, type InterestsDatabase } from './db/index.ts';
import { isEmpty, seedDemoData } from './demo/seed.ts';
import type { RunningFollower } from './modules/kommuneregisteret/follower.ts';
import { startKommuneregisteretFollower } from './modules/kommuneregisteret/worker.ts';
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

/**
 * Starts the subgraph, and with a follower configuration the follower of Kommuneregisteret's
 * change feed beside it, in the same process (one process owns a PGlite folder).
 */
export async function startInterestsSubgraph(
  config: SubgraphConfig & { follower?: FollowerConfig },
  logger: Logger = createLogger('interests', config.logLevel),
) {
  let follower: RunningFollower | null = null;
  const { follower: followerConfig } = config;
  const workers: NonNullable<SubgraphDefinition<typeof schema, Context>['workers']> = followerConfig
    ? {
        follower: async (db: InterestsDatabase, workerLogger: Logger) =>
          (follower = await startKommuneregisteretFollower(
            db,
            { keysDir: config.keysDir, follower: followerConfig },
            workerLogger,
          )),
      }
    : {};
  const running = await startSubgraph({ ...interestsSubgraph, workers }, config, logger);
  return {
    ...running,
    /** The follower of Kommuneregisteret, when configured. */
    follower: follower as RunningFollower | null,
  };
}

export type InterestsSubgraph = Awaited<ReturnType<typeof startInterestsSubgraph>>;
