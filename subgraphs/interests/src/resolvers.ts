import { scalars } from '@registers/service-runtime';
import type { Resolvers } from './generated/resolvers.ts';
import { declarationResolvers } from './modules/declarations/resolvers.ts';

export const resolvers: Resolvers = {
  Date: scalars.Date,
  DateTime: scalars.DateTime,
  OrganizationNumber: scalars.OrganizationNumber,
  MunicipalityNumber: scalars.MunicipalityNumber,
  ...declarationResolvers,
};
