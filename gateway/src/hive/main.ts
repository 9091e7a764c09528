/**
 * Hive Gateway in front of the same subgraphs, configured by the gateway's variables:
 * `npm run hive` (README, "On another router: Hive Gateway").
 */
import { runService } from '@registers/platform';
import { readGatewayConfig } from '../config.ts';
import { startHiveGateway } from './runtime.ts';

await runService('hive-gateway', readGatewayConfig, async (config, logger) => {
  const started = await startHiveGateway(config);
  logger.info({ url: started.url }, `Hive Gateway listening on ${started.url}`);
  return started;
});
