/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Role of a person in a company */
export type CompanyRoleKind =
  /** Board chair (styreleder) */
  | 'BOARD_CHAIR'
  /** Board member (styremedlem) */
  | 'BOARD_MEMBER'
  /** Chief executive (daglig leder) */
  | 'CHIEF_EXECUTIVE'
  /** Deputy board member (varamedlem) */
  | 'DEPUTY_BOARD_MEMBER'
  /** Employee (ansatt) */
  | 'EMPLOYEE';

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

/** Kind of an elected body */
export type ElectedBodyKind =
  /** Control committee (kontrollutvalg) */
  | 'CONTROL_COMMITTEE'
  /** County council (fylkesting): a county municipality's */
  | 'COUNTY_COUNCIL'
  /** Executive committee (formannskap, fylkesutvalg) */
  | 'EXECUTIVE_COMMITTEE'
  /** Municipal council (kommunestyre, bystyre): a municipality's, Oslo's included */
  | 'MUNICIPAL_COUNCIL'
  | 'OTHER'
  /** Standing committee (utvalg, hovedutvalg) */
  | 'STANDING_COMMITTEE';

/** Role in an elected body */
export type MembershipRole =
  /** Deputy leader (nestleder, varaordfører) */
  | 'DEPUTY_LEADER'
  /** Leader (leder, ordfører) */
  | 'LEADER'
  /** Member (medlem) */
  | 'MEMBER'
  /** Substitute (varamedlem), called in the order of `substituteRank` */
  | 'SUBSTITUTE';

/** Kind of a local authority */
export type MunicipalityKind =
  /** County municipality (fylkeskommune) */
  | 'COUNTY_MUNICIPALITY'
  /** Municipality (kommune) */
  | 'MUNICIPALITY';

/** Organisation form (organisasjonsform) in Enhetsregisteret */
export type OrganizationForm =
  /** Sub-unit in public administration (annen del av foretak) */
  | 'AAFY'
  /** Limited company (aksjeselskap) */
  | 'AS'
  /** Public limited company (allmennaksjeselskap) */
  | 'ASA'
  /** Sub-unit in business (bedrift) */
  | 'BEDR'
  /** County municipal enterprise (fylkeskommunalt foretak) */
  | 'FKF'
  /** County municipality (fylkeskommune) */
  | 'FYLK'
  /** Inter-municipal company (interkommunalt selskap) */
  | 'IKS'
  /** Municipal enterprise (kommunalt foretak) */
  | 'KF'
  /** Municipality (kommune) */
  | 'KOMM'
  /** Organisational part (organisasjonsledd) */
  | 'ORGL'
  /** Cooperative (samvirkeforetak) */
  | 'SA'
  /** Foundation (stiftelse) */
  | 'STI';

/**
 * Category of a position or interest (kategori), as the Storting's register of interests and the
 * municipal regulations list them. Only the nature of a position or interest is recorded, never an
 * amount (no fees, values, shares' worth or sums of support).
 */
export type PositionCategory =
  /** Self-employment (selvstendig næringsvirksomhet) */
  | 'BUSINESS_INTEREST'
  /** Board seat in a public or private company (styreverv i selskap) */
  | 'COMPANY_BOARD'
  /** Economic support, e.g. grants or sponsorship (økonomisk støtte) */
  | 'ECONOMIC_SUPPORT'
  /** Membership of an elected body, from Kommuneregisteret only (folkevalgt verv) */
  | 'ELECTED_OFFICE'
  /**
   * Agreement with a former or future employer, e.g. paid leave or a promised post (avtale med
   * tidligere eller fremtidig arbeidsgiver)
   */
  | 'EMPLOYER_AGREEMENT'
  /** Gift (gave) */
  | 'GIFT'
  /**
   * Role in a municipally owned company, from Kommuneregisteret only (rolle i kommunalt eid
   * selskap)
   */
  | 'MUNICIPAL_COMPANY_ROLE'
  /** Employment in a municipality or county municipality, from Kommuneregisteret only (ansettelse) */
  | 'MUNICIPAL_EMPLOYMENT'
  /**
   * Board seat in an organisation, including one receiving municipal support (styreverv i
   * organisasjon)
   */
  | 'ORGANIZATION_BOARD'
  /** Other matters (annet) */
  | 'OTHER'
  /** Travel paid by others (reiser betalt av andre) */
  | 'PAID_TRAVEL'
  /** Paid work or consulting beside the role (lønnet arbeid eller oppdrag ved siden av vervet) */
  | 'PAID_WORK'
  /** Real estate (fast eiendom) */
  | 'REAL_ESTATE'
  /** Shareholdings and other interests in companies (aksjer og andeler i selskap) */
  | 'SHAREHOLDING';

/** Kind of a municipal unit */
export type UnitKind =
  /** Department (avdeling) */
  | 'DEPARTMENT'
  /** Kindergarten (barnehage) */
  | 'KINDERGARTEN'
  /** Nursing home (sykehjem) */
  | 'NURSING_HOME'
  | 'OTHER'
  /** School (skole) */
  | 'SCHOOL'
  /** Sector (sektor / kommunalområde) */
  | 'SECTOR';

export type MunicipalityWithOrganisationFragment = { number: string, name: string, kind: MunicipalityKind, organizationNumber: string | null, units: Array<{ id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, electedBodies: Array<{ id: string, kind: ElectedBodyKind, name: string, period: { label: string }, members: Array<{ role: MembershipRole, substituteRank: number | null, party: { code: string | null, name: string } | null, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, companyOwnerships: Array<{ sharePercent: number, company: { organizationNumber: string, name: string, form: OrganizationForm, roles: Array<{ role: CompanyRoleKind, person: { id: string, name: string } }> } }> };

export type UnitWithPeopleFragment = { id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> };

export type PersonWithDeclarationFragment = { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null };

export type PublicationDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationDirectoryQuery = { counties: Array<{ number: string, name: string, countyMunicipality: { number: string } }>, municipalities: Array<{ number: string, phone: string | null, email: string | null, website: string | null, county: { number: string }, units: Array<{ id: string, phone: string | null, email: string | null, visitingAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null, postalAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null }>, companyOwnerships: Array<{ company: { organizationNumber: string, phone: string | null, email: string | null, website: string | null, visitingAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null, postalAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null } }>, visitingAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null, postalAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null }> };

export type PublicContactDetailsOfMunicipalityFragment = { phone: string | null, email: string | null, website: string | null, visitingAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null, postalAddress: { lines: Array<string>, postalCode: string, postalPlace: string } | null };

export type PublicationAddressFragment = { lines: Array<string>, postalCode: string, postalPlace: string };

export type PublicationContactPersonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationContactPersonsQuery = { municipalities: Array<{ number: string, contactPersons: Array<{ role: ContactRole, person: { id: string, name: string, email: string | null } }>, companyOwnerships: Array<{ company: { organizationNumber: string, contactPersons: Array<{ role: ContactRole, person: { id: string, name: string, email: string | null } }> } }> }> };

export type PublicationContactPersonsOfMunicipalityQueryVariables = Exact<{
  number: string;
}>;


export type PublicationContactPersonsOfMunicipalityQuery = { municipality: { number: string, contactPersons: Array<{ role: ContactRole, person: { id: string, name: string, email: string | null } }>, companyOwnerships: Array<{ company: { organizationNumber: string, contactPersons: Array<{ role: ContactRole, person: { id: string, name: string, email: string | null } }> } }> } | null };

export type ContactPersonsOfMunicipalityFragment = { number: string, contactPersons: Array<{ role: ContactRole, person: { id: string, name: string, email: string | null } }>, companyOwnerships: Array<{ company: { organizationNumber: string, contactPersons: Array<{ role: ContactRole, person: { id: string, name: string, email: string | null } }> } }> };

export type PublicationContactPersonFragment = { role: ContactRole, person: { id: string, name: string, email: string | null } };

export type PublicationFeedsAfterQueryVariables = Exact<{
  municipalityAfter?: string | null | undefined;
  interestsAfter?: string | null | undefined;
}>;


export type PublicationFeedsAfterQuery = { changes: { edges: Array<{ node: { sequence: number } }> }, declarationChanges: { edges: Array<{ cursor: string }> } };

export const PersonWithDeclarationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<PersonWithDeclarationFragment, unknown>;
export const UnitWithPeopleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<UnitWithPeopleFragment, unknown>;
export const MunicipalityWithOrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityWithOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitWithPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"substituteRank"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityWithOrganisationFragment, unknown>;
export const PublicationAddressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationAddress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"postalPlace"}}]}}]} as unknown as DocumentNode<PublicationAddressFragment, unknown>;
export const PublicContactDetailsOfMunicipalityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicContactDetailsOfMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationAddress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"postalPlace"}}]}}]} as unknown as DocumentNode<PublicContactDetailsOfMunicipalityFragment, unknown>;
export const PublicationContactPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationContactPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PublicationContactPersonFragment, unknown>;
export const ContactPersonsOfMunicipalityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPersonsOfMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationContactPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationContactPerson"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationContactPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ContactPersonsOfMunicipalityFragment, unknown>;
export const PublicationDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MUNICIPALITY"},{"kind":"EnumValue","value":"COUNTY_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicContactDetailsOfMunicipality"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"visitingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationAddress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Address"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"postalPlace"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicContactDetailsOfMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<PublicationDirectoryQuery, PublicationDirectoryQueryVariables>;
export const PublicationContactPersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationContactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MUNICIPALITY"},{"kind":"EnumValue","value":"COUNTY_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPersonsOfMunicipality"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationContactPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPersonsOfMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationContactPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationContactPerson"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicationContactPersonsQuery, PublicationContactPersonsQueryVariables>;
export const PublicationContactPersonsOfMunicipalityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationContactPersonsOfMunicipality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactPersonsOfMunicipality"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationContactPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactPersonsOfMunicipality"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationContactPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationContactPerson"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicationContactPersonsOfMunicipalityQuery, PublicationContactPersonsOfMunicipalityQueryVariables>;
export const PublicationFeedsAfterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationFeedsAfter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interestsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interestsAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationFeedsAfterQuery, PublicationFeedsAfterQueryVariables>;