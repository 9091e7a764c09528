import { and, asc, eq, isNotNull, or } from 'drizzle-orm';
import { identifiers, userError, type UserError } from '@registers/graphql-kit';
import { authorize, type Identity } from '@registers/access';
import { anyOf, jsonRowsOf, violatedConstraint, writeAuditEntry } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import {
  declarations,
  krPersons,
  pendingChangeNotices,
  positions,
  signInLinks,
  type DeclarationRow,
  type KrPersonRow,
  type NewPositionRow,
  type PositionRow,
} from '../../db/schema/index.ts';
import { DeclarationFeed } from '../changes/record.ts';
import { positionUserErrors } from './position-rules.ts';

export interface DeclarationChanges {
  personId: string;
  acceptTerms?: boolean | null;
  published?: boolean | null;
}

export type NewPosition = Omit<NewPositionRow, 'id'>;

/** A declaration anyone may read: published, on terms its holder accepted. */
export const isPublished = (declaration: DeclarationRow) =>
  declaration.published && declaration.termsAcceptedAt !== null;

/** `isPublished`, as a condition on the table. */
const publishedCondition = and(eq(declarations.published, true), isNotNull(declarations.termsAcceptedAt));

/** Read for every person of an `_entities` call (tens of thousands), each as one JSON value. */
const declarationRows = jsonRowsOf(declarations);
const positionRowsByPerson = jsonRowsOf(positions, [
  asc(positions.category),
  asc(positions.organizationName),
  asc(positions.id),
]);

/** Declarations (erklæringer) and their positions (verv). Every change is audited in its transaction. */
export class DeclarationStore {
  constructor(private readonly db: InterestsDatabase) {}

  /**
   * These persons' declarations: the published ones, and the unpublished ones of anyone or of
   * one person only (or none). Callers still apply the access policy to each.
   */
  async declarationsByPersons(
    personIds: readonly string[],
    unpublishedOf: 'anyone' | { personId: string | null } = 'anyone',
  ): Promise<DeclarationRow[]> {
    const readable =
      unpublishedOf === 'anyone'
        ? undefined
        : unpublishedOf.personId === null
          ? publishedCondition
          : or(publishedCondition, eq(declarations.personId, unpublishedOf.personId));
    return declarationRows.parse(
      await this.db
        .select(declarationRows.select)
        .from(declarations)
        .where(and(anyOf(declarations.personId, personIds, 'uuid'), readable)),
    );
  }

  async positionsByPersons(personIds: readonly string[]): Promise<PositionRow[]> {
    return positionRowsByPerson.parse(
      await this.db
        .select(positionRowsByPerson.select)
        .from(positions)
        .where(anyOf(positions.personId, personIds, 'uuid')),
    );
  }

  /** Accepting the terms keeps the first acceptance; withdrawing them unpublishes. */
  async updateDeclaration(
    who: Identity,
    changes: DeclarationChanges,
  ): Promise<{ declaration: DeclarationRow } | { userErrors: UserError[] }> {
    return this.db.transaction(async (tx) => {
      if (!(await authorizedPerson(tx, who, changes.personId))) return { userErrors: [unknownPerson] };
      const [before] = await tx
        .select()
        .from(declarations)
        .where(eq(declarations.personId, changes.personId))
        .for('update');
      const termsAcceptedAt =
        changes.acceptTerms === false
          ? null
          : (before?.termsAcceptedAt ?? (changes.acceptTerms ? new Date() : null));
      const published =
        changes.acceptTerms === false ? false : (changes.published ?? before?.published ?? false);
      if (published && !termsAcceptedAt) {
        return {
          userErrors: [
            userError(
              'TERMS_NOT_ACCEPTED',
              'published',
              'A declaration is published only once the terms are accepted.',
            ),
          ],
        };
      }
      const values = { termsAcceptedAt, published, updatedAt: new Date() };
      const [after] = await tx
        .insert(declarations)
        .values({ personId: changes.personId, ...values })
        .onConflictDoUpdate({ target: declarations.personId, set: values })
        .returning();
      await recordDeclarationChange(tx, who, before, after!);
      return { declaration: after! };
    });
  }

  /**
   * Adds a position, making the person's (unpublished) declaration when there is none. A
   * position the person has declared already is refused as DUPLICATE.
   */
  async addPosition(who: Identity, position: NewPosition): Promise<PositionOutcome> {
    return refusingDuplicates(() =>
      this.db.transaction(async (tx) => {
        if (!(await authorizedPerson(tx, who, position.personId))) return { userErrors: [unknownPerson] };
        await tx.insert(declarations).values({ personId: position.personId }).onConflictDoNothing();
        const declaration = await touchDeclaration(tx, position.personId);
        const [created] = await tx.insert(positions).values(position).returning();
        await writeAuditEntry(tx, who, {
          entityType: 'POSITION',
          entityId: created!.id,
          action: 'created',
          before: null,
          after: created,
        });
        const feed = new DeclarationFeed();
        feed.position(declaration, null, created);
        await feed.write(tx);
        return { position: created! };
      }),
    );
  }

  /**
   * Changes a position: the caller must be allowed to change its person's declaration, which
   * is known only once the position is read, so the check runs in the transaction, on the row
   * it locks.
   */
  async updatePosition(who: Identity, changes: PositionChanges): Promise<PositionOutcome> {
    return refusingDuplicates(() =>
      this.db.transaction(async (tx) => {
        const before = await lockPosition(tx, changes.id);
        if (!before) return { userErrors: [positionNotFound] };
        await authorizedPerson(tx, who, before.personId);
        if (before.source === 'KOMMUNEREGISTERET') return { userErrors: [fromKommuneregisteret] };
        const { id, ...fields } = changes;
        const { category, organizationName, organizationNumber, role, startDate, endDate } = {
          ...before,
          ...definedOnly(fields),
        };
        const userErrors = positionUserErrors({ category, organizationName, startDate, endDate });
        if (userErrors.length > 0 || category === null || organizationName === null) return { userErrors };
        const declaration = await touchDeclaration(tx, before.personId);
        const [after] = await tx
          .update(positions)
          .set({ category, organizationName, organizationNumber, role, startDate, endDate })
          .where(eq(positions.id, id))
          .returning();
        await writeAuditEntry(tx, who, {
          entityType: 'POSITION',
          entityId: id,
          action: 'updated',
          before,
          after,
        });
        const feed = new DeclarationFeed();
        feed.position(declaration, before, after);
        await feed.write(tx);
        return { position: after! };
      }),
    );
  }

  /** Removes a position, with the same check as a change. */
  async removePosition(
    who: Identity,
    id: string,
  ): Promise<{ removedPositionId: string } | { userErrors: UserError[] }> {
    return this.db.transaction(async (tx) => {
      const before = await lockPosition(tx, id);
      if (!before) return { userErrors: [positionNotFound] };
      await authorizedPerson(tx, who, before.personId);
      if (before.source === 'KOMMUNEREGISTERET') return { userErrors: [fromKommuneregisteret] };
      await tx.delete(positions).where(eq(positions.id, id));
      const declaration = await touchDeclaration(tx, before.personId);
      await writeAuditEntry(tx, who, {
        entityType: 'POSITION',
        entityId: id,
        action: 'deleted',
        before,
        after: null,
      });
      const feed = new DeclarationFeed();
      feed.position(declaration, before, null);
      await feed.write(tx);
      return { removedPositionId: id };
    });
  }

  /** Records that the declaration was confirmed unchanged: the four years start again. */
  async confirmDeclaration(
    who: Identity,
    personId: string,
  ): Promise<{ declaration: DeclarationRow } | { userErrors: UserError[] }> {
    return this.db.transaction(async (tx) => {
      if (!(await authorizedPerson(tx, who, personId))) return { userErrors: [unknownPerson] };
      const [before] = await tx
        .select()
        .from(declarations)
        .where(eq(declarations.personId, personId))
        .for('update');
      if (!before) return { userErrors: [noDeclaration] };
      const [after] = await tx
        .update(declarations)
        .set({ confirmedAt: new Date() })
        .where(eq(declarations.personId, personId))
        .returning();
      await recordDeclarationChange(tx, who, before, after!);
      return { declaration: after! };
    });
  }

  /**
   * Deletes what the person gave the register (see `deletePersonData`). A person
   * Kommuneregisteret no longer knows may still have data here (until the grace period ends):
   * the person and administrators may delete it.
   */
  async deleteDeclaration(
    who: Identity,
    personId: string,
  ): Promise<{ deletedPersonId: string; declaration: DeclarationRow | null } | { userErrors: UserError[] }> {
    return this.db.transaction(async (tx) => {
      const known = await authorizedPerson(tx, who, personId);
      const outcome = await deletePersonData(tx, who, personId, 'deleted on request');
      if (!outcome) return { userErrors: [known ? nothingToDelete : unknownPerson] };
      return { deletedPersonId: personId, declaration: outcome.remaining };
    });
  }
}

/** A declaration's change: audited, and in the feed of published declarations when public. */
async function recordDeclarationChange(
  tx: InterestsTransaction,
  who: Identity,
  before: DeclarationRow | undefined,
  after: DeclarationRow,
) {
  await writeAuditEntry(tx, who, {
    entityType: 'DECLARATION',
    entityId: after.personId,
    action: before ? 'updated' : 'created',
    before,
    after,
  });
  const feed = new DeclarationFeed();
  feed.declaration(after.personId, before, after);
  await feed.write(tx);
}

/**
 * Deletes everything a person gave Styrevervregisteret, in the caller's transaction: the terms,
 * the publication and the confirmation, the self-declared positions and interests, the personal
 * sign-in link and a change notice waiting (a notice job already queued finds no accepted terms
 * and sends nothing). The positions from Kommuneregisteret are its facts, kept as long as the
 * roles are: a holder of any keeps an unpublished declaration of them; anyone else has none left.
 * Audited as `who` without what was declared (a deletion keeps no copy of it), and DELETED in
 * the feed when the declaration was published. Undefined when there was nothing to delete.
 */
export async function deletePersonData(
  tx: InterestsTransaction,
  who: Identity,
  personId: string,
  reason: string,
): Promise<{ remaining: DeclarationRow | null } | undefined> {
  const [before] = await tx
    .select()
    .from(declarations)
    .where(eq(declarations.personId, personId))
    .for('update');
  const declared = await tx
    .delete(positions)
    .where(and(eq(positions.personId, personId), eq(positions.source, 'SELF_DECLARED')))
    .returning({ id: positions.id });
  const links = await tx
    .delete(signInLinks)
    .where(eq(signInLinks.personId, personId))
    .returning({ personId: signInLinks.personId });
  const notices = await tx
    .delete(pendingChangeNotices)
    .where(eq(pendingChangeNotices.personId, personId))
    .returning({ personId: pendingChangeNotices.personId });
  if (!before && links.length === 0 && notices.length === 0) return undefined;
  let remaining: DeclarationRow | null = null;
  if (before) {
    const [fromKommuneregisteret] = await tx
      .select({ id: positions.id })
      .from(positions)
      .where(eq(positions.personId, personId))
      .limit(1);
    if (fromKommuneregisteret) {
      [remaining = null] = await tx
        .update(declarations)
        .set({ termsAcceptedAt: null, published: false, confirmedAt: null, updatedAt: new Date() })
        .where(eq(declarations.personId, personId))
        .returning();
    } else {
      await tx.delete(declarations).where(eq(declarations.personId, personId));
    }
  }
  await writeAuditEntry(tx, who, {
    entityType: 'DECLARATION',
    entityId: personId,
    action: remaining ? 'updated' : 'deleted',
    // What there was, never what it said.
    before: {
      termsAccepted: before?.termsAcceptedAt != null,
      published: before?.published ?? false,
      selfDeclaredPositions: declared.length,
      signInLink: links.length > 0,
      pendingChangeNotice: notices.length > 0,
      reason,
    },
    after: remaining && { positionsFromKommuneregisteret: true, published: false },
  });
  const feed = new DeclarationFeed();
  feed.declaration(personId, before, remaining);
  await feed.write(tx);
  return { remaining };
}

/** The fields of a position as a change gives them: undefined keeps a field, null clears it. */
export interface PositionChanges {
  id: string;
  category?: PositionRow['category'] | null;
  organizationName?: string | null;
  organizationNumber?: string | null;
  role?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

export type PositionOutcome = { position: PositionRow } | { userErrors: UserError[] };

/** The unique index that holds a person's positions distinct (see the positions table). */
const duplicatePositionIndex = 'positions_person_unique_idx';

/**
 * Turns the database's refusal of a duplicate into the userError a form shows: the index is
 * the only check, so the writer that loses a race gets the same answer as any other.
 */
async function refusingDuplicates(write: () => Promise<PositionOutcome>): Promise<PositionOutcome> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) !== duplicatePositionIndex) throw error;
    return {
      userErrors: [
        userError(
          'DUPLICATE',
          'organizationName',
          'The person has declared this position already: the same category, organisation and role.',
        ),
      ],
    };
  }
}

const positionNotFound = userError('NOT_FOUND', 'id', 'There is no position with this id.');

const noDeclaration = userError('NOT_FOUND', 'personId', 'The person has no declaration.');

const nothingToDelete = userError(
  'NOT_FOUND',
  'personId',
  'Styrevervregisteret holds nothing the person gave it: no declaration, sign-in link or notice.',
);

const unknownPerson = userError(
  'UNKNOWN_PERSON',
  'personId',
  'Kommuneregisteret knows no person with this id (a person registered there just now is known here within a few seconds).',
);

/**
 * The person as Kommuneregisteret's feed's follower last saw them, once the caller is allowed to
 * change their declaration (else FORBIDDEN, before anything is written). Who may depends on the
 * municipality that registered the person, so the row is locked (shared): the follower can
 * neither move nor drop the person before this transaction commits. Undefined: Kommuneregisteret
 * does not know the person.
 */
async function authorizedPerson(
  tx: InterestsTransaction,
  who: Identity,
  personId: string,
): Promise<KrPersonRow | undefined> {
  const [row] = identifiers.isUuid(personId)
    ? await tx.select().from(krPersons).where(eq(krPersons.personId, personId)).for('share')
    : [];
  authorize('editDeclaration', who, { personId, municipalityNumber: row?.municipalityNumber ?? null });
  return row;
}

const fromKommuneregisteret = userError(
  'FROM_KOMMUNEREGISTERET',
  'id',
  'This position is a role in Kommuneregisteret: it changes and ends there, not by hand.',
);

async function lockPosition(tx: InterestsTransaction, id: string): Promise<PositionRow | undefined> {
  if (!identifiers.isUuid(id)) return undefined;
  const [row] = await tx.select().from(positions).where(eq(positions.id, id)).for('update');
  return row;
}

/** A change to a position is a change to its declaration: the declaration as it is now. */
async function touchDeclaration(
  tx: InterestsTransaction,
  personId: string,
): Promise<DeclarationRow | undefined> {
  const [declaration] = await tx
    .update(declarations)
    .set({ updatedAt: new Date() })
    .where(eq(declarations.personId, personId))
    .returning();
  return declaration;
}

const definedOnly = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
