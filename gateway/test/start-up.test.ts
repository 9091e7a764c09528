import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const gatewayDir = fileURLToPath(new URL('..', import.meta.url));

describe('gateway start-up', () => {
  it('stops with a message naming a bad variable, before listening', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'src/main.ts'], {
      cwd: gatewayDir,
      env: { ...process.env, GATEWAY_PORT: '0', MUNICIPALITY_SUBGRAPH_URL: 'municipality:4001' },
      timeout: 20_000,
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('MUNICIPALITY_SUBGRAPH_URL');
    expect(failure?.stderr).not.toContain('listening');
  });
});
