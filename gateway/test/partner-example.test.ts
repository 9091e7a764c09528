import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import manifest from '@registers/client/persisted-documents.json' with { type: 'json' };
import { documentId, MunicipalityOrganisationDocument } from '@registers/client';
import { print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { UpdateUnitDocument } from '../src/generated/operations.ts';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * `npm run partner-example`: a partner's local copy of one municipality, kept in sync by the
 * live subscription from a stored cursor; it misses nothing while it is stopped (kill -9) or
 * while the gateway restarts.
 */
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const stateDir = mkdtempSync(join(tmpdir(), 'registers-partner-'));
let system: System;
let admin = '';
let partner = '';
let municipalityNumber = '';
let unitId = '';
const children = new Set<ChildProcess>();

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.005, driver: 'postgres' });
  admin = await system.tokenFor({ subject: 'partner-test-admin', roles: ['administrator'] });
  partner = await system.tokenFor({ subject: 'partner-test-ssb', roles: ['partner'] });
  const unit = system.population.units[0]!;
  unitId = unit.id;
  municipalityNumber = unit.municipalityNumber;
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await system?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

function startExample(gatewayUrl: string) {
  // One process, node itself with tsx's loader, so that a kill reaches the example and nothing else.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@registers/source',
      'packages/client/examples/follow-municipality.ts',
      '--municipality',
      municipalityNumber,
      '--gateway',
      gatewayUrl,
      '--state',
      stateDir,
    ],
    {
      cwd: repositoryRoot,
      env: { ...process.env, PARTNER_TOKEN: partner },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  children.add(child);
  child.on('exit', () => children.delete(child));
  return { child, output: () => output };
}

type Copy = { municipality: { units: { id: string; name: string }[] } | null };
const stored = (): { cursor: string | null; copy: Copy['municipality'] } | undefined => {
  try {
    return JSON.parse(readFileSync(join(stateDir, `${municipalityNumber}.json`), 'utf8'));
  } catch {
    return undefined;
  }
};
const storedUnitName = () => stored()?.copy?.units.find((unit) => unit.id === unitId)?.name;

async function waitFor(what: string, condition: () => boolean, output: () => string, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen; the example wrote:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function renameUnit(name: string) {
  const response = await postGraphQL(
    system.gateway.url,
    { query: print(UpdateUnitDocument), variables: { input: { id: unitId, name } } },
    { authorization: `Bearer ${admin}` },
  );
  expect(response.errors).toBeUndefined();
}

it('keeps a copy of one municipality in sync, across its own kill -9 and a restart of the gateway', async () => {
  const first = startExample(system.gateway.url);
  await waitFor('the first copy', () => stored() !== undefined, first.output);
  // The first copy is the municipality as the partner's own pull answers it.
  const pulled = await postGraphQL<Copy>(
    system.gateway.url,
    {
      query: (manifest as Record<string, string>)[documentId(MunicipalityOrganisationDocument)]!,
      variables: { number: municipalityNumber },
    },
    { authorization: `Bearer ${partner}` },
  );
  expect(stored()!.copy).toEqual(pulled.data!.municipality);

  // A change comes in live.
  await waitFor('the subscription', () => first.output().includes('følger endringene'), first.output);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await renameUnit('Partnertestens etat 1');
  await waitFor('the live change', () => storedUnitName() === 'Partnertestens etat 1', first.output);

  // Killed without a word; a change while it is away; started again: it catches up.
  first.child.kill('SIGKILL');
  await renameUnit('Partnertestens etat 2');
  const second = startExample(system.gateway.url);
  await waitFor(
    'the change made while it was away',
    () => storedUnitName() === 'Partnertestens etat 2',
    second.output,
  );
  expect(second.output()).toContain('fortsetter fra lagret kopi');

  // The gateway restarts on the same port: the example reconnects from its cursor.
  const port = new URL(system.gateway.url).port;
  await system.gateway.close();
  await renameUnit2WhileGatewayIsDown();
  const restarted = await system.startAnotherGateway({ GATEWAY_PORT: port });
  expect(restarted.url).toBe(system.gateway.url);
  await waitFor(
    'the change made while the gateway was down',
    () => storedUnitName() === 'Partnertestens etat 3',
    second.output,
    30_000,
  );
  expect(second.output()).toContain('kobler til igjen');
  second.child.kill('SIGTERM');
}, 120_000);

/** The gateway is down, so the change goes to the municipality subgraph through another gateway. */
async function renameUnit2WhileGatewayIsDown() {
  const other = await system.startAnotherGateway();
  const response = await postGraphQL(
    other.url,
    { query: print(UpdateUnitDocument), variables: { input: { id: unitId, name: 'Partnertestens etat 3' } } },
    { authorization: `Bearer ${admin}` },
  );
  expect(response.errors).toBeUndefined();
  await other.close();
}
