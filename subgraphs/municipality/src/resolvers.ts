import { scalars } from '@registers/service-runtime';
import type { Resolvers } from './generated/resolvers.ts';
import { geographyResolvers } from './modules/geography/resolvers.ts';
import { personResolvers } from './modules/persons/resolvers.ts';
import { unitResolvers } from './modules/units/resolvers.ts';

export const resolvers: Resolvers = {
  CountyNumber: scalars.CountyNumber,
  MunicipalityNumber: scalars.MunicipalityNumber,
  Date: scalars.Date,
  EmailAddress: scalars.EmailAddress,
  PhoneNumber: scalars.PhoneNumber,
  ...geographyResolvers,
  ...unitResolvers,
  ...personResolvers,
  Query: { ...geographyResolvers.Query, ...unitResolvers.Query, ...personResolvers.Query },
  Mutation: { ...unitResolvers.Mutation, ...personResolvers.Mutation },
};
