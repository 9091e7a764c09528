import { and, eq, exists, isNotNull, lt, or, sql } from 'drizzle-orm';
import { systemIdentity, type Identity } from '@registers/access';
import type { InterestsDatabase } from '../../db/index.ts';
import { declarations, positions } from '../../db/schema/index.ts';
import { deletePersonData } from './store.ts';

/** A declaration neither changed nor confirmed for this long is deleted (the register's rules). */
export const retentionYears = 4;

/** The four-year deletion is no one's request: it is audited as the register's own. */
export const retentionIdentity = systemIdentity('retention:interests');

/** The same day and time `years` calendar years earlier. */
const yearsBefore = (now: Date, years: number) => {
  const then = new Date(now);
  then.setUTCFullYear(then.getUTCFullYear() - years);
  return then;
};

/**
 * Deletes what persons gave the register (see `deletePersonData`) once their declaration has
 * been neither changed nor confirmed for four years, counted from the later of `updatedAt` and
 * `confirmedAt`; changes of its positions from Kommuneregisteret do not count, nor keep a
 * declaration that holds nothing else (those end with their roles, see the follower's sweep).
 * One transaction per person, which looks again on the locked row, so a confirmation made
 * meanwhile keeps the declaration. Returns the persons whose data was deleted.
 */
export async function deleteUnconfirmedDeclarations(
  db: InterestsDatabase,
  now: Date,
  who: Identity = retentionIdentity,
): Promise<string[]> {
  // A parameter compared with an SQL expression is not mapped as a timestamp: cast it.
  const cutoff = sql`${yearsBefore(now, retentionYears).toISOString()}::timestamptz`;
  // greatest() skips a null: a declaration never confirmed counts from its last change.
  const lastConfirmed = sql<Date>`greatest(${declarations.updatedAt}, ${declarations.confirmedAt})`;
  const selfDeclared = db
    .select({ one: sql`1` })
    .from(positions)
    .where(and(eq(positions.personId, declarations.personId), eq(positions.source, 'SELF_DECLARED')));
  const candidates = await db
    .select({ personId: declarations.personId })
    .from(declarations)
    .where(
      and(
        lt(lastConfirmed, cutoff),
        or(isNotNull(declarations.termsAcceptedAt), eq(declarations.published, true), exists(selfDeclared)),
      ),
    );
  const deleted: string[] = [];
  for (const { personId } of candidates) {
    await db.transaction(async (tx) => {
      const [stale] = await tx
        .select({ personId: declarations.personId })
        .from(declarations)
        .where(and(eq(declarations.personId, personId), lt(lastConfirmed, cutoff)))
        .for('update');
      if (!stale) return;
      await deletePersonData(tx, who, personId, `neither changed nor confirmed for ${retentionYears} years`);
      deleted.push(personId);
    });
  }
  return deleted;
}
