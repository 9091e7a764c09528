import { authorize } from '@registers/access';
import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';

export const changeReceiptResolvers: Resolvers = {
  Query: {
    changeReceipts: async (_parent, _args, { identity, stores }) => {
      authorize('administer', identity);
      return await stores.changeReceipts.listReceipts();
    },
  },
  ChangeReceipt: {
    // One statement per receipt: the followers are the register's few own services.
    behind: async (receipt, _args, { stores }) =>
      Math.max(0, (await stores.changeReceipts.latestSequence()) - receipt.acknowledgedSequence),
  },
  Mutation: withFreshLoaders<MutationResolvers<Context>>({
    acknowledgeChanges: async (_parent, { input }, { identity, commands }) => {
      const { value, userErrors } = await commands.changeReceipts.acknowledgeChanges(
        identity,
        input.sequence,
      );
      return { receipt: value, userErrors };
    },
  }),
};
