import { and, asc, eq, exists, gt, ilike, isNotNull, or, sql } from 'drizzle-orm';
import { escapeLike } from '@registers/platform';
import type { InterestsDatabase } from '../../db/index.ts';
import {
  declarations,
  krPersons,
  krRoles,
  positions,
  type DeclarationRow,
  type PositionRow,
} from '../../db/schema/index.ts';

/** What a search asks of the declarations this subgraph holds (the name is Kommuneregisteret's). */
export interface DeclarationFilter {
  /** Part of a position's organisation name, or its exact organisation number. */
  organization: string | null;
  municipalityNumber: string | null;
  category: PositionRow['category'] | null;
}

/** Public declarations only: the condition of the partial index `declarations_public_idx`. */
export const isPublicDeclaration = and(
  eq(declarations.published, true),
  isNotNull(declarations.termsAcceptedAt),
);

/**
 * Published declarations, by person id: the keyset of the public search. Only a declaration
 * whose person accepted the terms and published it is ever read here, so nothing of an
 * unpublished one can match, be counted or be paged past.
 */
export class DeclarationSearchStore {
  constructor(private readonly db: InterestsDatabase) {}

  /** Published declarations matching `filter` with a person id after `afterPersonId`; at most `limit`. */
  publishedDeclarations(
    filter: DeclarationFilter,
    afterPersonId: string | null,
    limit: number,
  ): Promise<DeclarationRow[]> {
    return this.db
      .select()
      .from(declarations)
      .where(
        and(
          isPublicDeclaration,
          afterPersonId ? gt(declarations.personId, afterPersonId) : undefined,
          this.hasPosition(filter),
          this.inMunicipality(filter.municipalityNumber),
        ),
      )
      .orderBy(asc(declarations.personId))
      .limit(limit);
  }

  /** A position of the category and organisation asked for, when either is (the same position). */
  private hasPosition({ organization, category }: DeclarationFilter) {
    if (organization === null && category === null) return undefined;
    return exists(
      this.db
        .select({ one: sql`1` })
        .from(positions)
        .where(
          and(
            eq(positions.personId, declarations.personId),
            category ? eq(positions.category, category) : undefined,
            organization === null
              ? undefined
              : or(
                  ilike(positions.organizationName, `%${escapeLike(organization)}%`),
                  /^\d{9}$/.test(organization) ? eq(positions.organizationNumber, organization) : undefined,
                ),
          ),
        ),
    );
  }

  /** Registered in the municipality, or a role there, as Kommuneregisteret's feed says. */
  private inMunicipality(municipalityNumber: string | null) {
    if (municipalityNumber === null) return undefined;
    return or(
      exists(
        this.db
          .select({ one: sql`1` })
          .from(krPersons)
          .where(
            and(
              eq(krPersons.personId, declarations.personId),
              eq(krPersons.municipalityNumber, municipalityNumber),
            ),
          ),
      ),
      exists(
        this.db
          .select({ one: sql`1` })
          .from(krRoles)
          .where(
            and(
              eq(krRoles.personId, declarations.personId),
              eq(krRoles.municipalityNumber, municipalityNumber),
            ),
          ),
      ),
    );
  }
}
