import { fileURLToPath } from 'node:url';
import { env, readConfig } from '@registers/service-runtime';

const defaultSupergraph = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** Every variable the gateway reads; documented in the README. */
const gatewayConfigShape = {
  GATEWAY_PORT: env.port(4000),
  HOST: env.host(),
  SUPERGRAPH_PATH: env.path(defaultSupergraph),
  MUNICIPALITY_SUBGRAPH_URL: env.url().default('http://localhost:4001/graphql'),
  INTERESTS_SUBGRAPH_URL: env.url().default('http://localhost:4002/graphql'),
  LOG_LEVEL: env.logLevel(),
};

export const gatewayVariables = Object.keys(gatewayConfigShape);

export function readGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(gatewayConfigShape, source);
  return {
    port: config.GATEWAY_PORT,
    host: config.HOST,
    supergraphPath: config.SUPERGRAPH_PATH,
    /** By the subgraph names in the supergraph; the URLs composed into it are only local defaults. */
    subgraphUrls: {
      municipality: config.MUNICIPALITY_SUBGRAPH_URL,
      interests: config.INTERESTS_SUBGRAPH_URL,
    } as Record<string, string>,
    logLevel: config.LOG_LEVEL,
  };
}

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;
