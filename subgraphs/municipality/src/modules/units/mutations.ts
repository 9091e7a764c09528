import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';

/** Units: each mutation is one call of its command (commands.ts). */
export const unitMutations: MutationResolvers<Context> = withFreshLoaders({
  createUnit: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.units.createUnit(identity, input);
    return { unit: value, userErrors };
  },
  updateUnit: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.units.updateUnit(identity, input);
    return { unit: value, userErrors };
  },
  moveUnit: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.units.moveUnit(identity, input);
    return { unit: value, userErrors };
  },
  closeUnit: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.units.closeUnit(identity, input);
    return { unit: value, userErrors };
  },
});
