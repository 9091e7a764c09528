import type { CodegenConfig } from '@graphql-codegen/cli';

/** Mapper and context paths are relative to the generated file. */
const subgraph = (name: string, mappers: Record<string, string>): CodegenConfig['generates'][string] => ({
  schema: `schema/${name}.graphql`,
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    useIndexSignature: true,
    useTypeImports: true,
    contextType: '../context.ts#Context',
    mappers: Object.fromEntries(
      Object.entries(mappers).map(([type, row]) => [type, `../db/schema/index.ts#${row}`]),
    ),
    scalars: sharedScalars,
    enumsAsTypes: true,
  },
});

const sharedScalars = {
  CountyNumber: 'string',
  MunicipalityNumber: 'string',
  OrganizationNumber: 'string',
  EmailAddress: 'string',
  PhoneNumber: 'string',
  IndustryCode: 'string',
  Date: 'string',
  Name: 'string',
  Text: 'string',
  SearchText: 'string',
  PostalCode: 'string',
  DateTime: { input: 'Date', output: 'Date | string' },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/municipality/src/generated/resolvers.ts': subgraph('municipality', {
      County: 'CountyRow',
      Municipality: 'MunicipalityRow',
      Unit: 'UnitRow',
      Person: 'PersonRow',
      Employment: 'EmploymentRow',
      Change: 'ChangeEventRow',
      ContactPerson: 'ContactPersonRow',
      ChangeMessage: 'ChangeMessageRow',
      Party: 'PartyRow',
      ElectedBody: 'ElectedBodyRow',
      Membership: 'MembershipRow',
      Company: 'CompanyRow',
      CompanyOwnership: 'CompanyOwnerRow',
      CompanyRole: 'CompanyRoleRow',
      ChangeReceipt: 'ChangeReceiptRow',
      ElectionResult: 'ElectionResultWithCandidates',
      ElectionCandidate: 'ElectionCandidateRow',
    }),
    'subgraphs/interests/src/generated/resolvers.ts': subgraph('interests', {
      Person: 'PersonReference',
      Declaration: 'DeclarationRow',
      Position: 'PositionRow',
      DeclarationChange: 'ChangeEventRow',
      ElectionReconciliation: 'ElectionReconciliationRow',
      ElectionReconciliationPerson: 'ElectionReconciliationPersonView',
      ElectionMatchReport: 'ElectionMatchReportRow',
    }),
    // The partner client's typed documents (packages/client/operations), each with its sha256
    // hash, and persisted-documents.json: the manifest of trusted operations the gateway serves.
    'packages/client/src/generated/': {
      schema: 'schema/api.graphql',
      documents: 'packages/client/operations/**/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      // Published as JavaScript: relative imports name the emitted `.js` files.
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        importExtension: '.js',
        // A partner reads JSON: a DateTime is the string it was sent as.
        scalars: { ...sharedScalars, DateTime: 'string' },
      },
    },
    // Typed documents of the gateway's own operations (the Kommunenøkkelen document) and of the
    // frontends' that its tests send (gateway/operations), over the register pull's fragments.
    'gateway/src/generated/operations.ts': {
      schema: 'schema/api.graphql',
      documents: [
        'gateway/operations/**/*.graphql',
        'packages/client/operations/OrganisationFragments.graphql',
      ],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: sharedScalars },
    },
    // The publication's own operations; the pull whose answer the Kommunenøkkelen document is
    // comes typed from @registers/client.
    'publication/src/generated/operations.ts': {
      schema: 'schema/api.graphql',
      documents: [
        'packages/client/operations/OrganisationFragments.graphql',
        'publication/operations/**/*.graphql',
      ],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: sharedScalars },
    },
    'publication/test/generated/operations.ts': {
      schema: 'schema/api.graphql',
      documents: 'publication/test/operations/**/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: sharedScalars },
    },
  },
};

export default config;
