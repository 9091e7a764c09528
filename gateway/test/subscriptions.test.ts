import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { generateDemoDeclarations } from '@registers/interests';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '@registers/client/persisted-documents.json' with { type: 'json' };
import {
  documentId,
  LiveDeclarationChangesDocument,
  LiveDeclarationChangesWithContactDocument,
  LiveMunicipalityChangesDocument,
} from '@registers/client';
import {
  AddPositionDocument,
  UpdateDeclarationDocument,
  UpdateUnitDocument,
} from '../src/generated/operations.ts';
import { connect } from './support/subscriber.ts';
import { postGraphQL, startSystem, type System, dataAs } from './support/system.ts';

/**
 * Live subscriptions over WebSocket (graphql-ws at /graphql): events whose fields come from both
 * subgraphs, resolved with the subscriber's own rights, within a second of the change; resumed
 * from a cursor without a gap or a repeat; refused for a token that does not verify.
 */
const demoScale = 0.01;
const declared = new Set(generateDemoDeclarations(demoScale).declarations.map((d) => d.personId));

let system: System;
let holderToken = '';
let adminToken = '';
let strangerToken = '';
let person: System['population']['persons'][number];
const closers: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  system = await startSystem({
    demoScale,
    driver: 'postgres',
    // Messages over WebSocket are bounded by MAX_BODY_BYTES, as request bodies are.
    gatewayEnv: { SUBSCRIPTION_POLL_MS: '100', SUBSCRIPTIONS_PER_CONNECTION: '3', MAX_BODY_BYTES: '65536' },
  });
  person = system.population.persons.find((candidate) => !declared.has(candidate.id))!;
  holderToken = await system.tokenFor({
    subject: 'live-holder',
    roles: ['position-holder'],
    personId: person.id,
  });
  adminToken = await system.tokenFor({ subject: 'live-admin', roles: ['administrator'] });
  strangerToken = await system.tokenFor({ subject: 'live-stranger', roles: [] });
  // The person's declaration, accepted but not yet published: publishing it is the first event.
  await as(holderToken, UpdateDeclarationDocument, { input: { personId: person.id, acceptTerms: true } });
});
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
  await system?.close();
});

const as = <TData, TVariables>(
  token: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) => dataAs(system.gateway.url, token, document, variables);

function connection(token?: string, url = system.gateway.url) {
  const connected = connect(url, token === undefined ? undefined : `Bearer ${token}`);
  closers.push(() => connected.client.dispose());
  return connected;
}

let positions = 0;
const addPosition = () =>
  as(holderToken, AddPositionDocument, {
    input: { personId: person.id, category: 'OTHER', organizationName: `Forening ${++positions}` },
  });

describe('live subscriptions', () => {
  it("deliver a published declaration with the person's name from Kommuneregisteret within a second", async () => {
    const live = connection().subscribe(LiveDeclarationChangesDocument, {});
    // Subscribed once the gateway has the feed's end: an event from before it would also arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(live.events).toEqual([]);
    await as(holderToken, UpdateDeclarationDocument, { input: { personId: person.id, published: true } });
    const answered = performance.now();
    const [event] = await live.waitFor(1, 2_000);
    expect(event!.at - answered).toBeLessThan(1_000);
    expect(event!.errors).toBeUndefined();
    const { cursor, node } = event!.data!.declarationChanges;
    expect(cursor).toEqual(expect.any(String));
    expect(node.changeType).toBe('CREATED');
    expect(node.entityType).toBe('DECLARATION');
    // From the municipality subgraph:
    expect(node.person.name).toBe(`${person.givenName} ${person.familyName}`);
    // From the interests subgraph:
    expect(node.person.declaration?.published).toBe(true);
    // Only what was selected: the gateway's own cursor alias is not sent on.
    expect(Object.keys(event!.data!.declarationChanges).sort()).toEqual(['cursor', 'node']);
    live.unsubscribe();
  });

  it('resume from a cursor: what was missed first, in order and none twice, then live ones', async () => {
    // Another subscriber stays, so the gateway keeps reading the feed while this one is away.
    const keeper = connection().subscribe(LiveDeclarationChangesDocument, {});
    const first = connection();
    const live = first.subscribe(LiveDeclarationChangesDocument, {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    await addPosition();
    const [seen] = await live.waitFor(1, 2_000);
    const lastCursor = seen!.data!.declarationChanges.cursor;
    await first.client.dispose();

    // While disconnected:
    await addPosition();
    await addPosition();

    const resumed = connection().subscribe(LiveDeclarationChangesDocument, { after: lastCursor });
    const missed = await resumed.waitFor(2, 2_000);
    await addPosition();
    const all = await resumed.waitFor(3, 2_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.events).toHaveLength(3);
    const sequences = all.map((event) => event.data!.declarationChanges.node.sequence);
    const seenSequence = seen!.data!.declarationChanges.node.sequence;
    expect(sequences).toEqual([seenSequence + 1, seenSequence + 2, seenSequence + 3]);
    expect(missed.map((event) => event.data!.declarationChanges.node.changeType)).toEqual([
      'CREATED',
      'CREATED',
    ]);
    await keeper.waitFor(4, 2_000);
    resumed.unsubscribe();
    keeper.unsubscribe();

    // Without a cursor, from now: none of the changes before it, even after a while without subscribers.
    await addPosition();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fresh = connection().subscribe(LiveDeclarationChangesDocument, {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fresh.events).toEqual([]);
    fresh.unsubscribe();
  });

  it("show a person's e-mail only to whoever may see it over HTTP", async () => {
    const publicLive = connection().subscribe(LiveDeclarationChangesWithContactDocument, {});
    const strangerLive = connection(strangerToken).subscribe(LiveDeclarationChangesWithContactDocument, {});
    const ownLive = connection(holderToken).subscribe(LiveDeclarationChangesWithContactDocument, {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    await addPosition();
    const [[publicEvent], [strangerEvent], [ownEvent]] = await Promise.all([
      publicLive.waitFor(1, 2_000),
      strangerLive.waitFor(1, 2_000),
      ownLive.waitFor(1, 2_000),
    ]);
    expect(ownEvent!.data!.declarationChanges.node.person.email).toBe(person.email);
    expect(ownEvent!.errors).toBeUndefined();
    for (const [event, code] of [
      [publicEvent!, 'UNAUTHENTICATED'],
      [strangerEvent!, 'FORBIDDEN'],
    ] as const) {
      expect(event.data!.declarationChanges.node.person.name).toBe(
        `${person.givenName} ${person.familyName}`,
      );
      expect(event.data!.declarationChanges.node.person.email).toBeNull();
      expect(event.errors?.map((error) => [error.extensions?.['code'], error.path])).toEqual([
        [code, ['declarationChanges', 'node', 'person', 'email']],
      ]);
      expect(JSON.stringify(event)).not.toContain(person.email);
    }
    for (const live of [publicLive, strangerLive, ownLive]) live.unsubscribe();
  });

  it("hold a partner system to the trusted operations' subscriptions, whose events it then receives", async () => {
    const partnerToken = await system.tokenFor({ subject: 'live-partner', roles: ['partner'] });
    const { client } = connection(partnerToken);
    // A subscription of its own: refused, as a query of its own is over HTTP.
    const own = await new Promise<unknown>((resolve) =>
      client.subscribe(
        { query: 'subscription { declarationChanges { cursor } }' },
        { next: resolve, error: resolve, complete: () => {} },
      ),
    );
    expect(JSON.stringify(own)).toContain('PERSISTED_QUERY_NOT_IN_LIST');
    // The manifest's text of the same subscription: its events come, the gateway's feed
    // queries behind them being the gateway's own, not the partner's.
    const text = (manifest as Record<string, string>)[documentId(LiveDeclarationChangesDocument)]!;
    const events: unknown[] = [];
    const unsubscribe = client.subscribe(
      { query: text },
      {
        next: (event) => void events.push(event),
        error: (error) => void events.push(error),
        complete: () => {},
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await addPosition();
    const deadline = performance.now() + 2_000;
    while (events.length === 0 && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    unsubscribe();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ data: { declarationChanges: { node: { changeType: 'CREATED' } } } });
    expect((events[0] as { errors?: unknown }).errors).toBeUndefined();
  });

  it("filter one municipality's changes, and work through another gateway replica than the writer's", async () => {
    const unit = system.population.units[0]!;
    const other = system.population.units.find(
      (candidate) => candidate.municipalityNumber !== unit.municipalityNumber,
    )!;
    // On a worker thread, as in production, where the events' queries run on the workers.
    const replica = await system.startAnotherGateway({ SUBSCRIPTION_POLL_MS: '100', GATEWAY_WORKERS: '1' });
    const onReplica = connection(undefined, replica.url);
    const live = onReplica.subscribe(LiveMunicipalityChangesDocument, {
      municipalityNumber: unit.municipalityNumber,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await as(adminToken, UpdateUnitDocument, { input: { id: other.id, name: 'Annen kommunes enhet' } });
    await as(adminToken, UpdateUnitDocument, { input: { id: unit.id, name: 'Omdøpt live' } });
    const [event] = await live.waitFor(1, 2_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.events).toHaveLength(1);
    const { node } = event!.data!.changes;
    expect(node).toMatchObject({ entityType: 'UNIT', entityId: unit.id, changeType: 'UPDATED' });
    expect(node.municipality?.number).toBe(unit.municipalityNumber);
    expect(node.changedFields).toContain('name');

    // A replica that stops closes its connections as Going Away, which clients retry elsewhere.
    await replica.close();
    await live.ended();
    expect(onReplica.closes.map((close) => close.code)).toEqual([1001]);
  });
});

describe('the WebSocket endpoint', () => {
  it('closes the connection of a token that does not verify with 4403 Forbidden', async () => {
    for (const token of ['not-a-jwt', `${holderToken.slice(0, -4)}AAAA`]) {
      const refused = connection(token);
      const live = refused.subscribe(LiveDeclarationChangesDocument, {});
      const { failure } = await live.ended();
      expect((failure as { code?: number }).code).toBe(4403);
      expect(refused.closes[0]?.code).toBe(4403);
    }
    const malformed = connect(system.gateway.url, 'Basic dXNlcjpwYXNz');
    closers.push(() => malformed.client.dispose());
    const { failure } = await malformed.subscribe(LiveDeclarationChangesDocument, {}).ended();
    expect((failure as { code?: number }).code).toBe(4403);
  });

  it('takes subscriptions only, a few per connection, and over HTTP none', async () => {
    const { client } = connection();
    const query = await new Promise<unknown>((resolve) =>
      client.subscribe(
        { query: '{ parties { code } }' },
        { next: resolve, error: resolve, complete: () => {} },
      ),
    );
    expect(JSON.stringify(query)).toContain('Only subscriptions run over WebSocket');

    const held = [1, 2, 3].map(() => connectionSubscribe(client));
    const fourth = await new Promise<unknown>((resolve) =>
      client.subscribe(
        { query: print(LiveDeclarationChangesDocument) },
        { next: resolve, error: resolve, complete: () => {} },
      ),
    );
    expect(JSON.stringify(fourth)).toContain('RATE_LIMITED');
    for (const unsubscribe of held) unsubscribe();

    const overHttp = await postGraphQL(system.gateway.url, { query: print(LiveDeclarationChangesDocument) });
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses more connections a minute from one address than RATE_LIMIT_PER_MINUTE', async () => {
    const limited = await system.startAnotherGateway({ RATE_LIMIT_PER_MINUTE: '3' });
    const codes: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const connected = connection(undefined, limited.url);
      const live = connected.subscribe(LiveDeclarationChangesDocument, {});
      await new Promise((resolve) => setTimeout(resolve, 100));
      await connected.client.dispose();
      await live.ended().catch(() => undefined);
      codes.push(...connected.closes.map((close) => close.code));
    }
    expect(codes.at(-1)).toBe(4429);
    expect(codes.slice(0, -1)).not.toContain(4429);
  });

  it('ends a subscription whose cursor it did not give out, and closes on a message too large', async () => {
    const badCursor = connection().subscribe(LiveDeclarationChangesDocument, { after: 'not-a-cursor' });
    const [event] = await badCursor.waitFor(1, 2_000);
    expect(event!.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await badCursor.ended()).toMatchObject({ completed: true });

    const large = connection();
    const tooLarge = large.subscribe(LiveDeclarationChangesDocument, { after: 'x'.repeat(70_000) });
    await tooLarge.ended();
    expect(large.closes.map((close) => close.code)).toEqual([1009]);
  });
});

function connectionSubscribe(client: ReturnType<typeof connect>['client']) {
  return client.subscribe(
    { query: print(LiveDeclarationChangesDocument) },
    { next: () => {}, error: () => {}, complete: () => {} },
  );
}
