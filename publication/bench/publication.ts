import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startSystem } from '../../gateway/test/support/system.ts';
import { publish } from '../src/publish.ts';

/**
 * `npm run bench:publication -- --scale 1`: a system on fresh PostgreSQL databases at that demo
 * scale, its gateway's Kommunenøkkelen document built, then the publication with the external
 * extract, timed with its progress lines.
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be a number in (0, 1], not ${values.scale}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const started = performance.now();
const system = await startSystem({
  demoScale: scale,
  driver: 'postgres',
  gatewayEnv: { KOMMUNENOKKELEN_POLL_MS: '250', GATEWAY_WORKERS: '1' },
});
const out = mkdtempSync(join(tmpdir(), 'publication-bench-'));
try {
  console.error(`system up at scale ${scale} in ${seconds(started)}`);
  const documentUrl = new URL('/kommunenokkelen.json', system.gateway.url);
  while ((await fetch(documentUrl, { method: 'HEAD' })).status !== 200) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`document built at ${seconds(started)}`);
  const publishing = performance.now();
  await publish({
    out: join(out, 'site'),
    gatewayUrl: system.gateway.url,
    extracts: true,
    internal: false,
    progress: (line) => console.error(`[${seconds(publishing)}] ${line}`),
  });
  console.error(`publication with the external extract: ${seconds(publishing)}`);
} finally {
  await system.close();
  rmSync(out, { recursive: true, force: true });
}
