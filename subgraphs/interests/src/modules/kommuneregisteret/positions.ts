import { and, eq, inArray, or } from 'drizzle-orm';
import type { Identity } from '@registers/access';
import { anyOf, writeAuditEntry } from '@registers/platform';
import type { InterestsTransaction } from '../../db/index.ts';
import { declarations, positions, type NewPositionRow, type PositionRow } from '../../db/schema/index.ts';
import { DeclarationFeed } from '../changes/record.ts';
import type { PersonRoleFacts, RoleFact } from './client.ts';

type KrPosition = Pick<
  NewPositionRow,
  'category' | 'organizationName' | 'organizationNumber' | 'role' | 'startDate' | 'endDate'
>;

const membershipRoles: Record<string, string> = {
  LEADER: 'Leder',
  DEPUTY_LEADER: 'Nestleder',
  MEMBER: 'Medlem',
  SUBSTITUTE: 'Varamedlem',
};

const companyRoles: Record<string, string> = {
  CHIEF_EXECUTIVE: 'Daglig leder',
  BOARD_CHAIR: 'Styreleder',
  BOARD_MEMBER: 'Styremedlem',
  DEPUTY_BOARD_MEMBER: 'Varamedlem til styret',
};

/** The position a role in Kommuneregisteret is shown as. */
export function positionOfRole(
  role: Omit<RoleFact, 'id' | 'municipalityNumber' | 'organizationId'>,
): KrPosition {
  const base = {
    organizationName: role.organizationName,
    organizationNumber: role.organizationNumber,
    startDate: role.startDate,
    endDate: role.endDate,
  };
  switch (role.kind) {
    case 'EMPLOYMENT':
      return { ...base, category: 'MUNICIPAL_EMPLOYMENT', role: role.role };
    case 'MEMBERSHIP':
      return { ...base, category: 'ELECTED_OFFICE', role: membershipRoles[role.role] ?? role.role };
    case 'COMPANY_ROLE':
      return { ...base, category: 'MUNICIPAL_COMPANY_ROLE', role: companyRoles[role.role] ?? role.role };
  }
}

const samePosition = (row: PositionRow, position: KrPosition) =>
  row.category === position.category &&
  row.organizationName === position.organizationName &&
  row.organizationNumber === position.organizationNumber &&
  row.role === position.role &&
  row.startDate === position.startDate &&
  row.endDate === position.endDate;

/**
 * Keeps the positions from Kommuneregisteret of these persons in step with their roles there:
 * every role is a position of its holder (with a declaration made for a holder who has none,
 * unpublished), changed with it, and removed when the role is. Each change is audited as the
 * follower's and, in a published declaration, in the feed; all in the page's transaction.
 */
export async function syncKommuneregisteretPositions(
  tx: InterestsTransaction,
  who: Identity,
  personIds: readonly string[],
  facts: readonly PersonRoleFacts[],
): Promise<void> {
  if (personIds.length === 0) return;
  const holders = facts.filter((person) => person.roles.length > 0).map((person) => person.personId);
  if (holders.length > 0) {
    await tx
      .insert(declarations)
      .values(holders.map((personId) => ({ personId })))
      .onConflictDoNothing();
  }
  const roleIds = facts.flatMap((person) => person.roles.map((role) => role.id));
  // A role's position wherever it is: a role given to another person (a merge in KR) moves.
  const current = await tx
    .select()
    .from(positions)
    .where(
      and(
        or(anyOf(positions.personId, personIds, 'uuid'), anyOf(positions.krRoleId, roleIds, 'uuid')),
        eq(positions.source, 'KOMMUNEREGISTERET'),
      ),
    );
  const declarationRows = await tx
    .select()
    .from(declarations)
    .where(
      anyOf(
        declarations.personId,
        [...new Set([...personIds, ...current.map((row) => row.personId)])],
        'uuid',
      ),
    );
  const declarationOf = new Map(declarationRows.map((row) => [row.personId, row]));
  const byRole = new Map(current.map((row) => [row.krRoleId, row]));
  const feed = new DeclarationFeed();
  const audit = (entityId: string, before: PositionRow | null, after: PositionRow | null) =>
    writeAuditEntry(tx, who, {
      entityType: 'POSITION',
      entityId,
      action: !before ? 'created' : !after ? 'deleted' : 'updated',
      before,
      after,
    });
  const kept = new Set<string>();
  for (const person of facts) {
    for (const role of person.roles) {
      kept.add(role.id);
      const position = positionOfRole(role);
      const existing = byRole.get(role.id);
      const moved = existing !== undefined && existing.personId !== person.personId;
      if (existing && !moved && samePosition(existing, position)) continue;
      const [after] = existing
        ? await tx
            .update(positions)
            .set({ ...position, personId: person.personId })
            .where(eq(positions.id, existing.id))
            .returning()
        : await tx
            .insert(positions)
            .values({
              ...position,
              personId: person.personId,
              source: 'KOMMUNEREGISTERET',
              krRoleId: role.id,
            })
            .returning();
      await audit(after!.id, existing ?? null, after!);
      if (moved) {
        // Gone from one declaration, new in the other: each as its own public feed says.
        feed.position(declarationOf.get(existing.personId), existing, null);
        feed.position(declarationOf.get(person.personId), null, after);
      } else {
        feed.position(declarationOf.get(person.personId), existing, after);
      }
    }
  }
  const removed = current.filter((row) => !kept.has(row.krRoleId!));
  if (removed.length > 0) {
    await tx.delete(positions).where(
      inArray(
        positions.id,
        removed.map((row) => row.id),
      ),
    );
    for (const row of removed) {
      await audit(row.id, row, null);
      feed.position(declarationOf.get(row.personId), row, null);
    }
  }
  await feed.write(tx);
}
