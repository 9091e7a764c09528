import { BadRequestError } from '@registers/service-runtime';
import type { Resolvers } from '../../generated/resolvers.ts';

const maxPageSize = 1_000;

/** Cursors are opaque to partners; inside, the sequence of the last change seen. */
export const encodeCursor = (sequence: number) => Buffer.from(`change:${sequence}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^change:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadRequestError('`after` is not a cursor this feed gave out.');
  return Number(match[1]);
}

export const changeResolvers: Resolvers = {
  Query: {
    changes: async (_parent, { after, first, municipalityNumber, entityTypes }, { stores }) => {
      const limit = first ?? 100;
      if (limit < 1 || limit > maxPageSize)
        throw new BadRequestError(`\`first\` must be 1 to ${maxPageSize}.`);
      const afterSequence = after ? decodeCursor(after) : 0;
      const rows = await stores.changes.listChanges({
        afterSequence,
        limit,
        municipalityNumber,
        entityTypes,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
        pageInfo: {
          hasNextPage: rows.length > limit,
          // An empty page keeps the partner where it was.
          endCursor: last ? encodeCursor(last.id) : (after ?? null),
        },
      };
    },
  },
  Change: {
    sequence: ({ id }) => id,
    municipality: async ({ municipalityNumber }, _args, { loaders }) =>
      municipalityNumber ? await loaders.municipality.load(municipalityNumber) : null,
    entityType: ({ entityType }) => entityType as never,
  },
};
