import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';

/** Contact persons: each mutation is one call of its command (commands.ts). */
export const contactMutations: MutationResolvers<Context> = withFreshLoaders({
  assignContactPerson: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.contacts.assignContactPerson(identity, input);
    return { contactPerson: value, userErrors };
  },
  removeContactPerson: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.contacts.removeContactPerson(identity, input);
    return { removedContactPersonId: value, userErrors };
  },
});
