/**
 * Part of `npm start`: waits until the gateway's /ready says the whole system is ready (the
 * gateway asks every subgraph, which answer once migrated and seeded), then prints one line
 * with the address to open. The gateway's own configuration says where it listens.
 */
import { readGatewayConfig } from '@registers/gateway/config';

let config: ReturnType<typeof readGatewayConfig>;
try {
  config = readGatewayConfig();
} catch {
  process.exit(1); // the gateway says what is wrong with its configuration
}
const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const base = `http://${host}:${config.port}`;

// It stays until npm start ends: concurrently's --kill-others would stop every service if this
// exited. Ctrl-C stops the services; when the first has stopped, concurrently ends this one.
process.on('SIGINT', () => {});
setInterval(() => {}, 2 ** 30);

const isReady = () =>
  fetch(`${base}/ready`, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.ok,
    () => false,
  );
while (!(await isReady())) await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`Registertjenester is ready: open ${base}/graphql`);
