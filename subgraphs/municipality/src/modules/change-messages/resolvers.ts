import {
  authorize,
  connectionFrom,
  decodeCursor,
  encodeCursor,
  identifiers,
  pageSize,
  withFreshLoaders,
} from '@registers/service-runtime';
import type { Context } from '../../context.ts';
import type { ChangeMessageRow } from '../../db/schema/index.ts';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers.ts';
import { InputProblems } from '../validation.ts';
import { enhetsregisteretDocument, enhetsregisteretEntity, proposedChanges } from './enhetsregisteret.ts';

const cursorOf = (message: ChangeMessageRow) =>
  encodeCursor('change-message', [message.receivedAt.toISOString(), message.id]);

const mutations: MutationResolvers<Context> = withFreshLoaders({
  importEnhetsregisteretEntities: async (_parent, { input }, { identity, stores }) => {
    authorize('administer', identity);
    const problems = new InputProblems();
    let document: unknown;
    try {
      document = JSON.parse(input.json);
    } catch {
      problems.add('INVALID', 'json', 'The text is not JSON.');
    }
    const list = enhetsregisteretDocument.safeParse(document);
    if (!problems.any && !list.success) {
      problems.add(
        'INVALID',
        'json',
        'Expected a list of entities, or a page with _embedded.enheter or _embedded.underenheter.',
      );
    }
    const entities = (list.data ?? []).map((raw, index) => {
      const entity = enhetsregisteretEntity.safeParse(raw);
      if (!entity.success)
        problems.add('INVALID', 'json', `Entity ${index + 1} lacks a valid organisasjonsnummer or navn.`);
      return entity.data;
    });
    if (problems.any)
      return { received: 0, messages: [], unmatched: [], unchanged: 0, userErrors: problems.errors };

    const valid = entities.filter((entity) => entity !== undefined);
    const wanted = [
      ...new Set(
        valid.flatMap((e) => [e.organisasjonsnummer, ...(e.overordnetEnhet ? [e.overordnetEnhet] : [])]),
      ),
    ];
    const unitsByNumber = new Map(
      (await stores.changeMessages.unitsByOrganizationNumbers(wanted)).map((u) => [u.organizationNumber!, u]),
    );
    const unmatched: string[] = [];
    let unchanged = 0;
    const pending = valid.flatMap((entity) => {
      const unit = unitsByNumber.get(entity.organisasjonsnummer);
      if (!unit) {
        unmatched.push(entity.organisasjonsnummer);
        return [];
      }
      const proposed = proposedChanges(
        entity,
        unit,
        entity.overordnetEnhet ? unitsByNumber.get(entity.overordnetEnhet) : undefined,
      );
      if (Object.keys(proposed).length === 0) {
        unchanged++;
        return [];
      }
      return [
        {
          source: 'ENHETSREGISTERET',
          organizationNumber: unit.organizationNumber!,
          unitId: unit.id,
          payload: entity,
          proposedChanges: proposed,
        },
      ];
    });
    const messages = await stores.changeMessages.receive(identity, pending);
    return { received: valid.length, messages, unmatched, unchanged, userErrors: [] };
  },

  approveChangeMessage: async (_parent, { input }, context) => {
    const { message, userErrors } = await pendingMessage(input.id, context);
    if (!message) return { changeMessage: null, unit: null, userErrors };
    const result = await context.stores.changeMessages.approve(context.identity, message);
    return { changeMessage: result.message, unit: result.unit, userErrors: [] };
  },

  rejectChangeMessage: async (_parent, { input }, context) => {
    const { message, userErrors } = await pendingMessage(input.id, context);
    if (!message) return { changeMessage: null, userErrors };
    const problems = new InputProblems();
    const reason = problems.text(input.reason, 'reason', 'A reason');
    if (problems.any) return { changeMessage: null, userErrors: problems.errors };
    return {
      changeMessage: await context.stores.changeMessages.reject(context.identity, message, reason!),
      userErrors: [],
    };
  },
});

/** A message still to be decided, if the caller may decide for its unit's municipality. */
async function pendingMessage(id: string, { identity, loaders, stores }: Context) {
  const problems = new InputProblems();
  const message = identifiers.isUuid(id) ? await stores.changeMessages.byId(id) : undefined;
  if (!message)
    return {
      message: null,
      userErrors: problems.add('NOT_FOUND', 'id', 'No change message has this id.').errors,
    };
  const unit = (await loaders.unit.load(message.unitId))!;
  authorize('editMunicipalOrganisation', identity, unit.municipalityNumber);
  if (message.status !== 'PENDING') {
    return {
      message: null,
      userErrors: problems.add('INVALID', 'id', `The message was ${message.status.toLowerCase()} already.`)
        .errors,
    };
  }
  return { message, userErrors: [] };
}

export const changeMessageResolvers: Resolvers = {
  Query: {
    changeMessages: async (_parent, { status, municipalityNumber, first, after }, { stores }) => {
      const limit = pageSize(first, 50, 500);
      const key = after ? (decodeCursor('change-message', after, 2) as [string, string]) : null;
      const rows = await stores.changeMessages.list(
        status ?? 'PENDING',
        municipalityNumber ?? null,
        key,
        limit,
      );
      return connectionFrom(rows, limit, cursorOf, after);
    },
  },
  ChangeMessage: {
    unit: async ({ unitId }, _args, { loaders }) => (await loaders.unit.load(unitId))!,
    proposedChanges: async ({ unitId, proposedChanges: proposed, status }, _args, { loaders }) => {
      const unit = (await loaders.unit.load(unitId))!;
      return Object.entries(proposed).map(([field, to]) => ({
        field,
        // Once approved, the unit holds the proposed values; "from" is then not known here.
        from: status === 'PENDING' ? JSON.stringify(unit[field as keyof typeof unit] ?? null) : null,
        to: JSON.stringify(to),
      }));
    },
  },
  Mutation: mutations,
};
