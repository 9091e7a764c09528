import { connectionFrom, decodeCursor, encodeCursor, pageSize } from '@registers/graphql-kit';
import { relation } from '../../context.ts';
import type { ChangeMessageRow } from '../../db/schema/index.ts';
import type { Resolvers } from '../../generated/resolvers.ts';
import { changeMessageMutations } from './mutations.ts';

const cursorOf = (message: ChangeMessageRow) =>
  encodeCursor('change-message', [message.receivedAt.toISOString(), message.id]);

export const changeMessageResolvers: Resolvers = {
  Query: {
    changeMessages: async (_parent, { status, municipalityNumber, first, after }, { stores }) => {
      const limit = pageSize(first, 50, 500);
      const key = after ? (decodeCursor('change-message', after, 2) as [string, string]) : null;
      const rows = await stores.changeMessages.list(
        status ?? 'PENDING',
        municipalityNumber ?? null,
        key,
        limit,
      );
      return connectionFrom(rows, limit, cursorOf, after);
    },
  },
  ChangeMessage: {
    unit: relation(
      'unit',
      (message: ChangeMessageRow) => message.unitId,
      (unit) => unit!,
    ),
    proposedChanges: async ({ unitId, proposedChanges: proposed, status }, _args, { loaders }) => {
      const unit = (await loaders.unit.load(unitId))!;
      return Object.entries(proposed).map(([field, to]) => ({
        field,
        // Once approved, the unit holds the proposed values; "from" is then not known here.
        from: status === 'PENDING' ? JSON.stringify(unit[field as keyof typeof unit] ?? null) : null,
        to: JSON.stringify(to),
      }));
    },
  },
  Mutation: changeMessageMutations,
};
