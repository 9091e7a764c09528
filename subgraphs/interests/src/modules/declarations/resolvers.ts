import { identifiers, userError, withFreshLoaders, type UserError } from '@registers/graphql-kit';
import { accessPolicy, authorize } from '@registers/access';
import type { DeclarationRow } from '../../db/schema/index.ts';
import { positionUserErrors } from './position-rules.ts';
import type { PositionOutcome } from './store.ts';
import type { Context } from '../../context.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';

export const declarationResolvers: Resolvers = {
  // Person is owned by the municipality subgraph; this subgraph knows its id, and the
  // municipality that registered the person from the projection of Kommuneregisteret's feed.
  Person: {
    __resolveReference: (reference) => reference,
    declaration: async ({ id }, _args, { identity, loaders }) => {
      const declaration = await loaders.declaration.load(id);
      if (!declaration || isPublished(declaration)) return declaration;
      // Only a contact person's right depends on the person's municipality: no one else waits
      // for it (the public pull of the register asks nothing more).
      const municipalityNumber =
        identity.stvContactFor.length > 0
          ? ((await loaders.krPerson.load(id))?.municipalityNumber ?? null)
          : null;
      const scope = { personId: id, municipalityNumber };
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
      const position = {
        personId: input.personId,
        category: input.category,
        organizationName: input.organizationName.trim(),
        organizationNumber: input.organizationNumber ?? null,
        role: trimmedOrNull(input.role),
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
      };
      const userErrors = [invalidPersonId(input.personId), ...positionUserErrors(position)].filter(
        (error): error is UserError => error !== undefined,
      );
      if (userErrors.length > 0) return { position: null, userErrors };
      return payload(await stores.declarations.addPosition(identity, position));
    },
    // Who may change a position depends on its person, read in the store's transaction.
    updatePosition: async (_parent, { input }, { identity, stores }) =>
      payload(
        await stores.declarations.updatePosition(identity, {
          ...input,
          // null stays null, for the store to refuse: a position keeps its organisation.
          organizationName: input.organizationName === null ? null : input.organizationName?.trim(),
          // A blank role clears it, as it would on a new position.
          role: input.role === undefined ? undefined : trimmedOrNull(input.role),
        }),
      ),
    removePosition: async (_parent, { input }, { identity, stores }) => {
      const result = await stores.declarations.removePosition(identity, input.id);
      return 'userErrors' in result ? { removedPositionId: null, ...result } : { ...result, userErrors: [] };
    },
  }),
};

const payload = (result: PositionOutcome) =>
  'userErrors' in result ? { position: null, ...result } : { ...result, userErrors: [] };

const trimmedOrNull = (text: string | null | undefined) => text?.trim() || null;

const isPublished = (declaration: DeclarationRow) =>
  declaration.published && declaration.termsAcceptedAt !== null;

const invalidPersonId = (personId: string) =>
  identifiers.isUuid(personId)
    ? undefined
    : userError('INVALID', 'personId', 'The person id must be a UUID.');
