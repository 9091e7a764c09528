import { randomUUID } from 'node:crypto';
import { createLogger, openDatabase, type OpenDatabase } from '@registers/platform';
import { createTestDatabase, type TestDatabase } from '@registers/platform/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder, schema } from '../src/db/index.ts';
import { declarations, krPersons, positions, signInLinks } from '../src/db/schema/index.ts';
import { deleteUnconfirmedDeclarations, retentionIdentity } from '../src/modules/declarations/retention.ts';

/**
 * The four-year rule on the drivers the subgraph runs on (PGlite by default, PostgreSQL in
 * production): what counts as the last change or confirmation, and what a deletion leaves.
 * The whole system's version, through the follower's sweep and the gateway, is
 * gateway/test/declaration-desk.test.ts.
 */
const now = new Date('2030-06-15T12:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);
const fourYears = 1461; // 2026-06-15 to 2030-06-15, with 29 February 2028

describe.each(['pglite', 'postgres'] as const)('the four-year rule on %s', (driver) => {
  let server: TestDatabase | undefined;
  let database: OpenDatabase<typeof schema>;
  const db = () => database.db;

  beforeAll(async () => {
    server = driver === 'postgres' ? await createTestDatabase('interests_retention') : undefined;
    database = await openDatabase({
      url: server?.url,
      dataDir: 'memory://',
      schema,
      migrationsFolder,
      logger: createLogger('retention-test', 'silent'),
    });
  });
  afterAll(async () => {
    await database?.close();
    await server?.drop();
  });

  /** A declaration with the terms accepted and one interest of the person's own. */
  async function declaration(values: {
    updatedAt: Date;
    confirmedAt?: Date;
    fromKommuneregisteret?: boolean;
  }) {
    const personId = randomUUID();
    await db().insert(krPersons).values({ personId, municipalityNumber: '4601' });
    await db()
      .insert(declarations)
      .values({ personId, termsAcceptedAt: values.updatedAt, published: true, ...values });
    await db().insert(positions).values({ personId, category: 'OTHER', organizationName: 'Eget verv' });
    if (values.fromKommuneregisteret) {
      await db().insert(positions).values({
        personId,
        category: 'MUNICIPAL_EMPLOYMENT',
        organizationName: 'Bergen kommune',
        source: 'KOMMUNEREGISTERET',
        krRoleId: randomUUID(),
      });
    }
    await db()
      .insert(signInLinks)
      .values({ personId, tokenHash: randomUUID(), issuedAt: values.updatedAt, expiresAt: now });
    return personId;
  }

  const declarationOf = async (personId: string) =>
    (await db().select().from(declarations).where(eq(declarations.personId, personId)))[0];
  const sourcesOf = async (personId: string) =>
    (await db().select().from(positions).where(eq(positions.personId, personId))).map((row) => row.source);

  it('counts four years from the later of the last change and the last confirmation', async () => {
    const changedJustInTime = await declaration({ updatedAt: daysBefore(fourYears - 1) });
    const changedTooLongAgo = await declaration({ updatedAt: daysBefore(fourYears + 1) });
    const confirmedSince = await declaration({
      updatedAt: daysBefore(fourYears + 400),
      confirmedAt: daysBefore(fourYears - 1),
    });
    const confirmedTooLongAgo = await declaration({
      updatedAt: daysBefore(fourYears + 400),
      confirmedAt: daysBefore(fourYears + 1),
    });

    const deleted = await deleteUnconfirmedDeclarations(db(), now);

    expect(deleted.sort()).toEqual([changedTooLongAgo, confirmedTooLongAgo].sort());
    for (const kept of [changedJustInTime, confirmedSince]) expect(await declarationOf(kept)).toBeDefined();
    for (const gone of [changedTooLongAgo, confirmedTooLongAgo]) {
      expect(await declarationOf(gone)).toBeUndefined();
      expect(await db().$count(signInLinks, eq(signInLinks.personId, gone))).toBe(0);
    }
    // Nothing is due twice.
    expect(await deleteUnconfirmedDeclarations(db(), now)).toEqual([]);
  });

  it('keeps the positions from Kommuneregisteret in an unpublished declaration, and deletes it no more', async () => {
    const holder = await declaration({ updatedAt: daysBefore(fourYears + 1), fromKommuneregisteret: true });
    expect(await deleteUnconfirmedDeclarations(db(), now)).toEqual([holder]);
    expect(await declarationOf(holder)).toMatchObject({
      termsAcceptedAt: null,
      published: false,
      confirmedAt: null,
    });
    expect(await sourcesOf(holder)).toEqual(['KOMMUNEREGISTERET']);
    // Four years on, it holds nothing of the person's to delete.
    const later = new Date(now.getTime() + fourYears * 2 * 86_400_000);
    expect(await deleteUnconfirmedDeclarations(db(), later)).not.toContain(holder);
    expect(await sourcesOf(holder)).toEqual(['KOMMUNEREGISTERET']);
  });

  it('is audited as the register itself', async () => {
    const personId = await declaration({ updatedAt: daysBefore(fourYears + 1) });
    await deleteUnconfirmedDeclarations(db(), now);
    const rows = await database.executeSql(
      'select actor, action from audit_entries where entity_id = $1 order by id desc limit 1',
      [personId],
    );
    expect(rows.rows[0]).toEqual({ actor: retentionIdentity.subject, action: 'deleted' });
  });
});
