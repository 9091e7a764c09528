import { withFreshLoaders } from '@registers/graphql-kit';
import type { Context } from '../../context.ts';
import type { MutationResolvers } from '../../generated/resolvers.ts';

/** Persons and their employments: each mutation is one call of its command (commands.ts). */
export const personMutations: MutationResolvers<Context> = withFreshLoaders({
  addPerson: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.addPerson(identity, input);
    return { person: value, userErrors };
  },
  updatePerson: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.updatePerson(identity, input);
    return { person: value, userErrors };
  },
  removePerson: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.removePerson(identity, input);
    return { removedPersonId: value, userErrors };
  },
  mergePersons: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.mergePersons(identity, input);
    return { person: value?.person ?? null, removedPersonId: value?.removedPersonId ?? null, userErrors };
  },
  updatePersonContactDetails: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.updatePersonContactDetails(identity, input);
    return { person: value, userErrors };
  },
  startEmployment: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.startEmployment(identity, input);
    return { employment: value, userErrors };
  },
  endEmployment: async (_parent, { input }, { commands, identity }) => {
    const { value, userErrors } = await commands.persons.endEmployment(identity, input);
    return { employment: value, userErrors };
  },
});
