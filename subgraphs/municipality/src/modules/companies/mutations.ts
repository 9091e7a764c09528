import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';

/** Companies, their owners and roles: each mutation is one call of its command (commands.ts). */
export const companyMutations: MutationResolvers<Context> = withFreshLoaders({
  createCompany: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.companies.createCompany(identity, input);
    return { company: value, userErrors };
  },
  updateCompany: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.companies.updateCompany(identity, input);
    return { company: value, userErrors };
  },
  startCompanyRole: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.companies.startCompanyRole(identity, input);
    return { companyRole: value, userErrors };
  },
  endCompanyRole: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.companies.endCompanyRole(identity, input);
    return { companyRole: value, userErrors };
  },
});
