import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { anyOf } from '@registers/service-runtime';
import type { InterestsDatabase } from '../../db/index.ts';
import { declarations, positions, type DeclarationRow, type PositionRow } from '../../db/schema/index.ts';

/** Declarations (erklæringer) and their positions (verv). */
export class DeclarationStore {
  constructor(private readonly db: InterestsDatabase) {}

  /** Only declarations whose person accepted the terms and published them. */
  publishedDeclarationsByPersons(personIds: readonly string[]): Promise<DeclarationRow[]> {
    return this.db
      .select()
      .from(declarations)
      .where(
        and(
          anyOf(declarations.personId, personIds, 'uuid'),
          eq(declarations.published, true),
          isNotNull(declarations.termsAcceptedAt),
        ),
      );
  }

  positionsByPersons(personIds: readonly string[]): Promise<PositionRow[]> {
    return this.db
      .select()
      .from(positions)
      .where(anyOf(positions.personId, personIds, 'uuid'))
      .orderBy(asc(positions.category), asc(positions.organizationName), asc(positions.id));
  }
}
