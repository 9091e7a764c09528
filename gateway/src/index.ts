export { startGateway } from './server.ts';
export { readGatewayConfig, type GatewayConfig } from './config.ts';
