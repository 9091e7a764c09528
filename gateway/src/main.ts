import { runService } from '@registers/service-runtime';
import { readGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

await runService('gateway', readGatewayConfig, startGateway);
