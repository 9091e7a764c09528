import { asc, eq } from 'drizzle-orm';
import { userError, type UserError } from '@registers/graphql-kit';
import { type Identity } from '@registers/access';
import { anyOf, violatedConstraint, writeAuditEntry } from '@registers/platform';
import type { InterestsDatabase, InterestsTransaction } from '../../db/index.ts';
import {
  declarations,
  positions,
  type DeclarationRow,
  type NewPositionRow,
  type PositionRow,
} from '../../db/schema/index.ts';

export interface DeclarationChanges {
  personId: string;
  acceptTerms?: boolean | null;
  published?: boolean | null;
}

export type NewPosition = Omit<NewPositionRow, 'id'>;

/** Declarations (erklæringer) and their positions (verv). Every change is audited in its transaction. */
export class DeclarationStore {
  constructor(private readonly db: InterestsDatabase) {}

  /** Every declaration of these persons, published or not: callers apply the access policy. */
  declarationsByPersons(personIds: readonly string[]): Promise<DeclarationRow[]> {
    return this.db
      .select()
      .from(declarations)
      .where(anyOf(declarations.personId, personIds, 'uuid'));
  }

  positionsByPersons(personIds: readonly string[]): Promise<PositionRow[]> {
    return this.db
      .select()
      .from(positions)
      .where(anyOf(positions.personId, personIds, 'uuid'))
      .orderBy(asc(positions.category), asc(positions.organizationName), asc(positions.id));
  }

  /** Accepting the terms keeps the first acceptance; withdrawing them unpublishes. */
  async updateDeclaration(
    who: Identity,
    changes: DeclarationChanges,
  ): Promise<{ declaration: DeclarationRow } | { userErrors: UserError[] }> {
    return this.db.transaction(async (tx) => {
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
      await writeAuditEntry(tx, who, {
        entityType: 'DECLARATION',
        entityId: changes.personId,
        action: before ? 'updated' : 'created',
        before,
        after,
      });
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
        await tx.insert(declarations).values({ personId: position.personId }).onConflictDoNothing();
        await touchDeclaration(tx, position.personId);
        const [created] = await tx.insert(positions).values(position).returning();
        await writeAuditEntry(tx, who, {
          entityType: 'POSITION',
          entityId: created!.id,
          action: 'created',
          before: null,
          after: created,
        });
        return { position: created! };
      }),
    );
  }
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

/** A change to a position is a change to its declaration. */
async function touchDeclaration(tx: InterestsTransaction, personId: string): Promise<void> {
  await tx.update(declarations).set({ updatedAt: new Date() }).where(eq(declarations.personId, personId));
}
