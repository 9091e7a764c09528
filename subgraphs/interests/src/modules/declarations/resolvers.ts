import { identifiers, userError, withFreshLoaders, type UserError } from '@registers/graphql-kit';
import { accessPolicy, authorize, type Identity } from '@registers/access';
import type { DeclarationRow } from '../../db/schema/index.ts';
import { positionUserErrors } from './position-rules.ts';
import { isPublished, type PositionOutcome } from './store.ts';
import { relation, type Context } from '../../context.ts';
import type { PersonReference } from '../../db/schema/index.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';

export const declarationResolvers: Resolvers = {
  // Person is owned by the municipality subgraph; this subgraph knows its id, and the
  // municipality that registered the person from the projection of Kommuneregisteret's feed.
  Person: {
    __resolveReference: (reference) => reference,
    // Read for every person of the entities at once (preloaded), checked for each caller here.
    declaration: relation(
      'declaration',
      (person: PersonReference) => person.id,
      (declaration, { id }, _args, { identity, loaders }) => {
        if (!declaration || isPublished(declaration)) return declaration;
        // Only a contact person's right depends on the person's municipality: no one else waits
        // for it (the public pull of the register asks nothing more).
        if (identity.stvContactFor.length === 0) return unpublishedFor(identity, id, null, declaration);
        return (async () => {
          const municipalityNumber = (await loaders.krPerson.load(id))?.municipalityNumber ?? null;
          return unpublishedFor(identity, id, municipalityNumber, declaration);
        })();
      },
    ),
  },
  Declaration: {
    person: ({ personId }) => ({ id: personId }),
    positions: relation('positionsByPerson', (declaration: DeclarationRow) => declaration.personId),
  },
  Mutation: withFreshLoaders<MutationResolvers<Context>>({
    updateDeclaration: async (_parent, { input }, context) => {
      const { identity, stores } = context;
      // Consent is the person's own: no contact person gives or withdraws it for them.
      const decidesConsent = (input.published ?? null) !== null || input.acceptTerms === false;
      if (decidesConsent) authorize('publishDeclaration', identity, { personId: input.personId });
      await authorizeEdit(context, input.personId);
      const invalid = invalidPersonId(input.personId);
      if (invalid) return { declaration: null, userErrors: [invalid] };
      const result = await stores.declarations.updateDeclaration(identity, input);
      return 'userErrors' in result ? { declaration: null, ...result } : { ...result, userErrors: [] };
    },
    addPosition: async (_parent, { input }, context) => {
      const { identity, stores } = context;
      await authorizeEdit(context, input.personId);
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
    confirmDeclaration: async (_parent, { input }, context) => {
      await authorizeEdit(context, input.personId);
      const invalid = invalidPersonId(input.personId);
      if (invalid) return { declaration: null, userErrors: [invalid] };
      const result = await context.stores.declarations.confirmDeclaration(context.identity, input.personId);
      return 'userErrors' in result ? { declaration: null, ...result } : { ...result, userErrors: [] };
    },
    deleteDeclaration: async (_parent, { input }, context) => {
      await authorizeEdit(context, input.personId);
      const invalid = invalidPersonId(input.personId);
      if (invalid) return { deletedPersonId: null, declaration: null, userErrors: [invalid] };
      const result = await context.stores.declarations.deleteDeclaration(context.identity, input.personId);
      return 'userErrors' in result
        ? { deletedPersonId: null, declaration: null, ...result }
        : { ...result, userErrors: [] };
    },
  }),
};

/**
 * Refuses a caller who may not change the person's declaration before anything is validated or
 * written. A contact person's right depends on the person's municipality (the projection of
 * Kommuneregisteret); the store checks again on the row it locks, as the change is made.
 */
async function authorizeEdit({ identity, loaders }: Context, personId: string): Promise<void> {
  const municipalityNumber =
    identity.stvContactFor.length > 0 && identifiers.isUuid(personId)
      ? ((await loaders.krPerson.load(personId))?.municipalityNumber ?? null)
      : null;
  authorize('editDeclaration', identity, { personId, municipalityNumber });
}

const payload = (result: PositionOutcome) =>
  'userErrors' in result ? { position: null, ...result } : { ...result, userErrors: [] };

const trimmedOrNull = (text: string | null | undefined) => text?.trim() || null;

/** An unpublished declaration as the caller may see it: itself, or null. */
const unpublishedFor = (
  identity: Identity,
  personId: string,
  municipalityNumber: string | null,
  declaration: DeclarationRow,
) =>
  accessPolicy.readUnpublishedDeclaration(identity, { personId, municipalityNumber }) ? declaration : null;

const invalidPersonId = (personId: string) =>
  identifiers.isUuid(personId)
    ? undefined
    : userError('INVALID', 'personId', 'The person id must be a UUID.');
