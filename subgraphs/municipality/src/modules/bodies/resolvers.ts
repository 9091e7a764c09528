import { found } from '@registers/graphql-kit';
import { electionPeriod } from './period.ts';
import { relation } from '../../context.ts';
import type { ElectedBodyRow, MembershipRow, MunicipalityRow, PartyRow } from '../../db/schema/index.ts';
import type { MunicipalityElectedBodiesArgs, Resolvers } from '../../generated/resolvers.ts';
import { bodyMutations } from './mutations.ts';

export const bodyResolvers: Resolvers = {
  Mutation: bodyMutations,
  Query: {
    parties: async (_parent, _args, { stores }) => await stores.bodies.listNationalParties(),
    electedBody: async (_parent, { id }, { loaders }) =>
      found(await loaders.body.load(id), 'elected body', `id ${id}`),
  },
  Municipality: {
    electedBodies: relation(
      'bodiesByMunicipality',
      (municipality: MunicipalityRow) => municipality.number,
      (bodies, _municipality, { periodStartYear }: Partial<MunicipalityElectedBodiesArgs>) =>
        periodStartYear == null ? bodies : bodies.filter((body) => body.periodStartYear === periodStartYear),
    ),
  },
  ElectedBody: {
    __resolveReference: ({ id }, { loaders }) => loaders.body.get(id),
    municipality: relation(
      'municipality',
      (body: ElectedBodyRow) => body.municipalityNumber,
      (municipality, { municipalityNumber }) =>
        found(municipality, 'municipality', `number ${municipalityNumber}`),
    ),
    period: ({ periodStartYear }) => electionPeriod(periodStartYear),
    members: relation('membershipsByBody', (body: ElectedBodyRow) => body.id),
  },
  Party: {
    municipality: relation('municipality', (party: PartyRow) => party.municipalityNumber),
  },
  Membership: {
    body: relation(
      'body',
      (membership: MembershipRow) => membership.bodyId,
      (body, { bodyId }) => found(body, 'elected body', `id ${bodyId}`),
    ),
    person: relation(
      'person',
      (membership: MembershipRow) => membership.personId,
      (person, { personId }) => found(person, 'person', `id ${personId}`),
    ),
    party: relation('party', (membership: MembershipRow) => membership.partyId),
  },
};
