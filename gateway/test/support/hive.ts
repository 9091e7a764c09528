import { readGatewayConfig } from '../../src/config.ts';
import { startHiveGateway } from '../../src/hive/runtime.ts';
import type { System } from './system.ts';

/**
 * Hive Gateway (gateway/src/hive) in front of a system's subgraphs, on port 0, configured as
 * the system's own gateway is: the same keys, the same subgraph URLs unless `env` says otherwise.
 */
export function startHiveGatewayFor(system: System, env: Record<string, string> = {}) {
  return startHiveGateway(
    readGatewayConfig({
      GATEWAY_PORT: '0',
      HOST: '127.0.0.1',
      AUTH_KEYS_DIR: system.keysDir,
      MUNICIPALITY_SUBGRAPH_URL: system.municipality.url,
      INTERESTS_SUBGRAPH_URL: system.interests.url,
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
}
