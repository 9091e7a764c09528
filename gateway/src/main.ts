import { runService } from '@registers/platform';
import { readGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

await runService('gateway', readGatewayConfig, startGateway);
