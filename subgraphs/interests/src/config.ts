import {
  ConfigurationError,
  env,
  readConfig,
  readSubgraphConfig,
  type SubgraphConfig,
} from '@registers/platform';

/**
 * The interests subgraph's configuration: a subgraph's, and where and how often it follows
 * Kommuneregisteret's change feed (documented in the README).
 */
export const followerVariables = {
  MUNICIPALITY_SUBGRAPH_URL: env.url().default('http://localhost:4001/graphql'),
  INTERESTS_FOLLOW_INTERVAL_MS: env.positiveNumber(5_000),
  INTERNAL_TOKEN_PRIVATE_KEY: env.optionalString(),
};

export interface FollowerConfig {
  /** The municipality subgraph, asked directly (not through the gateway) as the register itself. */
  municipalityUrl: string;
  /** How long the follower waits between polls once it has caught up. */
  pollIntervalMs: number;
  /** The private JWK its internal tokens are signed with; outside production, the key file's. */
  internalTokenPrivateKey: string | undefined;
}

export type InterestsConfig = SubgraphConfig & { follower: FollowerConfig };

export function readInterestsConfig(
  defaultPort = 4002,
  source: NodeJS.ProcessEnv = process.env,
): InterestsConfig {
  const subgraph = readSubgraphConfig('interests', defaultPort, source);
  const config = readConfig(followerVariables, source);
  if (subgraph.production && !config.INTERNAL_TOKEN_PRIVATE_KEY) {
    throw new ConfigurationError(
      'Invalid configuration:\n  INTERNAL_TOKEN_PRIVATE_KEY: required in production (the follower of Kommuneregisteret signs its requests with it)',
    );
  }
  return {
    ...subgraph,
    follower: {
      municipalityUrl: config.MUNICIPALITY_SUBGRAPH_URL,
      pollIntervalMs: config.INTERESTS_FOLLOW_INTERVAL_MS,
      internalTokenPrivateKey: config.INTERNAL_TOKEN_PRIVATE_KEY,
    },
  };
}
