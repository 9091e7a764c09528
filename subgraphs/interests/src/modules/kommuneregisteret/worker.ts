import { importKey, loadOrCreateKeyFile } from '@registers/access';
import {
  INTERNAL_TOKEN_KEY_NAME,
  type BackgroundWorker,
  type Logger,
  type SubgraphConfig,
} from '@registers/platform';
import type { FollowerConfig } from '../../config.ts';
import type { InterestsDatabase } from '../../db/index.ts';
import { followerIdentity, MunicipalityClient } from './client.ts';
import { deleteUnconfirmedDeclarations, retentionYears } from '../declarations/retention.ts';
import { deleteLapsedHolders } from './lapses.ts';
import { startFollower, type FollowerOptions, type RunningFollower } from './follower.ts';
import { ProjectionStore } from './store.ts';

/**
 * The follower of Kommuneregisteret as a worker of the subgraph, signing as the register itself.
 * Its sweep applies both deletion rules: a person without a role in Kommuneregisteret past the
 * grace period, and a declaration neither changed nor confirmed for four years.
 */
export async function startKommuneregisteretFollower(
  db: InterestsDatabase,
  config: Pick<SubgraphConfig, 'keysDir'> & { follower: FollowerConfig },
  logger: Logger,
  options: Omit<FollowerOptions, 'pollIntervalMs'> = {},
): Promise<BackgroundWorker & RunningFollower> {
  const key = config.follower.internalTokenPrivateKey
    ? await importKey(config.follower.internalTokenPrivateKey, 'INTERNAL_TOKEN_PRIVATE_KEY')
    : (await loadOrCreateKeyFile(config.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
  const client = new MunicipalityClient(config.follower.municipalityUrl, key);
  logger.info(
    { url: config.follower.municipalityUrl, pollIntervalMs: config.follower.pollIntervalMs },
    'following Kommuneregisteret',
  );
  return startFollower(client, new ProjectionStore(db), logger, {
    sweep: async (now) => {
      const lapsed = await deleteLapsedHolders(db, followerIdentity, now);
      const unconfirmed = await deleteUnconfirmedDeclarations(db, now);
      if (unconfirmed.length > 0)
        logger.info(
          { declarations: unconfirmed.length },
          `deleted declarations neither changed nor confirmed for ${retentionYears} years`,
        );
      return lapsed;
    },
    ...options,
    pollIntervalMs: config.follower.pollIntervalMs,
  });
}
