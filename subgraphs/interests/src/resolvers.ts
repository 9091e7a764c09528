import { mergeResolvers, scalars } from '@registers/graphql-kit';
import type { Resolvers } from './generated/resolvers.ts';
import { declarationChangeResolvers } from './modules/changes/resolvers.ts';
import { declarationResolvers } from './modules/declarations/resolvers.ts';
import { electionReconciliationResolvers } from './modules/elections/resolvers.ts';
import { noticeResolvers } from './modules/notices/resolvers.ts';
import { searchResolvers } from './modules/search/resolvers.ts';

const scalarResolvers: Resolvers = {
  Date: scalars.Date,
  DateTime: scalars.DateTime,
  OrganizationNumber: scalars.OrganizationNumber,
  MunicipalityNumber: scalars.MunicipalityNumber,
  Name: scalars.Name,
  SearchText: scalars.SearchText,
  Text: scalars.Text,
  EmailAddress: scalars.EmailAddress,
};

export const resolvers = mergeResolvers<Resolvers>(
  scalarResolvers,
  declarationResolvers,
  declarationChangeResolvers,
  noticeResolvers,
  searchResolvers,
  electionReconciliationResolvers,
);
