import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '@registers/graphql-kit';
import { relation } from '../../context.ts';
import type { ChangeEventRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import type { EntityType } from './record.ts';

const cursorOf = (row: { id: number }) => encodeCursor('change', [row.id]);

export const changeResolvers: Resolvers = {
  Query: {
    changes: async (_parent, { after, first, municipalityNumber, entityTypes }, { stores }) => {
      const limit = pageSize(first, 100, 1_000);
      const afterSequence = after ? Number(decodeCursor('change', after, 1)[0]) : 0;
      const rows = await stores.changes.listChanges({
        afterSequence,
        limit,
        municipalityNumber,
        entityTypes,
      });
      // An empty page keeps the partner where it was: poll again with the same cursor.
      return connectionFrom(rows, limit, cursorOf, after);
    },
  },
  Change: {
    sequence: ({ id }) => id,
    municipality: relation('municipality', (change: ChangeEventRow) => change.municipalityNumber),
    entityType: ({ entityType }) => entityType as EntityType,
  },
};
