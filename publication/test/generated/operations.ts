/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AssignContactPersonInput = {
  /** For COMPANY */
  companyId?: string | number | null | undefined;
  /** For KR, STV and BOTH */
  municipalityNumber?: string | null | undefined;
  personId: string | number;
  role: ContactRole;
};

/**
 * Administrative role: who answers for a municipality's or company's data in the registers, or
 * administers them
 */
export type ContactRole =
  /** Administrator of the operator */
  | 'ADMINISTRATOR'
  /** Contact person for both registers (recommended) */
  | 'BOTH'
  /** Contact person for a company */
  | 'COMPANY'
  /** Contact person for Kommuneregisteret */
  | 'KR'
  /** Contact person for Styrevervregisteret */
  | 'STV';

export type PublicationTestAssignContactPersonMutationVariables = Exact<{
  input: AssignContactPersonInput;
}>;


export type PublicationTestAssignContactPersonMutation = { assignContactPerson: { contactPerson: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type PublicationTestPersonEmailQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicationTestPersonEmailQuery = { person: { name: string, email: string | null } | null };

export type PublicationTestCompanyIdQueryVariables = Exact<{
  organizationNumber: string;
}>;


export type PublicationTestCompanyIdQuery = { company: { id: string } | null };


export const PublicationTestAssignContactPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicationTestAssignContactPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignContactPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignContactPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationTestAssignContactPersonMutation, PublicationTestAssignContactPersonMutationVariables>;
export const PublicationTestPersonEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestPersonEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PublicationTestPersonEmailQuery, PublicationTestPersonEmailQueryVariables>;
export const PublicationTestCompanyIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTestCompanyId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PublicationTestCompanyIdQuery, PublicationTestCompanyIdQueryVariables>;