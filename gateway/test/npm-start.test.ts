import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoPopulation } from '@registers/demo-register';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnNpmStart } from './support/npm-start.ts';
import { postGraphQL } from './support/system.ts';

async function waitUntilReady(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready in time`);
}

async function waitUntil(condition: () => boolean, deadline: number, what: string): Promise<void> {
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not come in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Processes still running in a process group (zombies waiting for their reaper do not run). */
function processesInGroup(group: number): string[] {
  const table = execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return table.split('\n').filter((row) => {
    const [, pgid, stat] = row.trim().split(/\s+/);
    return pgid === String(group) && !stat?.startsWith('Z');
  });
}

/** The README's first command, as a newcomer runs it, on free ports and a fresh data folder. */
describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'registers-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the whole system on embedded databases, and Ctrl-C stops every process', async () => {
    const ports = { gateway: await freePort(), municipality: await freePort(), interests: await freePort() };
    const { child, group, exited } = spawnNpmStart({ dataDir, ports, scale: 0.005 });
    const [gatewayPort, municipalityPort, interestsPort] = [
      ports.gateway,
      ports.municipality,
      ports.interests,
    ];
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 90_000;
      for (const port of [municipalityPort, interestsPort, gatewayPort]) {
        await waitUntilReady(`http://localhost:${port}/ready`, deadline);
      }
      // One line says the whole system is ready, and where to open it.
      const readyLine = `Registertjenester is ready: open http://localhost:${gatewayPort}/graphql`;
      await waitUntil(() => output.includes(readyLine), deadline, 'the ready line');
      expect(output.split(readyLine)).toHaveLength(2);
      // On a first start each subgraph says what it seeds as it goes.
      for (const seeded of [
        'units',
        'persons',
        'employments',
        'elected bodies',
        'memberships',
        'companies',
      ]) {
        expect(output).toMatch(new RegExp(`"service":"municipality".*"msg":"seeded \\d+ ${seeded}"`));
      }
      for (const seeded of ['declarations', 'positions']) {
        expect(output).toMatch(new RegExp(`"service":"interests".*"msg":"seeded \\d+ ${seeded}"`));
      }

      const response = await postGraphQL<{ municipalities: { units: { id: string }[] }[] }>(
        `http://localhost:${gatewayPort}/graphql`,
        {
          query:
            '{ municipalities(kinds: [MUNICIPALITY, COUNTY_MUNICIPALITY]) { county { number } units { id employments { person { declaration { published } } } } } }',
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.municipalities.flatMap((m) => m.units)).toHaveLength(
        generateDemoPopulation({ scale: 0.005 }).units.length,
      );

      process.kill(-group, 'SIGINT'); // what Ctrl-C sends to the foreground process group
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(processesInGroup(group)).toEqual([]);
      expect(output).toMatch(/"service":"gateway".*"msg":"stopping"/);
      expect(output).toMatch(/"service":"municipality".*"msg":"stopping"/);
    } finally {
      if (processesInGroup(group).length > 0) process.kill(-group, 'SIGKILL');
    }
  }, 120_000);
});
