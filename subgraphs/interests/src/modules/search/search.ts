import { UserFacingError } from '@registers/graphql-kit';
import type { DeclarationRow } from '../../db/schema/index.ts';
import type { PersonNameLookup } from './person-names.ts';
import type { DeclarationFilter, DeclarationSearchStore } from './store.ts';

export interface DeclarationSearch extends DeclarationFilter {
  /** Part of the person's name: Kommuneregisteret's to match. */
  name: string | null;
}

/**
 * The public search of published declarations: `limit + 1` of them after the cursor's person
 * id, in person id order.
 *
 * Without a name, one statement. With one, this subgraph reads the next published declarations
 * that match the rest, a lookup's worth at a time, and asks Kommuneregisteret which of their
 * persons bear the name, until it has a page or none are left. So Kommuneregisteret is asked
 * about persons whose declarations are public only, and this database never holds a name; the
 * calls are bounded by the published declarations (about 7,000 at the national size: at most
 * 8 lookups for a name no one bears).
 */
export async function searchDeclarations(
  store: DeclarationSearchStore,
  names: PersonNameLookup | undefined,
  search: DeclarationSearch,
  afterPersonId: string | null,
  limit: number,
): Promise<DeclarationRow[]> {
  const { name, ...filter } = search;
  if (name === null) return store.publishedDeclarations(filter, afterPersonId, limit + 1);
  if (!names) throw new UserFacingError('UNAVAILABLE', 'Searching by name is not available here.');
  const found: DeclarationRow[] = [];
  let after = afterPersonId;
  for (;;) {
    const candidates = await store.publishedDeclarations(filter, after, names.batchSize);
    if (candidates.length === 0) return found;
    const matching = new Set(
      await names.matching(
        name,
        candidates.map((row) => row.personId),
      ),
    );
    for (const row of candidates) {
      if (!matching.has(row.personId)) continue;
      found.push(row);
      if (found.length > limit) return found;
    }
    if (candidates.length < names.batchSize) return found;
    after = candidates.at(-1)!.personId;
  }
}
