import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '@registers/graphql-kit';
import type { Resolvers } from '../../generated/resolvers.ts';
import type { DeclarationEntityType } from './record.ts';

const cursorOf = (row: { id: number }) => encodeCursor('declaration-change', [row.id]);

export const declarationChangeResolvers: Resolvers = {
  Query: {
    // Public: the feed holds changes to published declarations only (see record.ts).
    declarationChanges: async (_parent, { after, first }, { stores }) => {
      const limit = pageSize(first, 100, 1_000);
      const afterSequence = after ? Number(decodeCursor('declaration-change', after, 1)[0]) : 0;
      const rows = await stores.declarationChanges.listChanges({ afterSequence, limit });
      // An empty page keeps the follower where it was: poll again with the same cursor.
      return connectionFrom(rows, limit, cursorOf, after);
    },
  },
  DeclarationChange: {
    sequence: ({ id }) => id,
    person: ({ personId }) => ({ id: personId! }),
    entityType: ({ entityType }) => entityType as DeclarationEntityType,
  },
};
