import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';

/** Elected bodies, local lists and memberships: each mutation is one call of its command (commands.ts). */
export const bodyMutations: MutationResolvers<Context> = withFreshLoaders({
  createElectedBody: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.bodies.createElectedBody(identity, input);
    return { electedBody: value, userErrors };
  },
  createLocalList: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.bodies.createLocalList(identity, input);
    return { party: value, userErrors };
  },
  addMembership: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.bodies.addMembership(identity, input);
    return { membership: value, userErrors };
  },
  moveMembership: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.bodies.moveMembership(identity, input);
    return { membership: value, userErrors };
  },
  endMembership: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.bodies.endMembership(identity, input);
    return { membership: value, userErrors };
  },
});
