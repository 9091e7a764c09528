import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  documentId,
  LiveMunicipalityChangesDocument,
  PublishedDeclarationDocument,
  RegisterChangesDocument,
} from '@registers/client';
import { loadOrCreateKeyFile, signLocalToken } from '@registers/access';
import { INTERNAL_TOKEN_KEY_NAME } from '@registers/platform';
import { createTestDatabase, type TestDatabase } from '@registers/platform/testing';
import { startTestSmtpServer, type TestSmtpServer } from '@registers/platform/testing-mail';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  AddPersonDocument,
  ChangeReceiptsDocument,
  CreateUnitDocument,
  SendNoticesDocument,
  StartEmploymentDocument,
} from '../src/generated/operations.ts';
import { LOCAL_TOKEN_KEY_NAME } from '../src/server.ts';
import { freePort } from './support/npm-start.ts';
import { Replica, startNginx, type Nginx, type ServiceName } from './support/replicas.ts';
import { postGraphQL, type GraphQLResponse } from './support/system.ts';

/**
 * Two replicas of every service, as separate processes, behind nginx on loopback, as the
 * Kubernetes base runs them: the gateways reach each subgraph through nginx's upstream for it;
 * both replicas of a subgraph share its PostgreSQL database. While a steady mix of reads and
 * writes goes through nginx, one replica of each service in turn is killed (kill -9) and started
 * again. Then: every read was answered, every acknowledged write is there and every other write
 * is there whole or not at all, the change feed holds each change once, in order and without a
 * gap, the interests follower (run by both interests replicas) applied each page once, every
 * notice was delivered once, the automatic notice round started once, and a live subscription
 * through nginx saw each event once across the kills of its gateway.
 */
const municipalityNumber = '4601';
/** How long a killed replica stays down: nginx finds it gone, and the other takes its work. */
const killedFor = 1_000;

let dir = '';
let databases: TestDatabase[] = [];
let smtp: TestSmtpServer;
let nginx: Nginx;
const replicas: Record<ServiceName, Replica[]> = { gateway: [], municipality: [], interests: [] };
let contactToken = '';
let adminToken = '';
let sql: { municipality: postgres.Sql; interests: postgres.Sql };

/** The Oslo date two days ago as MM-DD: an automatic notice round is due now (a week's window). */
function dueNoticeDate(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(Date.now() - 2 * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('month')}-${part('day')}`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registers-replicas-'));
  const keysDir = join(dir, 'keys');
  // The keys every replica shares, made once before any starts.
  const localKey = (await loadOrCreateKeyFile(keysDir, LOCAL_TOKEN_KEY_NAME)).privateKey;
  await loadOrCreateKeyFile(keysDir, INTERNAL_TOKEN_KEY_NAME);
  databases = await Promise.all([
    createTestDatabase('replicas_municipality'),
    createTestDatabase('replicas_interests'),
  ]);
  sql = {
    municipality: postgres(databases[0]!.url, { max: 2, onnotice: () => {} }),
    interests: postgres(databases[1]!.url, { max: 2, onnotice: () => {} }),
  };
  smtp = await startTestSmtpServer();
  const ports = {
    gateway: [await freePort(), await freePort()],
    municipality: [await freePort(), await freePort()],
    interests: [await freePort(), await freePort()],
  };
  nginx = await startNginx(join(dir, 'nginx'), ports);
  const graphql = (service: ServiceName) => `${nginx.urls[service]}/graphql`;
  const env: Record<ServiceName, (port: number) => Record<string, string>> = {
    municipality: (port) => ({
      MUNICIPALITY_PORT: String(port),
      MUNICIPALITY_DATABASE_URL: databases[0]!.url,
      MUNICIPALITY_SEED: 'none',
      AUTH_KEYS_DIR: keysDir,
    }),
    interests: (port) => ({
      INTERESTS_PORT: String(port),
      INTERESTS_DATABASE_URL: databases[1]!.url,
      INTERESTS_SEED: 'none',
      AUTH_KEYS_DIR: keysDir,
      MUNICIPALITY_SUBGRAPH_URL: graphql('municipality'),
      INTERESTS_FOLLOW_INTERVAL_MS: '250',
      SMTP_URL: smtp.url,
      NOTICE_DATES: dueNoticeDate(),
    }),
    gateway: (port) => ({
      GATEWAY_PORT: String(port),
      AUTH_KEYS_DIR: keysDir,
      MUNICIPALITY_SUBGRAPH_URL: graphql('municipality'),
      INTERESTS_SUBGRAPH_URL: graphql('interests'),
      // Operations on the HTTP thread: six processes share two cores, and a worker thread costs
      // seconds of CPU at every (re)start.
      GATEWAY_WORKERS: '0',
      KOMMUNENOKKELEN_POLL_MS: 'off',
      SUBSCRIPTION_POLL_MS: '100',
      RATE_LIMIT_PER_MINUTE: '100000',
    }),
  };
  for (const service of ['municipality', 'interests', 'gateway'] as const) {
    replicas[service] = ports[service].map(
      (port, index) => new Replica(`${service}-${index + 1}`, service, port, env[service](port)),
    );
    // Both replicas at once, on a new database too: both migrate and start together.
    await Promise.all(replicas[service].map((replica) => replica.start()));
  }
  contactToken = await signLocalToken(
    {
      subject: 'replicas-contact',
      roles: ['kr-contact', 'stv-contact'],
      municipalities: [municipalityNumber],
    },
    localKey,
  );
  adminToken = await signLocalToken({ subject: 'replicas-admin', roles: ['administrator'] }, localKey);
}, 180_000);

afterAll(async () => {
  await run.live?.stop();
  await Promise.all(Object.values(replicas).flatMap((list) => list.map((replica) => replica.stop())));
  await nginx?.stop();
  await smtp?.close();
  await Promise.all([sql?.municipality.end(), sql?.interests.end()]);
  await Promise.all(databases.map((database) => database.drop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const gatewayUrl = () => `${nginx.urls.gateway}/graphql`;

/** A write through nginx as the contact person: its data when acknowledged (no error at all), else null. */
async function write<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData | null> {
  try {
    const answer = await postGraphQL<TData>(
      gatewayUrl(),
      { query: print(document), variables },
      { authorization: `Bearer ${contactToken}` },
    );
    return answer.status === 200 && !answer.errors?.length && answer.data ? answer.data : null;
  } catch {
    return null; // not JSON (nginx's 502 page) or the connection cut
  }
}

/** A read as a partner sends it: the trusted operation's hash by GET, which nginx may retry. */
async function read<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<GraphQLResponse<TData>> {
  const search = new URLSearchParams({
    documentId: documentId(document as TypedDocumentNode<unknown, never>),
    variables: JSON.stringify(variables),
  });
  const response = await fetch(`${gatewayUrl()}?${search}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  const text = await response.text();
  try {
    return { status: response.status, headers: response.headers, ...JSON.parse(text) };
  } catch {
    return { status: response.status, headers: response.headers, errors: [{ message: text.slice(0, 200) }] };
  }
}

/**
 * A partner's live subscription to the municipality's changes through nginx: when its
 * connection ends (its gateway was killed), it connects again with the last cursor it got.
 */
function followLive(after: string) {
  const sequences: number[] = [];
  let cursor = after;
  let reconnects = -1;
  let stopped = false;
  let dispose = () => {};
  const done = (async () => {
    while (!stopped) {
      reconnects += 1;
      const client = createClient({
        url: gatewayUrl().replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
      });
      await new Promise<void>((resolve) => {
        dispose = () => {
          resolve();
          void client.dispose();
        };
        client.subscribe(
          { query: print(LiveMunicipalityChangesDocument), variables: { municipalityNumber, after: cursor } },
          {
            next: (event) => {
              const edge = (event.data as { changes?: { cursor: string; node: { sequence: number } } })
                ?.changes;
              if (!edge) return;
              sequences.push(edge.node.sequence);
              cursor = edge.cursor;
            },
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
      });
      void client.dispose();
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    sequences,
    reconnects: () => reconnects,
    async stop() {
      stopped = true;
      dispose();
      await done;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen in ${timeoutMs} ms`);
    await sleep(200);
  }
}

type Attempt = { n: number; email: string; personId?: string; employed?: boolean };

/** What the traffic did and saw while the replicas were killed, for the checks below. */
const run = {
  unitId: '',
  /** Every write tried, and those acknowledged (no error in the answer). */
  attempts: [] as Attempt[],
  acknowledged: [] as Attempt[],
  reads: { answered: 0, failed: [] as string[] },
  /** The persons sent a notice, while every replica was up and while one interests replica was down. */
  recipients: [] as string[],
  live: null as ReturnType<typeof followLive> | null,
};

/** Persons, each with an employment (a role, so a position in Styrevervregisteret), as fast as they go. */
async function writer(lane: number, stopped: () => boolean) {
  const today = new Date().toISOString().slice(0, 10);
  while (!stopped()) {
    const n = run.attempts.length + 1;
    const attempt: Attempt = { n, email: `replika.${n}@example.no` };
    run.attempts.push(attempt);
    const added = await write(AddPersonDocument, {
      input: { municipalityNumber, givenName: 'Replika', familyName: `Nummer ${n}`, email: attempt.email },
    });
    const personId = added?.addPerson.person?.id;
    if (personId && added.addPerson.userErrors.length === 0) {
      attempt.personId = personId;
      const employed = await write(StartEmploymentDocument, {
        input: { personId, unitId: run.unitId, title: 'Rådgiver', startDate: today },
      });
      attempt.employed = Boolean(
        employed?.startEmployment.employment && employed.startEmployment.userErrors.length === 0,
      );
      run.acknowledged.push(attempt);
    }
    await sleep(30 + lane * 10);
  }
}

/** Reads of both subgraphs (a person's name, and their declaration) of persons written. */
async function reader(stopped: () => boolean) {
  while (!stopped()) {
    const person = run.acknowledged[Math.floor(Math.random() * run.acknowledged.length)];
    if (person?.personId) {
      const answer = await read(PublishedDeclarationDocument, { personId: person.personId }).catch(
        (error: unknown) => ({ status: 0, errors: [{ message: String(error) }], data: null }),
      );
      if (answer.status === 200 && !answer.errors?.length && answer.data?.person?.id === person.personId)
        run.reads.answered += 1;
      else run.reads.failed.push(`${answer.status} ${JSON.stringify(answer.errors)}`);
    }
    await sleep(20);
  }
}

const sendNotices = async (personIds: string[]) => {
  const sent = await write(SendNoticesDocument, { input: { personIds } });
  expect(sent?.sendNotices).toEqual({ queued: personIds.length, userErrors: [] });
  run.recipients.push(...personIds);
};

/** Queries the municipality database (the subgraphs' own tables, read as they are). */
const feedEvents = () =>
  sql.municipality<{ id: number; entity_type: string; entity_id: string; change_type: string }[]>`
    select id::int, entity_type, entity_id, change_type::text from change_events order by id`;

describe('two replicas of every service behind nginx, one of each killed in turn during traffic', () => {
  beforeAll(async () => {
    const unit = await write(CreateUnitDocument, {
      input: { municipalityNumber, name: 'Replikakontoret', kind: 'DEPARTMENT' },
    });
    expect(unit?.createUnit.userErrors).toEqual([]);
    run.unitId = unit!.createUnit.unit!.id;
    const feedStart = await read(RegisterChangesDocument, { municipalityNumber, first: 1000 });
    run.live = followLive(feedStart.data!.changes.pageInfo.endCursor!);

    let stop = false;
    const traffic = [writer(0, () => stop), writer(1, () => stop), reader(() => stop)];
    await waitUntil('ten persons', async () => run.acknowledged.length >= 10);
    await sendNotices(run.acknowledged.slice(0, 5).map((attempt) => attempt.personId!));

    const restart = async (replica: Replica) => {
      await replica.kill();
      await sleep(killedFor);
      await replica.start();
      await sleep(300);
    };
    for (const index of [0, 1]) {
      await restart(replicas.municipality[index]!);
      // While one interests replica is down, more notices: the other sends them.
      await replicas.interests[index]!.kill();
      if (index === 0) await sendNotices(run.acknowledged.slice(5, 10).map((attempt) => attempt.personId!));
      await sleep(killedFor);
      await replicas.interests[index]!.start();
      await sleep(300);
      await restart(replicas.gateway[index]!);
    }
    stop = true;
    await Promise.all(traffic);
  }, 300_000);

  it('answered every read, through every kill', () => {
    expect(run.reads.failed).toEqual([]);
    expect(run.reads.answered).toBeGreaterThan(50);
  });

  it('keeps every acknowledged write, and every other one whole or not at all', async () => {
    const { acknowledged, attempts, unitId } = run;
    expect(acknowledged.length).toBeGreaterThan(50);
    const persons = await sql.municipality<{ id: string; email: string }[]>`
      select id, email from persons where family_name like 'Nummer %'`;
    const personByEmail = new Map(persons.map((row) => [row.email, row.id]));
    for (const attempt of acknowledged) expect(personByEmail.get(attempt.email)).toBe(attempt.personId);
    const attempted = new Set(attempts.map((attempt) => attempt.email));
    for (const row of persons) expect(attempted.has(row.email)).toBe(true);
    const employments = await sql.municipality<{ id: string; person_id: string }[]>`
      select id, person_id from employments where unit_id = ${unitId}`;
    const employed = new Set(employments.map((row) => row.person_id));
    expect(employed.size).toBe(employments.length);
    for (const attempt of acknowledged)
      if (attempt.employed) expect(employed.has(attempt.personId!)).toBe(true);
    // Whole: each person and employment there has its audit entry and its feed event.
    const audited = await sql.municipality<{ entity_type: string; entity_id: string }[]>`
      select entity_type, entity_id from audit_entries where action = 'created'`;
    const auditCount = (type: string, id: string) =>
      audited.filter((row) => row.entity_type === type && row.entity_id === id).length;
    for (const row of persons) expect(auditCount('PERSON', row.id)).toBe(1);
    for (const row of employments) expect(auditCount('EMPLOYMENT', row.id)).toBe(1);
    const feed = await feedEvents();
    const created = (type: string) =>
      feed
        .filter((event) => event.entity_type === type && event.change_type === 'CREATED')
        .map((event) => event.entity_id)
        .sort();
    expect(created('PERSON')).toEqual(persons.map((row) => row.id).sort());
    expect(created('EMPLOYMENT')).toEqual(employments.map((row) => row.id).sort());
  });

  it('numbers the change feed 1, 2, 3, … in commit order: each change once, no gap', async () => {
    const feed = await feedEvents();
    expect(feed.length).toBeGreaterThan(100);
    expect(feed.map((event) => event.id)).toEqual(feed.map((_, index) => index + 1));
    const keys = feed.map((event) => `${event.entity_type} ${event.entity_id} ${event.change_type}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("applies each page of Kommuneregisteret's feed once, from both interests replicas, to its end", async () => {
    const latest = (await feedEvents()).at(-1)!.id;
    await waitUntil('the receipt at the end of the feed', async () => {
      const answer = await postGraphQL<{ changeReceipts: { acknowledgedSequence: number }[] }>(
        gatewayUrl(),
        { query: print(ChangeReceiptsDocument) },
        { authorization: `Bearer ${adminToken}` },
      );
      return answer.data?.changeReceipts.some((receipt) => receipt.acknowledgedSequence === latest);
    });
    const applied = replicas.interests.flatMap((replica) =>
      replica.logged('applied changes from Kommuneregisteret'),
    );
    expect(new Set(applied.map((line) => line['replica']))).toEqual(new Set(['interests-1', 'interests-2']));
    // The pages, by where they start: none overlaps the one before (none applied twice).
    const pages = applied
      .map((line) => ({ from: line['from'] as number, to: line['to'] as number }))
      .sort((a, b) => a.from - b.from);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.from).toBeGreaterThanOrEqual(pages[i - 1]!.to);
    // Each employment is one position of its holder.
    const employments = await sql.municipality<{ id: string }[]>`select id from employments`;
    const positions = await sql.interests<{ kr_role_id: string }[]>`
      select kr_role_id from positions where kr_role_id is not null`;
    expect(positions.map((row) => row.kr_role_id).sort()).toEqual(employments.map((row) => row.id).sort());
  });

  it('delivers each notice once, whichever replica sends it', async () => {
    const emailOf = new Map(run.acknowledged.map((attempt) => [attempt.personId!, attempt.email]));
    await waitUntil('every notice', async () => smtp.received.length >= run.recipients.length);
    await sleep(2_500); // a second delivery would come within a poll or two
    const deliveries = smtp.received.map(
      (mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address,
    );
    expect(deliveries.sort()).toEqual(run.recipients.map((id) => emailOf.get(id)).sort());
  });

  it('starts the automatic notice round once, though it was due at every start of an interests replica', async () => {
    const rounds = replicas.interests.flatMap((replica) => replica.logged('automatic notice round started'));
    expect(rounds).toHaveLength(1);
    expect(await sql.interests`select 1 from notice_rounds`).toHaveLength(1);
    expect(replicas.interests.map((replica) => replica.starts)).toEqual([2, 2]);
  });

  it("gives a live subscription through nginx each event once, in order, across its gateway's kill", async () => {
    const live = run.live!;
    const feed = await feedEvents();
    const unitEvent = feed.find((event) => event.entity_type === 'UNIT' && event.entity_id === run.unitId)!;
    const expected = (
      await sql.municipality<{ id: number }[]>`
        select id::int from change_events
        where municipality_number = ${municipalityNumber} and id > ${unitEvent.id} order by id`
    ).map((row) => row.id);
    await waitUntil('the last event live', async () => live.sequences.at(-1) === expected.at(-1));
    await live.stop();
    expect(live.sequences).toEqual(expected);
    expect(live.reconnects()).toBeGreaterThanOrEqual(1);
  });
});
