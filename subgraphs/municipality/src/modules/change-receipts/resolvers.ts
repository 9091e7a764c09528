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
