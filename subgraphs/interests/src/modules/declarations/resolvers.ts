import { identifiers, userError, withFreshLoaders, type UserError } from '@registers/graphql-kit';
import { accessPolicy, authorize } from '@registers/access';
import type { DeclarationRow } from '../../db/schema/index.ts';
import type { Context } from '../../context.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';

export const declarationResolvers: Resolvers = {
  // Person is owned by the municipality subgraph; this subgraph knows only its id, and is given
  // its municipality where the access policy needs it (@requires).
  Person: {
    __resolveReference: (reference) => reference,
    declaration: async ({ id, municipalityNumber }, _args, { identity, loaders }) => {
      const declaration = await loaders.declaration.load(id);
      if (!declaration || isPublished(declaration)) return declaration;
      const scope = { personId: id, municipalityNumber: municipalityNumber ?? null };
      return accessPolicy.readUnpublishedDeclaration(identity, scope) ? declaration : null;
    },
  },
  Declaration: {
    person: ({ personId }) => ({ id: personId }),
    positions: async ({ personId }, _args, { loaders }) => await loaders.positionsByPerson.load(personId),
  },
  Mutation: withFreshLoaders<MutationResolvers<Context>>({
    updateDeclaration: async (_parent, { input }, { identity, stores }) => {
      authorize('editDeclaration', identity, { personId: input.personId });
      const invalid = invalidPersonId(input.personId);
      if (invalid) return { declaration: null, userErrors: [invalid] };
      const result = await stores.declarations.updateDeclaration(identity, input);
      return 'userErrors' in result ? { declaration: null, ...result } : { ...result, userErrors: [] };
    },
    addPosition: async (_parent, { input }, { identity, stores }) => {
      authorize('editDeclaration', identity, { personId: input.personId });
      const organizationName = input.organizationName.trim();
      const userErrors = [
        invalidPersonId(input.personId),
        organizationName.length === 0 || organizationName.length > 200
          ? userError('INVALID', 'organizationName', 'The organisation name must be 1 to 200 characters.')
          : undefined,
        input.startDate && input.endDate && input.endDate < input.startDate
          ? userError('INVALID', 'endDate', 'The end date must not be before the start date.')
          : undefined,
      ].filter((error): error is UserError => error !== undefined);
      if (userErrors.length > 0) return { position: null, userErrors };
      const position = await stores.declarations.addPosition(identity, {
        personId: input.personId,
        category: input.category,
        organizationName,
        organizationNumber: input.organizationNumber ?? null,
        role: input.role?.trim() || null,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
      });
      return { position, userErrors: [] };
    },
  }),
};

const isPublished = (declaration: DeclarationRow) =>
  declaration.published && declaration.termsAcceptedAt !== null;

const invalidPersonId = (personId: string) =>
  identifiers.isUuid(personId)
    ? undefined
    : userError('INVALID', 'personId', 'The person id must be a UUID.');
