import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MunicipalityOrganisationDocument, PublishedDeclarationDocument } from '@registers/client';
import { createTestDatabase, type TestDatabase } from '@registers/platform/testing';
import { print } from 'graphql';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddPersonDocument } from '../src/generated/operations.ts';
import {
  eventually,
  load,
  prepareKeys,
  readiness,
  sleep,
  spawnService,
  type ServiceProcess,
} from './support/processes.ts';
import { seededPersonWithPublishedPositions } from './support/demo.ts';
import { execute, postGraphQL } from './support/system.ts';

/**
 * Faults of the running system, each against the services as they run in production: every
 * one a process of its own (`dist/main.js` under node), on its own PostgreSQL database, killed
 * with a signal as an orchestrator or a crash would.
 */
const demoScale = 0.005;
const { person: holder, population } = seededPersonWithPublishedPositions(demoScale);
const municipalityNumber = population.units[0]!.municipalityNumber;

const keysDir = mkdtempSync(join(tmpdir(), 'registers-faults-'));
let databases: { municipality: TestDatabase; interests: TestDatabase };
let municipality: ServiceProcess;
let interests: ServiceProcess;
let gateway: ServiceProcess;
const started = new Set<ServiceProcess>();
let admin = '';

const subgraphEnv = (name: 'municipality' | 'interests') => ({
  AUTH_KEYS_DIR: keysDir,
  DEMO_SCALE: String(demoScale),
  [`${name.toUpperCase()}_DATABASE_URL`]: databases[name].url,
  [`${name.toUpperCase()}_SEED`]: 'demo',
});
async function startMunicipality(port?: number) {
  municipality = await spawnService('municipality', subgraphEnv('municipality'), port ? { port } : {});
  started.add(municipality);
}
async function startInterests(port?: number) {
  interests = await spawnService(
    'interests',
    {
      ...subgraphEnv('interests'),
      MUNICIPALITY_SUBGRAPH_URL: municipality.url,
      MAIL_DIR: join(keysDir, 'mail'),
    },
    port ? { port } : {},
  );
  started.add(interests);
}
async function startGatewayProcess() {
  const process = await spawnService('gateway', {
    AUTH_KEYS_DIR: keysDir,
    MUNICIPALITY_SUBGRAPH_URL: municipality.url,
    INTERESTS_SUBGRAPH_URL: interests.url,
    // One worker thread: operations cross the thread boundary as in production, at one
    // worker's start-up cost.
    GATEWAY_WORKERS: '1',
    KOMMUNENOKKELEN_POLL_MS: 'off',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  started.add(process);
  return process;
}

// Starting the services, which seed their databases, takes minutes on a busy machine.
beforeAll(async () => {
  admin = await (await prepareKeys(keysDir)).tokenFor({ subject: 'faults-admin', roles: ['administrator'] });
  const [municipalityDb, interestsDb] = await Promise.all([
    createTestDatabase('faults_municipality'),
    createTestDatabase('faults_interests'),
  ]);
  databases = { municipality: municipalityDb, interests: interestsDb };
  await startMunicipality();
  await startInterests();
  gateway = await startGatewayProcess();
}, 300_000);

afterAll(async () => {
  await Promise.all([...started].map((service) => service.stop('SIGKILL')));
  await Promise.all([databases?.municipality.drop(), databases?.interests.drop()]);
  rmSync(keysDir, { recursive: true, force: true });
});

const statusOf = async (url: string, path: string) =>
  (await fetch(new URL(path, url)).catch(() => ({ status: 0 }))).status;

describe('a subgraph killed mid-query', () => {
  it('gives partial data with a clear error; the gateway stays up and recovers when the subgraph is back', async () => {
    const askPublished = () => execute(gateway.url, PublishedDeclarationDocument, { personId: holder.id });
    const firstPid = gateway.child.pid;
    const complete = await askPublished();
    expect(complete.errors).toBeUndefined();
    expect(complete.data?.person?.declaration?.published).toBe(true);

    // Partners pulling a municipality (its people's declarations from Styrevervregisteret) and
    // one declaration, four at a time, while Styrevervregisteret is killed.
    let killedAt = 0;
    const kill = sleep(500).then(async () => {
      killedAt = performance.now();
      await interests.stop('SIGKILL');
    });
    const afterKill = kill.then(() => sleep(1_500));
    const [pulls, declarations] = await Promise.all([
      load(
        2,
        () => execute(gateway.url, MunicipalityOrganisationDocument, { number: municipalityNumber }),
        afterKill,
      ),
      load(2, askPublished, afterKill),
    ]);
    const answers = [...pulls!, ...declarations!];
    // Kommuneregisteret's part is always there: the municipality, the person's name.
    expect(pulls!.filter((answer) => !(answer.data as { municipality?: unknown })?.municipality)).toEqual([]);
    expect(
      declarations!.filter(
        (answer) => (answer.data as typeof complete.data)?.person?.name !== complete.data?.person?.name,
      ),
    ).toEqual([]);

    // Every request was answered, 200, with its data or with the register's error; the ones in
    // flight when the process died too.
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
    const inFlight = answers.filter((answer) => answer.started < killedAt && answer.ended > killedAt);
    expect(inFlight.length).toBeGreaterThan(0);
    for (const answer of answers)
      expect(answer.codes.every((code) => code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
    expect(answers.filter((answer) => answer.started > killedAt + 100).every((a) => a.codes.length > 0)).toBe(
      true,
    );

    // The gateway is up and says which register is missing; the other register's data still comes.
    expect(gateway.running()).toBe(true);
    expect(await statusOf(gateway.url, '/health')).toBe(200);
    expect(await readiness(gateway.url)).toEqual({
      status: 503,
      checks: { schema: 'ok', municipality: 'ok', interests: 'failing' },
    });
    const partial = await askPublished();
    expect(partial.status).toBe(200);
    expect(partial.data).toEqual({
      person: { id: holder.id, name: complete.data!.person!.name, declaration: null },
    });
    expect(partial.errors).toEqual([
      expect.objectContaining({
        message: 'The interests register could not be reached.',
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }),
      }),
    ]);

    // Styrevervregisteret starts again at the same address: the same gateway answers in full.
    await startInterests(interests.port);
    expect((await readiness(gateway.url)).status).toBe(200);
    const again = await askPublished();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(complete.data);
    expect(gateway.child.pid).toBe(firstPid);
  }, 120_000);
});

describe('kill -9 of a subgraph during a burst of writes', () => {
  it('leaves every committed change in the feed exactly once, nothing half-written, every acknowledged one there after the restart', async () => {
    const sql = postgres(databases.municipality.url, { max: 1, onnotice: () => {} });
    try {
      const [marks] = await sql<{ feed: string; audit: string }[]>`
        select (select coalesce(max(id), 0) from change_events) as feed,
               (select coalesce(max(id), 0) from audit_entries) as audit`;
      let sent = 0;
      const acknowledged: string[] = [];
      const refused: string[][] = [];
      const addPerson = async () => {
        const n = sent++;
        const response = await postGraphQL<{ addPerson: { person: { id: string } | null } }>(
          gateway.url,
          {
            query: print(AddPersonDocument),
            variables: {
              input: {
                municipalityNumber,
                givenName: 'Skrive',
                familyName: 'Test',
                email: `skrivetest-${n}@example.no`,
              },
            },
          },
          { authorization: `Bearer ${admin}` },
        );
        const id = response.data?.addPerson.person?.id;
        if (id && !response.errors) acknowledged.push(id);
        else refused.push((response.errors ?? []).map((error) => String(error.extensions?.['code'])));
        return response;
      };

      // Six writers at once; Kommuneregisteret is killed once some 30 writes are acknowledged.
      const killed = eventually('30 acknowledged writes', () => acknowledged.length >= 30).then(() =>
        municipality.stop('SIGKILL'),
      );
      const answers = await load(
        6,
        addPerson,
        killed.then(() => sleep(500)),
      );
      expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
      // A write whose answer did not come is refused with the register's error (never tried
      // again: it may have been applied).
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.flat().every((code) => code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);

      const committed = (
        await sql<{ id: string }[]>`select id from persons where email like 'skrivetest-%@example.no'`
      ).map((row) => row.id);
      const events = await sql<{ entity_id: string; change_type: string }[]>`
        select entity_id, change_type from change_events where id > ${marks!.feed} and entity_type = 'PERSON'`;
      const audited = await sql<{ entity_id: string; action: string }[]>`
        select entity_id, action from audit_entries where id > ${marks!.audit} and entity_type = 'PERSON'`;
      // Each person written has its one feed event and its audit entry; there is neither for
      // a person whose transaction did not commit.
      expect(events.map((event) => event.entity_id).sort()).toEqual([...committed].sort());
      expect(new Set(events.map((event) => event.change_type))).toEqual(new Set(['CREATED']));
      expect(audited.map((entry) => entry.entity_id).sort()).toEqual([...committed].sort());
      expect(new Set(audited.map((entry) => entry.action))).toEqual(new Set(['created']));
      expect(committed).toEqual(expect.arrayContaining(acknowledged));
      expect(committed.length).toBeLessThanOrEqual(sent);

      // Started again on the same database and port: the same gateway finds every acknowledged person.
      await startMunicipality(municipality.port);
      for (const id of acknowledged) {
        const person = await postGraphQL<{ person: { id: string } | null }>(
          gateway.url,
          { query: print(PublishedDeclarationDocument), variables: { personId: id } },
          { authorization: `Bearer ${admin}` },
        );
        expect(person.data?.person?.id).toBe(id);
      }
    } finally {
      await sql.end();
    }
  }, 120_000);
});

describe('SIGTERM to the gateway under load', () => {
  it('answers every request in flight in full and no request with a 5xx, then exits', async () => {
    const draining = await startGatewayProcess();
    let answered = 0;
    const pull = async () => {
      const response = await execute(draining.url, MunicipalityOrganisationDocument, {
        number: municipalityNumber,
      });
      answered++;
      return response;
    };
    await pull(); // its worker's first plan
    let signalledAt = 0;
    const signalled = eventually('twelve answers under load', () => answered >= 12).then(() => {
      signalledAt = performance.now();
      draining.child.kill('SIGTERM');
    });
    const answers = await load(
      6,
      pull,
      draining.exited.then(() => sleep(200)),
    );
    const exitedAt = performance.now();
    await signalled;

    expect(await draining.exited).toBe(0);
    expect(exitedAt - signalledAt).toBeLessThan(10_000);
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    // The six requests in flight when the signal came are answered in full.
    const inFlight = answers.filter((answer) => answer.started < signalledAt && answer.ended > signalledAt);
    expect(inFlight).toHaveLength(6);
    expect(inFlight.filter((answer) => answer.status !== 200 || answer.codes.length > 0)).toEqual([]);
    // Then it stops listening: the next requests are refused, never answered with an error.
    const late = answers.filter((answer) => answer.started > signalledAt);
    expect(late.filter((answer) => answer.status !== 0 && answer.status !== 200)).toEqual([]);
  }, 120_000);
});
