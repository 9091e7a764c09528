import {
  BadRequestError,
  connectionFrom,
  decodeCursor,
  encodeCursor,
  identifiers,
  pageSize,
} from '@registers/graphql-kit';
import type { DeclarationRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { searchDeclarations } from './search.ts';

const cursorOf = (row: DeclarationRow) => encodeCursor('declaration-search', [row.personId]);

/** The person id a cursor of this search holds, refused unless it is one this search gave out. */
function afterPersonId(after: string | null | undefined): string | null {
  if (!after) return null;
  const [personId] = decodeCursor('declaration-search', after, 1);
  if (typeof personId !== 'string' || !identifiers.isUuid(personId))
    throw new BadRequestError('`after` is not a cursor this list gave out.');
  return personId;
}

/** A blank term asks for nothing: no filter. */
const term = (text: string | null | undefined) => text?.trim() || null;

export const searchResolvers: Resolvers = {
  Query: {
    // Public: reads published declarations only (see the store).
    searchDeclarations: async (
      _parent,
      { name, organization, municipalityNumber, category, first, after },
      context,
    ) => {
      const limit = pageSize(first, 20, 100);
      const rows = await searchDeclarations(
        context.stores.search,
        context.personNames,
        {
          name: term(name),
          organization: term(organization),
          municipalityNumber: municipalityNumber ?? null,
          category: category ?? null,
        },
        afterPersonId(after),
        limit,
      );
      return connectionFrom(rows, limit, cursorOf, after);
    },
  },
};
