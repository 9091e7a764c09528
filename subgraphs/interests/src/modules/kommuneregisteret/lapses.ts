import { and, eq, gte, isNull, notExists, or, sql } from 'drizzle-orm';
import type { Identity } from '@registers/access';
import { anyOf, writeAuditEntry } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import { declarations, krRoleLapses, krRoles, positions } from '../../db/schema/index.ts';
import { DeclarationFeed } from '../changes/record.ts';
import type { PersonRoleFacts } from './client.ts';

/**
 * How long a person keeps their declaration after their last qualifying role in
 * Kommuneregisteret ended or was removed: long enough for a change of post or a late
 * registration of a new one, short enough that the register holds only its position holders.
 */
export const roleGraceDays = 30;

const dayMs = 24 * 60 * 60 * 1000;
const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/** A role qualifies while it has not ended. */
const qualifies = (role: { endDate: string | null }, today: string) => !role.endDate || role.endDate >= today;

/**
 * In a page's transaction: starts the grace period of the persons left without a qualifying
 * role (removed roles leave no end date to count from), and ends it for those with one again.
 */
export async function recordLapses(
  tx: InterestsTransaction,
  personIds: readonly string[],
  facts: readonly PersonRoleFacts[],
  now: Date,
): Promise<void> {
  if (personIds.length === 0) return;
  const today = isoDate(now);
  const holding = new Set(
    facts.filter((person) => person.roles.some((role) => qualifies(role, today))).map((p) => p.personId),
  );
  if (holding.size > 0)
    await tx.delete(krRoleLapses).where(anyOf(krRoleLapses.personId, [...holding], 'uuid'));
  const lapsed = personIds.filter((id) => !holding.has(id));
  if (lapsed.length > 0) {
    await tx
      .insert(krRoleLapses)
      .values(lapsed.map((personId) => ({ personId, since: now })))
      .onConflictDoNothing();
  }
}

/**
 * Deletes the declarations (with their positions) of persons who have held no qualifying role
 * in Kommuneregisteret for the grace period: counted from their last role's end date, or from
 * when the follower saw their last role removed (or, for one who never had any, from the first
 * sweep that found them so). Each deletion is audited as `who` and, for a published
 * declaration, a DELETED event in the feed; one transaction per person. Returns the persons
 * whose declarations were deleted.
 */
export async function deleteLapsedHolders(
  db: InterestsDatabase,
  who: Identity,
  now: Date,
  graceDays = roleGraceDays,
): Promise<string[]> {
  const today = isoDate(now);
  const cutoff = new Date(now.getTime() - graceDays * dayMs);
  const lastEnd = sql<
    string | null
  >`(select max(${krRoles.endDate})::text from ${krRoles} where ${krRoles.personId} = ${declarations.personId})`;
  const holdsRole = db
    .select({ one: sql`1` })
    .from(krRoles)
    .where(
      and(
        eq(krRoles.personId, declarations.personId),
        or(isNull(krRoles.endDate), gte(krRoles.endDate, today)),
      ),
    );
  const candidates = await db
    .select({ personId: declarations.personId, since: krRoleLapses.since, lastEnd })
    .from(declarations)
    .leftJoin(krRoleLapses, eq(krRoleLapses.personId, declarations.personId))
    .where(notExists(holdsRole));
  const deleted: string[] = [];
  for (const candidate of candidates) {
    const { personId } = candidate;
    const since = candidate.since ?? (candidate.lastEnd ? new Date(candidate.lastEnd) : null);
    if (!since) {
      await db.insert(krRoleLapses).values({ personId, since: now }).onConflictDoNothing();
      continue;
    }
    if (since > cutoff) continue;
    await db.transaction(async (tx) => {
      const [declaration] = await tx
        .select()
        .from(declarations)
        .where(eq(declarations.personId, personId))
        .for('update');
      if (!declaration) return;
      const held = await tx.select().from(positions).where(eq(positions.personId, personId));
      await tx.delete(declarations).where(eq(declarations.personId, personId));
      await tx.delete(krRoleLapses).where(eq(krRoleLapses.personId, personId));
      await writeAuditEntry(tx, who, {
        entityType: 'DECLARATION',
        entityId: personId,
        action: 'deleted',
        before: {
          ...declaration,
          positions: held,
          reason: `no role in Kommuneregisteret for ${graceDays} days`,
        },
        after: null,
      });
      const feed = new DeclarationFeed();
      feed.declaration(personId, declaration, null);
      await feed.write(tx);
      deleted.push(personId);
    });
  }
  return deleted;
}
