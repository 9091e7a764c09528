import { eq, inArray, sql } from 'drizzle-orm';
import { anyOf } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import {
  feedCursors,
  krPersons,
  krRoles,
  type FeedCursorRow,
  type KrPersonRow,
} from '../../db/schema/index.ts';
import { followerIdentity, type PersonRoleFacts } from './client.ts';
import { recordLapses } from './lapses.ts';
import { syncKommuneregisteretPositions } from './positions.ts';

export const municipalityFeed = 'municipality';

/** What one page of the feed brought: the facts of the persons it touched, and where it ended. */
export interface AppliedPage {
  /** The persons the page's changes concern; those missing from `facts` are gone from KR. */
  personIds: readonly string[];
  facts: readonly PersonRoleFacts[];
  /** The cursor the page was read from, and the last sequence and cursor it reached. */
  from: number;
  sequence: number;
  cursor: string | null;
}

/**
 * The projection of Kommuneregisteret's role facts, and the follower's cursor. The follower is
 * its only writer; a page's facts and the cursor after it are written in one transaction.
 */
export class ProjectionStore {
  constructor(private readonly db: InterestsDatabase) {}

  async cursorOf(feed: string): Promise<FeedCursorRow | undefined> {
    const [row] = await this.db.select().from(feedCursors).where(eq(feedCursors.feed, feed));
    return row;
  }

  /** The persons Kommuneregisteret knows, with the municipality that registered them. */
  personsByIds(personIds: readonly string[]): Promise<KrPersonRow[]> {
    return this.db
      .select()
      .from(krPersons)
      .where(anyOf(krPersons.personId, personIds, 'uuid'));
  }

  /**
   * The persons the projection has holding these roles: a role's earlier holder, when KR gave
   * it to another person (a merge), whose facts must lose it.
   */
  async holdersOfRoles(roleIds: readonly string[]): Promise<string[]> {
    if (roleIds.length === 0) return [];
    const rows = await this.db
      .selectDistinct({ personId: krRoles.personId })
      .from(krRoles)
      .where(anyOf(krRoles.id, roleIds, 'uuid'));
    return rows.map((row) => row.personId);
  }

  /** The persons holding a role in these organisations (units, bodies, companies). */
  async personsInOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows = await this.db
      .selectDistinct({ personId: krRoles.personId })
      .from(krRoles)
      .where(anyOf(krRoles.organizationId, organizationIds, 'uuid'));
    return rows.map((row) => row.personId);
  }

  /**
   * Applies a page: each person's facts replace what was kept of them, a person KR no longer
   * knows is dropped, their positions from KR follow their roles, and the cursor moves, all in
   * one transaction (`after` runs in it too). A page already applied (the cursor is past where it was read
   * from, e.g. by a follower that was stopped after committing and before acknowledging) is
   * skipped, so nothing is applied twice, also by two replicas following at once (the cursor's
   * row is locked). Returns whether it was applied.
   */
  async applyPage(
    page: AppliedPage,
    after: (tx: InterestsTransaction, personIds: readonly string[]) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // The row exists before it is locked: with none yet, two replicas' followers would both
      // lock nothing, both apply the first page, and the later commit could move the cursor back.
      // The second insert waits for the first's commit and then finds the row there.
      await tx.insert(feedCursors).values({ feed: municipalityFeed, sequence: 0 }).onConflictDoNothing();
      const [cursor] = await tx
        .select()
        .from(feedCursors)
        .where(eq(feedCursors.feed, municipalityFeed))
        .for('update');
      if ((cursor?.sequence ?? 0) !== page.from) return false;
      await replaceFacts(tx, page.personIds, page.facts);
      await syncKommuneregisteretPositions(tx, followerIdentity, page.personIds, page.facts);
      await recordLapses(tx, page.personIds, page.facts, new Date());
      await after(tx, page.personIds);
      const values = { sequence: page.sequence, cursor: page.cursor, updatedAt: new Date() };
      await tx
        .insert(feedCursors)
        .values({ feed: municipalityFeed, ...values })
        .onConflictDoUpdate({ target: feedCursors.feed, set: values });
      return true;
    });
  }
}

/** Replaces the kept facts of these persons with KR's (none: the person is gone). */
export async function replaceFacts(
  tx: InterestsTransaction,
  personIds: readonly string[],
  facts: readonly PersonRoleFacts[],
): Promise<void> {
  if (personIds.length === 0) return;
  await tx.delete(krRoles).where(anyOf(krRoles.personId, personIds, 'uuid'));
  // A role of these persons still kept under an earlier holder (given to them by a merge).
  const roleIds = facts.flatMap((person) => person.roles.map((role) => role.id));
  if (roleIds.length > 0) await tx.delete(krRoles).where(anyOf(krRoles.id, roleIds, 'uuid'));
  const known = new Set(facts.map((person) => person.personId));
  const gone = personIds.filter((id) => !known.has(id));
  if (gone.length > 0) await tx.delete(krPersons).where(inArray(krPersons.personId, gone));
  if (facts.length > 0) {
    await tx
      .insert(krPersons)
      .values(facts.map(({ personId, municipalityNumber }) => ({ personId, municipalityNumber })))
      .onConflictDoUpdate({
        target: krPersons.personId,
        set: { municipalityNumber: sql`excluded.municipality_number`, updatedAt: sql`now()` },
      });
  }
  const roles = facts.flatMap((person) =>
    person.roles.map((role) => ({
      id: role.id,
      personId: person.personId,
      kind: role.kind,
      municipalityNumber: role.municipalityNumber,
      organizationId: role.organizationId,
      startDate: role.startDate,
      endDate: role.endDate,
    })),
  );
  if (roles.length > 0) await tx.insert(krRoles).values(roles);
}
