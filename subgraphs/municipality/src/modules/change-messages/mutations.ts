import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';

/** Change messages: each mutation is one call of its command (commands.ts). */
export const changeMessageMutations: MutationResolvers<Context> = withFreshLoaders({
  importEnhetsregisteretEntities: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.changeMessages.importEntities(identity, input);
    return { received: 0, messages: [], unmatched: [], unchanged: 0, ...value, userErrors };
  },
  approveChangeMessage: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.changeMessages.approve(identity, input);
    return { changeMessage: value?.message ?? null, unit: value?.unit ?? null, userErrors };
  },
  rejectChangeMessage: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.changeMessages.reject(identity, input);
    return { changeMessage: value, userErrors };
  },
});
