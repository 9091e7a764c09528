import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublishedDeclarationDocument } from '@registers/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.ts';
import { seededPersonWithPublishedPositions } from './support/demo.ts';
import { dataAs, execute, postGraphQL } from './support/system.ts';

/**
 * PostgreSQL restarted under the running services: each subgraph's pool of connections, its
 * `/ready` and its job queue (pg-boss) come back by themselves, without a restart of the
 * service. On a server of the test's own, which it stops and starts (never the shared one).
 */
const demoScale = 0.005;
const { person: holder } = seededPersonWithPublishedPositions(demoScale);

const keysDir = mkdtempSync(join(tmpdir(), 'registers-pg-restart-'));
const mailDir = join(keysDir, 'mail');
let server: PrivatePostgres | undefined;
const services: ServiceProcess[] = [];
let admin = '';

// Starting the services, which seed their databases, takes minutes on a busy machine.
beforeAll(async () => {
  admin = await (await prepareKeys(keysDir)).tokenFor({ subject: 'pg-admin', roles: ['administrator'] });
  server = await startPrivatePostgres();
  const urls = {
    municipality: await server.createDatabase('municipality'),
    interests: await server.createDatabase('interests'),
  };
  const common = { AUTH_KEYS_DIR: keysDir, DEMO_SCALE: String(demoScale) };
  const municipality = await spawnService('municipality', {
    ...common,
    MUNICIPALITY_DATABASE_URL: urls.municipality,
    MUNICIPALITY_SEED: 'demo',
  });
  services.push(municipality);
  const interests = await spawnService('interests', {
    ...common,
    INTERESTS_DATABASE_URL: urls.interests,
    INTERESTS_SEED: 'demo',
    MUNICIPALITY_SUBGRAPH_URL: municipality.url,
    MAIL_DIR: mailDir,
  });
  services.push(interests);
  services.push(
    await spawnService('gateway', {
      AUTH_KEYS_DIR: keysDir,
      MUNICIPALITY_SUBGRAPH_URL: municipality.url,
      INTERESTS_SUBGRAPH_URL: interests.url,
      GATEWAY_WORKERS: '0',
      KOMMUNENOKKELEN_POLL_MS: 'off',
      RATE_LIMIT_PER_MINUTE: '100000',
    }),
  );
}, 300_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop('SIGKILL')));
  await server?.remove();
  rmSync(keysDir, { recursive: true, force: true });
});

const mailFiles = () => {
  try {
    return readdirSync(mailDir).filter((file) => file.endsWith('.eml')).length;
  } catch {
    return 0;
  }
};

it('while PostgreSQL restarts under load, /ready says 503; after it, the same processes answer, write and run jobs', async () => {
  const [municipality, interests, gateway] = services as [ServiceProcess, ServiceProcess, ServiceProcess];
  const pids = services.map((service) => service.child.pid);
  const ask = () => execute(gateway.url, PublishedDeclarationDocument, { personId: holder.id });
  const complete = await ask();
  expect(complete.errors).toBeUndefined();
  expect(complete.data?.person?.declaration?.published).toBe(true);

  // Two clients asking all along, while the server goes down and comes back.
  let restarted!: () => void;
  const answers = load(2, () => sleep(20).then(ask), new Promise<void>((resolve) => (restarted = resolve)));
  await sleep(300);
  await server!.stop();
  for (const service of services) {
    expect(
      await eventually(
        `${service.name} not ready`,
        async () => (await readiness(service.url)).status === 503,
      ),
    ).toBe(true);
  }
  expect(await readiness(municipality.url)).toEqual({
    status: 503,
    checks: { schema: 'ok', database: 'failing' },
  });
  expect(await readiness(interests.url)).toEqual({
    status: 503,
    checks: { schema: 'ok', database: 'failing' },
  });
  expect((await readiness(gateway.url)).checks).toEqual({
    schema: 'ok',
    municipality: 'failing',
    interests: 'failing',
  });
  const whileDown = await ask();
  // A clear error the client may retry on, not an internal one.
  expect(whileDown.data).toEqual({ person: null });
  expect(whileDown.errors).toEqual([
    expect.objectContaining({
      message: 'The register cannot reach its database just now. Try again shortly.',
      path: ['person'],
      extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
    }),
  ]);
  await sleep(1_000);

  await server!.start();
  for (const service of services) {
    expect(
      await eventually(
        `${service.name} ready again`,
        async () => (await readiness(service.url)).status === 200,
      ),
    ).toBe(true);
  }
  restarted();
  expect(services.map((service) => service.child.pid)).toEqual(pids);
  expect(services.every((service) => service.running())).toBe(true);
  // Every request was answered 200: a register that cannot reach its database says so in the answer.
  expect((await answers).filter((answer) => answer.status !== 200)).toEqual([]);

  // Reads and writes go through again, on the pools' new connections.
  const again = await ask();
  expect(again.errors).toBeUndefined();
  expect(again.data).toEqual(complete.data);
  const added = await dataAs(gateway.url, admin, AddPersonDocument, {
    input: {
      municipalityNumber: holder.municipalityNumber,
      givenName: 'Etter',
      familyName: 'Omstart',
      email: 'etter-omstart@example.no',
    },
  });
  expect(added.addPerson.userErrors).toEqual([]);

  // The job queue polls again: a sign-in link asked for now is written (no SMTP_URL: a file).
  const before = mailFiles();
  const link = await postGraphQL<{ requestSignInLink: { accepted: boolean } }>(gateway.url, {
    query:
      'mutation ($input: RequestSignInLinkInput!) { requestSignInLink(input: $input) { accepted userErrors { code } } }',
    variables: { input: { email: holder.email } },
  });
  expect(link.data?.requestSignInLink.accepted).toBe(true);
  await eventually('the sign-in link mailed', () => mailFiles() > before, 30_000);
}, 120_000);
