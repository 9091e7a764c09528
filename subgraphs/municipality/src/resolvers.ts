import { mergeResolvers, scalars } from '@registers/graphql-kit';
import type { Resolvers } from './generated/resolvers.ts';
import { bodyResolvers } from './modules/bodies/resolvers.ts';
import { changeMessageResolvers } from './modules/change-messages/resolvers.ts';
import { changeReceiptResolvers } from './modules/change-receipts/resolvers.ts';
import { changeResolvers } from './modules/changes/resolvers.ts';
import { companyResolvers } from './modules/companies/resolvers.ts';
import { contactResolvers } from './modules/contacts/resolvers.ts';
import { electionResolvers } from './modules/elections/resolvers.ts';
import { geographyResolvers } from './modules/geography/resolvers.ts';
import { personMutations } from './modules/persons/mutations.ts';
import { personResolvers } from './modules/persons/resolvers.ts';
import { roleFactResolvers } from './modules/role-facts/resolvers.ts';
import { unitResolvers } from './modules/units/resolvers.ts';

const scalarResolvers: Resolvers = {
  CountyNumber: scalars.CountyNumber,
  MunicipalityNumber: scalars.MunicipalityNumber,
  OrganizationNumber: scalars.OrganizationNumber,
  IndustryCode: scalars.IndustryCode,
  EmailAddress: scalars.EmailAddress,
  PhoneNumber: scalars.PhoneNumber,
  Date: scalars.Date,
  DateTime: scalars.DateTime,
  Name: scalars.Name,
  Text: scalars.Text,
  SearchText: scalars.SearchText,
  PostalCode: scalars.PostalCode,
};

export const resolvers = mergeResolvers<Resolvers>(
  scalarResolvers,
  geographyResolvers,
  unitResolvers,
  personResolvers,
  { Mutation: personMutations },
  bodyResolvers,
  companyResolvers,
  changeResolvers,
  contactResolvers,
  changeMessageResolvers,
  changeReceiptResolvers,
  roleFactResolvers,
  electionResolvers,
);
