import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSeededOrganisation } from './support/demo.ts';
import { startSystem } from './support/system.ts';

/** The default a newcomer gets: no database server, PGlite in a data folder. */
describe('the embedded PGlite path', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'registers-embedded-'));
  const demoScale = 0.01;
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, migrates, seeds and answers the nested query', async () => {
    const system = await startSystem({
      demoScale,
      driver: 'pglite',
      dataDir,
      gatewayEnv: { GATEWAY_WORKERS: '1' },
    });
    try {
      expect(system.municipality.database.driver).toBe('pglite');
      expect(readdirSync(dataDir).sort()).toEqual(['interests', 'municipality']);
      await expectSeededOrganisation(system.gateway.url, demoScale);
      // The follower of Kommuneregisteret runs in the interests subgraph's process, on PGlite.
      expect(await system.interests.follower!.catchUp()).toBe(0);
    } finally {
      await system.close();
    }
    // A first start creates and seeds two PGlite databases (the interests one with the
    // projection of Kommuneregisteret too) and makes pg-boss's schema for the notice queues:
    // about 15 s on 2 idle cores, several times that on a loaded 2-core machine.
  }, 90_000);

  it('keeps its data across a restart and does not seed twice', async () => {
    const system = await startSystem({ demoScale, driver: 'pglite', dataDir });
    try {
      await expectSeededOrganisation(system.gateway.url, demoScale);
    } finally {
      await system.close();
    }
  });
});
