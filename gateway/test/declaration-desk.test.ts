import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { systemIdentity, type LocalTokenRequest } from '@registers/access';
import { retentionIdentity } from '@registers/interests';
import { auditEntries } from '@registers/platform';
import { and, desc, eq, sql } from 'drizzle-orm';
import { print } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeclarationChangesDocument } from '@registers/client';
import {
  AddPositionDocument,
  ConfirmDeclarationDocument,
  DeleteDeclarationDocument,
  PersonDeclarationDocument,
  RemovePositionDocument,
  UpdateDeclarationDocument,
  UpdatePositionDocument,
} from '../src/generated/operations.ts';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Styrevervregisteret's contact persons keep the declarations of their municipality's persons
 * with them (everything but the consent: publishing, unpublishing, withdrawing the terms), who
 * counts as such coming from the projection of Kommuneregisteret, not from the caller; a
 * declaration is confirmed unchanged, deleted on request, and deleted after four years without
 * either (a clock the test moves).
 */
const demoScale = 0.002;
const A = '4601';
const B = '0301';
const yearMs = 365.25 * 24 * 3_600_000;
const dayMs = 24 * 3_600_000;

let system: System;
const logLines: Record<string, unknown>[] = [];
/** What the test persons are and declare: none of it may be in a log line. */
const personalData: string[] = [];
/** How far the interests subgraph's clock is ahead of the real one. */
let clockAheadMs = 0;
const tokens: Record<string, string> = {};
const unitIn: Record<string, string> = {};

const callers: Record<string, Omit<LocalTokenRequest, 'subject'>> = {
  admin: { roles: ['administrator'] },
  'stv-A': { roles: ['stv-contact'], municipalities: [A] },
  'kr-A': { roles: ['kr-contact'], municipalities: [A] },
};

beforeAll(async () => {
  system = await startSystem({
    demoScale,
    driver: 'postgres',
    logLines,
    interestsOptions: {
      clock: () => new Date(Date.now() + clockAheadMs),
      // Notices are queued here, never sent: they are notices.test.ts's.
      jobsOptions: { pollingIntervalSeconds: 3_600 },
    },
  });
  for (const [subject, request] of Object.entries(callers)) {
    tokens[subject] = await system.tokenFor({ ...request, subject: `test-${subject}` });
  }
  for (const municipalityNumber of [A, B]) {
    unitIn[municipalityNumber] = await adminId(
      'createUnit',
      'unit { id }',
      { municipalityNumber, name: `Servicekontoret ${municipalityNumber}`, kind: 'DEPARTMENT' },
      'unit',
    );
  }
});
afterAll(async () => {
  await system?.close();
});

const db = () => system.interests.database.db;

/** An untyped operation as the administrator, to set up Kommuneregisteret. */
async function adminId(name: string, selection: string, input: Record<string, unknown>, field: string) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const response = await postGraphQL<Record<string, any>>(
    system.gateway.url,
    {
      query: `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { code } } }`,
      variables: { input },
    },
    { authorization: `Bearer ${tokens['admin']}` },
  );
  expect(response.errors, name).toBeUndefined();
  expect(response.data?.[name].userErrors, name).toEqual([]);
  return response.data![name][field].id as string;
}

let serial = 0;
/** A person registered by `registeredIn`, with employments (open unless an end date is given). */
async function personWith(registeredIn: string, roles: { in: string; endDate?: string }[]) {
  const n = ++serial;
  personalData.push(`Skranke${n}`, `Testesen${n}`, `skranke${n}.`);
  const personId = await adminId(
    'addPerson',
    'person { id }',
    {
      municipalityNumber: registeredIn,
      givenName: `Skranke${n}`,
      familyName: `Testesen${n}`,
      email: `skranke${n}.${Date.now()}@example.no`,
    },
    'person',
  );
  for (const role of roles) {
    const employmentId = await adminId(
      'startEmployment',
      'employment { id }',
      { personId, unitId: unitIn[role.in], title: 'Rådgiver', startDate: '2025-01-01' },
      'employment',
    );
    if (role.endDate) {
      await adminId(
        'endEmployment',
        'employment { id }',
        { id: employmentId, endDate: role.endDate },
        'employment',
      );
    }
  }
  await system.interests.follower!.catchUp();
  return personId;
}

/** Sends a typed operation with a bearer token (a caller's name, or a token itself). */
function as<TData, TVariables>(
  caller: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
) {
  const token = tokens[caller] ?? caller;
  return postGraphQL<TData>(
    system.gateway.url,
    { query: print(document), variables },
    { authorization: `Bearer ${token}` },
  );
}

async function declarationOf(personId: string) {
  const response = await as('admin', PersonDeclarationDocument, { personId });
  expect(response.errors).toBeUndefined();
  return response.data!.person!.declaration ?? null;
}

const auditCount = () => db().$count(auditEntries);

const lastAuditOf = async (entityId: string) =>
  (
    await db()
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, entityId))
      .orderBy(desc(auditEntries.id))
      .limit(1)
  )[0];

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.['code']);

/** A declaration of the person with the terms accepted and a position of their own, as the admin. */
async function declared(personId: string, organizationName: string, publish = false) {
  personalData.push(organizationName);
  const terms = await as('admin', UpdateDeclarationDocument, {
    input: { personId, acceptTerms: true, published: publish },
  });
  expect(terms.data?.updateDeclaration.userErrors).toEqual([]);
  const added = await as('admin', AddPositionDocument, {
    input: { personId, category: 'ORGANIZATION_BOARD', organizationName },
  });
  expect(added.data?.addPosition.userErrors).toEqual([]);
  return added.data!.addPosition.position!.id;
}

describe('a contact person keeps a declaration for a person of their municipality', () => {
  let personOfA = '';
  beforeAll(async () => {
    personOfA = await personWith(A, [{ in: A }]);
  });

  it('accepts the terms, adds, changes and removes positions, confirms', async () => {
    const terms = await as('stv-A', UpdateDeclarationDocument, {
      input: { personId: personOfA, acceptTerms: true },
    });
    expect(terms.errors).toBeUndefined();
    expect(terms.data!.updateDeclaration.userErrors).toEqual([]);
    expect(terms.data!.updateDeclaration.declaration).toMatchObject({ published: false });
    expect(terms.data!.updateDeclaration.declaration!.termsAcceptedAt).not.toBeNull();

    const added = await as('stv-A', AddPositionDocument, {
      input: { personId: personOfA, category: 'COMPANY_BOARD', organizationName: 'Fjordkraft AS' },
    });
    expect(added.data!.addPosition.userErrors).toEqual([]);
    const positionId = added.data!.addPosition.position!.id;
    const changed = await as('stv-A', UpdatePositionDocument, {
      input: { id: positionId, role: 'Styreleder' },
    });
    expect(changed.data!.updatePosition.userErrors).toEqual([]);
    expect(changed.data!.updatePosition.position!.role).toBe('Styreleder');
    expect(await lastAuditOf(positionId)).toMatchObject({ actor: 'test-stv-A', action: 'updated' });

    const confirmed = await as('stv-A', ConfirmDeclarationDocument, { input: { personId: personOfA } });
    expect(confirmed.data!.confirmDeclaration.userErrors).toEqual([]);
    expect(confirmed.data!.confirmDeclaration.declaration!.confirmedAt).not.toBeNull();

    const removed = await as('stv-A', RemovePositionDocument, { input: { id: positionId } });
    expect(removed.data!.removePosition).toEqual({ removedPositionId: positionId, userErrors: [] });
  });

  it('may not publish, unpublish or withdraw the terms on their behalf', async () => {
    for (const input of [
      { personId: personOfA, published: true },
      { personId: personOfA, published: false },
      { personId: personOfA, acceptTerms: true, published: true },
      { personId: personOfA, acceptTerms: false },
    ]) {
      const before = await auditCount();
      const response = await as('stv-A', UpdateDeclarationDocument, { input });
      expect(codes(response), JSON.stringify(input)).toEqual(['FORBIDDEN']);
      expect(response.data?.updateDeclaration ?? null).toBeNull();
      expect(await auditCount()).toBe(before);
    }
    // The person may (here an administrator, who may too).
    const published = await as('admin', UpdateDeclarationDocument, {
      input: { personId: personOfA, published: true },
    });
    expect(published.data!.updateDeclaration.declaration!.published).toBe(true);
  });
});

describe('a contact person is refused', () => {
  /** Every change a contact person could try on the person's declaration, each refused. */
  async function expectRefused(caller: string, personId: string) {
    const positionId = await declared(personId, `Idrettslaget ${++serial}`);
    const attempts = [
      () => as(caller, UpdateDeclarationDocument, { input: { personId, acceptTerms: true } }),
      () =>
        as(caller, AddPositionDocument, {
          input: { personId, category: 'PAID_WORK', organizationName: `Konsulent ${++serial}` },
        }),
      () => as(caller, UpdatePositionDocument, { input: { id: positionId, role: 'Kasserer' } }),
      () => as(caller, RemovePositionDocument, { input: { id: positionId } }),
      () => as(caller, ConfirmDeclarationDocument, { input: { personId } }),
      () => as(caller, DeleteDeclarationDocument, { input: { personId } }),
    ];
    for (const attempt of attempts) {
      const before = await auditCount();
      const response = await attempt();
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await auditCount()).toBe(before);
    }
    const declaration = await declarationOf(personId);
    expect(declaration?.confirmedAt).toBeNull();
    expect(declaration?.positions.map((position) => position.id)).toContain(positionId);
  }

  it('for a person of another municipality', async () => {
    await expectRefused('stv-A', await personWith(B, [{ in: B }]));
  });

  it('for a person of another municipality whose role in theirs has ended', async () => {
    await expectRefused('stv-A', await personWith(B, [{ in: B }, { in: A, endDate: '2026-06-30' }]));
  });

  it('for a person of another municipality with a current role in theirs: a role grants nothing', async () => {
    await expectRefused('stv-A', await personWith(B, [{ in: A }]));
  });

  it("as Kommuneregisteret's contact person only", async () => {
    await expectRefused('kr-A', await personWith(A, [{ in: A }]));
  });
});

describe('a holder signed in by their personal link', () => {
  it('keeps their own declaration and cannot touch anyone else’s', async () => {
    const holder = await personWith(A, [{ in: A }]);
    const neighbour = await personWith(A, [{ in: A }]);
    const { token } = await system.interests.notices.store.issueSignInLink(systemIdentity('test'), holder);
    const own = await as(token, ConfirmDeclarationDocument, { input: { personId: holder } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.confirmDeclaration.userErrors).toEqual([]);
    const positionId = await declared(neighbour, 'Nabolaget velforening');
    for (const attempt of [
      () => as(token, ConfirmDeclarationDocument, { input: { personId: neighbour } }),
      () => as(token, DeleteDeclarationDocument, { input: { personId: neighbour } }),
      () => as(token, UpdatePositionDocument, { input: { id: positionId, role: 'Leder' } }),
      () =>
        as(token, AddPositionDocument, {
          input: { personId: neighbour, category: 'GIFT', organizationName: 'Gavegiver AS' },
        }),
    ]) {
      expect(codes(await attempt())).toEqual(['FORBIDDEN']);
    }
    expect((await declarationOf(neighbour))?.confirmedAt).toBeNull();
  });
});

describe('confirming a declaration unchanged', () => {
  it('records when, audited, and keeps the rest as it was', async () => {
    const personId = await personWith(A, [{ in: A }]);
    await declared(personId, 'Historielaget');
    const before = await declarationOf(personId);
    const at = Date.now();
    const response = await as('admin', ConfirmDeclarationDocument, { input: { personId } });
    expect(response.data!.confirmDeclaration.userErrors).toEqual([]);
    const confirmedAt = new Date(response.data!.confirmDeclaration.declaration!.confirmedAt as string);
    expect(Math.abs(confirmedAt.getTime() - at)).toBeLessThan(60_000);
    expect(response.data!.confirmDeclaration.declaration!.updatedAt).toBe(before!.updatedAt);
    expect(await lastAuditOf(personId)).toMatchObject({ actor: 'test-admin', action: 'updated' });
  });

  it('is NOT_FOUND without a declaration, UNKNOWN_PERSON for a person Kommuneregisteret does not know', async () => {
    const withoutRoles = await personWith(A, []);
    const none = await as('admin', ConfirmDeclarationDocument, { input: { personId: withoutRoles } });
    expect(none.data!.confirmDeclaration.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const unknown = await as('admin', ConfirmDeclarationDocument, { input: { personId: randomUUID() } });
    expect(unknown.data!.confirmDeclaration.userErrors.map((error) => error.code)).toEqual([
      'UNKNOWN_PERSON',
    ]);
    const invalid = await as('admin', ConfirmDeclarationDocument, { input: { personId: 'x' } });
    expect(invalid.data!.confirmDeclaration.userErrors.map((error) => error.code)).toEqual(['INVALID']);
  });
});

async function feedEventsOf(personId: string) {
  const response = await as('admin', DeclarationChangesDocument, { first: 1000 });
  expect(response.errors).toBeUndefined();
  return response
    .data!.declarationChanges.edges.map((edge) => edge.node)
    .filter((node) => node.person.id === personId);
}

const signInLinkCount = async (personId: string) =>
  Number(
    (
      (await db().execute(
        sql`select count(*)::int as n from sign_in_links where person_id = ${personId}`,
      )) as unknown as {
        n: number;
      }[]
    )[0]!.n,
  );

const pendingNoticeCount = async (personId: string) =>
  Number(
    (
      (await db().execute(
        sql`select count(*)::int as n from pending_change_notices where person_id = ${personId}`,
      )) as unknown as { n: number }[]
    )[0]!.n,
  );

describe('deleting a person’s data', () => {
  it('removes what they gave, keeps the positions from Kommuneregisteret, DELETED in the feed, audited without what it said', async () => {
    const personId = await personWith(A, [{ in: A }]);
    const positionId = await declared(personId, 'Hemmelig eiendom AS', true);
    const { token } = await system.interests.notices.store.issueSignInLink(systemIdentity('test'), personId);
    await db().execute(
      sql`insert into pending_change_notices (person_id, since) values (${personId}, now()) on conflict do nothing`,
    );
    expect(await signInLinkCount(personId)).toBe(1);

    const response = await as('stv-A', DeleteDeclarationDocument, { input: { personId } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.deleteDeclaration).toEqual({
      deletedPersonId: personId,
      declaration: { published: false, termsAcceptedAt: null, positions: [{ source: 'KOMMUNEREGISTERET' }] },
      userErrors: [],
    });
    const after = await declarationOf(personId);
    expect(after).toMatchObject({ published: false, termsAcceptedAt: null, confirmedAt: null });
    expect(after!.positions.map((position) => position.id)).not.toContain(positionId);
    expect(await signInLinkCount(personId)).toBe(0);
    expect(await pendingNoticeCount(personId)).toBe(0);
    // The link no longer signs anyone in.
    expect((await as(token, PersonDeclarationDocument, { personId })).status).toBe(401);

    const events = await feedEventsOf(personId);
    expect(events.at(-1)).toMatchObject({ entityType: 'DECLARATION', changeType: 'DELETED' });

    const audit = await lastAuditOf(personId);
    expect(audit).toMatchObject({ actor: 'test-stv-A', entityType: 'DECLARATION' });
    expect(audit!.before).toMatchObject({ published: true, termsAccepted: true, selfDeclaredPositions: 1 });
    expect(JSON.stringify(audit)).not.toContain('Hemmelig eiendom');
  });

  it('leaves no declaration for a person without roles, and then finds nothing to delete', async () => {
    const personId = await personWith(A, []);
    await declared(personId, 'Sangkoret');
    const deleted = await as('admin', DeleteDeclarationDocument, { input: { personId } });
    expect(deleted.data!.deleteDeclaration).toEqual({
      deletedPersonId: personId,
      declaration: null,
      userErrors: [],
    });
    expect(await declarationOf(personId)).toBeNull();
    expect(await lastAuditOf(personId)).toMatchObject({ action: 'deleted' });
    const again = await as('admin', DeleteDeclarationDocument, { input: { personId } });
    expect(again.data!.deleteDeclaration.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    const unknown = await as('admin', DeleteDeclarationDocument, { input: { personId: randomUUID() } });
    expect(unknown.data!.deleteDeclaration.userErrors.map((error) => error.code)).toEqual(['UNKNOWN_PERSON']);
  });

  it('puts nothing in the feed for an unpublished declaration', async () => {
    const personId = await personWith(A, [{ in: A }]);
    await declared(personId, 'Turlaget');
    const deleted = await as('admin', DeleteDeclarationDocument, { input: { personId } });
    expect(deleted.data!.deleteDeclaration.userErrors).toEqual([]);
    expect(await feedEventsOf(personId)).toEqual([]);
  });
});

describe('the four-year rule', () => {
  const setUpdatedAt = (personId: string, yearsAgo: number) =>
    db().execute(
      sql`update declarations set updated_at = now() - make_interval(years => ${yearsAgo}) where person_id = ${personId}`,
    );
  const hasOwnData = async (personId: string) => {
    const declaration = await declarationOf(personId);
    return (
      declaration?.termsAcceptedAt != null && declaration.positions.some((p) => p.source === 'SELF_DECLARED')
    );
  };
  const sweepAt = async (aheadMs: number) => {
    clockAheadMs = aheadMs;
    try {
      await system.interests.follower!.sweep();
    } finally {
      clockAheadMs = 0;
    }
  };

  it('deletes a declaration neither changed nor confirmed for four years; a confirmation restarts them', async () => {
    const recent = await personWith(A, [{ in: A }]);
    const published = await personWith(A, [{ in: A }]);
    const old = await personWith(A, [{ in: A }]);
    const oldButConfirmed = await personWith(A, [{ in: A }]);
    await declared(recent, 'Skolekorpset');
    await declared(published, 'Båtforeningen', true);
    await declared(old, 'Gamle venner');
    await declared(oldButConfirmed, 'Gamle venner');
    await setUpdatedAt(old, 5);
    await setUpdatedAt(oldButConfirmed, 5);
    const confirmed = await as('admin', ConfirmDeclarationDocument, { input: { personId: oldButConfirmed } });
    expect(confirmed.data!.confirmDeclaration.userErrors).toEqual([]);

    await sweepAt(0);
    expect(await hasOwnData(old)).toBe(false);
    for (const kept of [recent, published, oldButConfirmed]) expect(await hasOwnData(kept)).toBe(true);
    expect(await lastAuditOf(old)).toMatchObject({ actor: retentionIdentity.subject });
    // Its positions from Kommuneregisteret stay while the role does.
    expect((await declarationOf(old))!.positions.map((p) => p.source)).toEqual(['KOMMUNEREGISTERET']);

    await sweepAt(4 * yearMs - dayMs);
    for (const kept of [recent, published, oldButConfirmed]) expect(await hasOwnData(kept)).toBe(true);

    await sweepAt(4 * yearMs + dayMs);
    for (const gone of [recent, published, oldButConfirmed]) expect(await hasOwnData(gone)).toBe(false);
    expect((await feedEventsOf(published)).at(-1)).toMatchObject({
      entityType: 'DECLARATION',
      changeType: 'DELETED',
    });
    const audited = await db()
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, published), eq(auditEntries.actor, retentionIdentity.subject!)));
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited)).not.toContain('Båtforeningen');
  });
});

describe('logs', () => {
  it('name no person, address or declared interest', () => {
    expect(logLines.length).toBeGreaterThan(0);
    const text = JSON.stringify(logLines);
    for (const datum of personalData) expect(text).not.toContain(datum);
  });
});
