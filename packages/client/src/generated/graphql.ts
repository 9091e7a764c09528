/* eslint-disable */
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

/** Kind of entity a change is about */
export type ChangeEntityType =
  | 'COMPANY'
  | 'COMPANY_ROLE'
  | 'CONTACT_PERSON'
  | 'ELECTED_BODY'
  /**
   * An election result (valgoppgjør): UPDATED once, when it is confirmed (its status). Those
   * allowed read it with `electionResults`; Styrevervregisteret starts its reconciliation from it.
   */
  | 'ELECTION_RESULT'
  | 'EMPLOYMENT'
  | 'MEMBERSHIP'
  | 'PARTY'
  | 'PERSON'
  | 'UNIT';

/** Kind of change: Ny, Endring, Sletting in Enhetsregisteret's words */
export type ChangeType =
  | 'CREATED'
  /** The entity is gone: copies must delete it too. */
  | 'DELETED'
  | 'UPDATED';

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

/** Kind of entity a change of a published declaration is about */
export type DeclarationChangeEntityType =
  /** The declaration; its id is its person's */
  | 'DECLARATION'
  | 'POSITION';

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

/** How a report of a wrong match was resolved */
export type ElectionMatchResolution =
  /** The match or the person's record was corrected in Kommuneregisteret */
  | 'CORRECTED'
  /** Nothing was wrong */
  | 'DISMISSED'
  /** The person was merged with their earlier record */
  | 'MERGED';

/** How a person comes into a reconciliation */
export type ElectionReconciliationMatch =
  /** A holder of the municipality not in the new result */
  | 'HOLDER'
  /** Newly elected and matched to a person elected before (re-elected) */
  | 'MATCHED'
  /** Newly elected, matched to no one: a new person in Kommuneregisteret */
  | 'NEW_PERSON';

/** How far a person of a reconciliation has come: the furthest step reached */
export type ElectionReconciliationState =
  /** The link to check and publish, or to report an error, went */
  | 'LINK_SENT'
  /** The advance notice went */
  | 'NOTIFIED'
  /**
   * A mail could not go: Kommuneregisteret has no e-mail address for them (send a manual notice
   * once it has)
   */
  | 'NOT_REACHED'
  /** Their declaration is published again */
  | 'PUBLISHED_AGAIN'
  /** They reported a wrong match, not resolved yet */
  | 'REPORTED'
  /** Their report was resolved */
  | 'RESOLVED'
  /** Their published declaration was unpublished; no mail has gone yet */
  | 'UNPUBLISHED'
  /** Nothing sent yet */
  | 'WAITING';

export type ImportEnhetsregisteretEntitiesInput = {
  /**
   * Enhetsregisteret's open-data JSON: a list of entities, or an API page with
   * `_embedded.enheter` or `_embedded.underenheter`
   */
  json: string;
};

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

export type RemoveContactPersonInput = {
  id: string | number;
};

export type ResolveElectionMatchReportInput = {
  /**
   * With MERGED, and only with it: the person Kommuneregisteret kept when it merged the reporting
   * person into them (mergePersons). Checked against what the follower of its feed has seen: the
   * kept person known, the reporting person gone (NOT_MERGED otherwise)
   */
  mergedIntoPersonId?: string | number | null | undefined;
  /** What was done, for the record */
  note?: string | null | undefined;
  reportId: string | number;
  resolution: ElectionMatchResolution;
};

export type SendNoticesInput = {
  personIds: Array<string | number>;
};

export type StartElectionReconciliationInput = {
  municipalityNumber: string;
  /** The election year that starts the period: 2027 for 2027–2031 */
  periodStartYear: number;
};

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

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { counties: Array<{ number: string, name: string, municipalities: Array<{ number: string, name: string }> }> };

export type DeclarationChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DeclarationChangesQuery = { declarationChanges: { edges: Array<{ cursor: string, node: { sequence: number, entityType: DeclarationChangeEntityType, entityId: string, changeType: ChangeType, changedFields: Array<string>, person: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LiveDeclarationChangesSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type LiveDeclarationChangesSubscription = { declarationChanges: { cursor: string, node: { sequence: number, changeType: ChangeType, entityType: DeclarationChangeEntityType, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, role: string | null }> } | null } } } };

export type LiveDeclarationChangesWithContactSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type LiveDeclarationChangesWithContactSubscription = { declarationChanges: { cursor: string, node: { sequence: number, person: { id: string, name: string, email: string | null } } } };

export type LiveMunicipalityChangesSubscriptionVariables = Exact<{
  municipalityNumber: string;
  after?: string | null | undefined;
}>;


export type LiveMunicipalityChangesSubscription = { changes: { cursor: string, node: { sequence: number, entityType: ChangeEntityType, entityId: string, changeType: ChangeType, changedFields: Array<string>, municipality: { number: string, name: string } | null } } };

export type MunicipalityOrganisationQueryVariables = Exact<{
  number: string;
}>;


export type MunicipalityOrganisationQuery = { municipality: { number: string, name: string, kind: MunicipalityKind, organizationNumber: string | null, county: { number: string, name: string }, units: Array<{ id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, electedBodies: Array<{ id: string, kind: ElectedBodyKind, name: string, period: { label: string }, members: Array<{ role: MembershipRole, substituteRank: number | null, party: { code: string | null, name: string } | null, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, companyOwnerships: Array<{ sharePercent: number, company: { organizationNumber: string, name: string, form: OrganizationForm, roles: Array<{ role: CompanyRoleKind, person: { id: string, name: string } }> } }> } | null };

export type CountyMunicipalityOrganisationQueryVariables = Exact<{
  countyNumber: string;
}>;


export type CountyMunicipalityOrganisationQuery = { county: { number: string, name: string, countyMunicipality: { number: string, name: string, kind: MunicipalityKind, organizationNumber: string | null, units: Array<{ id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, electedBodies: Array<{ id: string, kind: ElectedBodyKind, name: string, period: { label: string }, members: Array<{ role: MembershipRole, substituteRank: number | null, party: { code: string | null, name: string } | null, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, companyOwnerships: Array<{ sharePercent: number, company: { organizationNumber: string, name: string, form: OrganizationForm, roles: Array<{ role: CompanyRoleKind, person: { id: string, name: string } }> } }> } } | null };

export type AllMunicipalitiesOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type AllMunicipalitiesOrganisationQuery = { municipalities: Array<{ number: string, name: string, kind: MunicipalityKind, organizationNumber: string | null, units: Array<{ id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, electedBodies: Array<{ id: string, kind: ElectedBodyKind, name: string, period: { label: string }, members: Array<{ role: MembershipRole, substituteRank: number | null, party: { code: string | null, name: string } | null, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, companyOwnerships: Array<{ sharePercent: number, company: { organizationNumber: string, name: string, form: OrganizationForm, roles: Array<{ role: CompanyRoleKind, person: { id: string, name: string } }> } }> }> };

export type MunicipalityWithOrganisationFragment = { number: string, name: string, kind: MunicipalityKind, organizationNumber: string | null, units: Array<{ id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, electedBodies: Array<{ id: string, kind: ElectedBodyKind, name: string, period: { label: string }, members: Array<{ role: MembershipRole, substituteRank: number | null, party: { code: string | null, name: string } | null, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> }>, companyOwnerships: Array<{ sharePercent: number, company: { organizationNumber: string, name: string, form: OrganizationForm, roles: Array<{ role: CompanyRoleKind, person: { id: string, name: string } }> } }> };

export type UnitWithPeopleFragment = { id: string, name: string, kind: UnitKind, organizationNumber: string | null, organizationForm: OrganizationForm | null, industryCode: string | null, parent: { id: string } | null, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null } }> };

export type PersonWithDeclarationFragment = { id: string, name: string, declaration: { published: boolean, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } | null };

export type PublishedDeclarationQueryVariables = Exact<{
  personId: string | number;
}>;


export type PublishedDeclarationQuery = { person: { id: string, name: string, declaration: { published: boolean, updatedAt: string, confirmedAt: string | null, positions: Array<{ id: string, category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null, startDate: string | null, endDate: string | null }> } | null } | null };

export type RegisterChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  municipalityNumber?: string | null | undefined;
  entityTypes?: Array<ChangeEntityType> | ChangeEntityType | null | undefined;
}>;


export type RegisterChangesQuery = { changes: { edges: Array<{ cursor: string, node: { sequence: number, at: string, entityType: ChangeEntityType, entityId: string, changeType: ChangeType, changedFields: Array<string>, municipality: { number: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchDeclarationsQueryVariables = Exact<{
  name?: string | null | undefined;
  organization?: string | null | undefined;
  municipalityNumber?: string | null | undefined;
  category?: PositionCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchDeclarationsQuery = { searchDeclarations: { edges: Array<{ cursor: string, node: { published: boolean, person: { id: string, name: string }, positions: Array<{ category: PositionCategory, organizationName: string, organizationNumber: string | null, role: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchPersonsQueryVariables = Exact<{
  name: string;
  municipalityNumber?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchPersonsQuery = { searchPersons: { edges: Array<{ cursor: string, node: { id: string, name: string, roles: Array<
          | { __typename: 'CompanyRole' }
          | { __typename: 'Employment' }
          | { __typename: 'Membership' }
        > } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnitQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitQuery = { unit: { id: string, name: string, kind: UnitKind, organizationNumber: string | null, closedOn: string | null, municipality: { number: string, name: string, county: { number: string, name: string } }, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string }>, employments: Array<{ title: string, isLeader: boolean, person: { id: string, name: string } }> } | null };

export type ChangeReceiptsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangeReceiptsQuery = { changeReceipts: Array<{ follower: string, acknowledgedSequence: number, acknowledgedAt: string, firstAcknowledgedAt: string, behind: number }> };

export type MunicipalityContactPersonsQueryVariables = Exact<{
  number: string;
}>;


export type MunicipalityContactPersonsQuery = { municipality: { number: string, name: string, contactPersons: Array<{ id: string, role: ContactRole, person: { id: string, name: string } }> } | null };

export type AssignContactPersonMutationVariables = Exact<{
  input: AssignContactPersonInput;
}>;


export type AssignContactPersonMutation = { assignContactPerson: { contactPerson: { id: string, role: ContactRole, person: { id: string, name: string }, municipality: { number: string, name: string } | null } | null, userErrors: Array<{ code: string, field: Array<string>, message: string }> } };

export type RemoveContactPersonMutationVariables = Exact<{
  input: RemoveContactPersonInput;
}>;


export type RemoveContactPersonMutation = { removeContactPerson: { removedContactPersonId: string | null, userErrors: Array<{ code: string, field: Array<string>, message: string }> } };

export type DeskPersonsQueryVariables = Exact<{
  name: string;
  municipalityNumber?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskPersonsQuery = { searchPersons: { edges: Array<{ cursor: string, node: { id: string, name: string, municipalityNumber: string | null, declaration: { termsAcceptedAt: string | null, published: boolean } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskViewerQuery = { viewer: { administrator: boolean, person: { id: string, name: string } | null, styrevervregisteretContactFor: Array<{ number: string, name: string }> } };

export type ElectionReconciliationDetailsFragment = { id: string, municipalityNumber: string, periodStartYear: number, startedAt: string, progress: Array<{ state: ElectionReconciliationState, count: number }>, persons: Array<{ match: ElectionReconciliationMatch, state: ElectionReconciliationState, person: { id: string, name: string } }>, reports: Array<{ id: string, message: string, reportedAt: string, resolution: ElectionMatchResolution | null, resolutionNote: string | null, resolvedAt: string | null, person: { id: string, name: string } }> };

export type ElectionMatchReportDetailsFragment = { id: string, message: string, reportedAt: string, resolution: ElectionMatchResolution | null, resolutionNote: string | null, resolvedAt: string | null, person: { id: string, name: string } };

export type ElectionReconciliationQueryVariables = Exact<{
  municipalityNumber: string;
  periodStartYear: number;
}>;


export type ElectionReconciliationQuery = { electionReconciliation: { id: string, municipalityNumber: string, periodStartYear: number, startedAt: string, progress: Array<{ state: ElectionReconciliationState, count: number }>, persons: Array<{ match: ElectionReconciliationMatch, state: ElectionReconciliationState, person: { id: string, name: string } }>, reports: Array<{ id: string, message: string, reportedAt: string, resolution: ElectionMatchResolution | null, resolutionNote: string | null, resolvedAt: string | null, person: { id: string, name: string } }> } | null };

export type StartElectionReconciliationMutationVariables = Exact<{
  input: StartElectionReconciliationInput;
}>;


export type StartElectionReconciliationMutation = { startElectionReconciliation: { electionReconciliation: { id: string, municipalityNumber: string, periodStartYear: number, startedAt: string, progress: Array<{ state: ElectionReconciliationState, count: number }>, persons: Array<{ match: ElectionReconciliationMatch, state: ElectionReconciliationState, person: { id: string, name: string } }>, reports: Array<{ id: string, message: string, reportedAt: string, resolution: ElectionMatchResolution | null, resolutionNote: string | null, resolvedAt: string | null, person: { id: string, name: string } }> } | null, userErrors: Array<{ code: string, field: Array<string>, message: string }> } };

export type ResolveElectionMatchReportMutationVariables = Exact<{
  input: ResolveElectionMatchReportInput;
}>;


export type ResolveElectionMatchReportMutation = { resolveElectionMatchReport: { report: { id: string, message: string, reportedAt: string, resolution: ElectionMatchResolution | null, resolutionNote: string | null, resolvedAt: string | null, person: { id: string, name: string } } | null, userErrors: Array<{ code: string, field: Array<string>, message: string }> } };

export type ImportEnhetsregisteretEntitiesMutationVariables = Exact<{
  input: ImportEnhetsregisteretEntitiesInput;
}>;


export type ImportEnhetsregisteretEntitiesMutation = { importEnhetsregisteretEntities: { received: number, unmatched: Array<string>, unchanged: number, messages: Array<{ id: string }>, userErrors: Array<{ code: string, field: Array<string>, message: string }> } };

export type SendNoticesMutationVariables = Exact<{
  input: SendNoticesInput;
}>;


export type SendNoticesMutation = { sendNotices: { queued: number, userErrors: Array<{ code: string, field: Array<string>, message: string }> } };

export const PersonWithDeclarationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<PersonWithDeclarationFragment, unknown>;
export const UnitWithPeopleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<UnitWithPeopleFragment, unknown>;
export const MunicipalityWithOrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityWithOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitWithPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"substituteRank"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityWithOrganisationFragment, unknown>;
export const ElectionMatchReportDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionMatchReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionMatchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<ElectionMatchReportDetailsFragment, unknown>;
export const ElectionReconciliationDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionReconciliationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionMatchReportDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionMatchReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionMatchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<ElectionReconciliationDetailsFragment, unknown>;
export const CountiesDocument = {"__meta__":{"hash":"sha256:5a376790b0ad8839906be7692980ddad4a0cd9db0db82e2a807f097363611ba7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CountiesQuery, CountiesQueryVariables>;
export const DeclarationChangesDocument = {"__meta__":{"hash":"sha256:f3f89e6d2bdd2eac1a6c5c1b473e5ee686340ee58ed0009c409ea5a76e213d13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeclarationChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationChangesQuery, DeclarationChangesQueryVariables>;
export const LiveDeclarationChangesDocument = {"__meta__":{"hash":"sha256:9208c61634bd79f8a9fcc45be1ec10914cbabe2652b9872ce1d75a76966b6df3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveDeclarationChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveDeclarationChangesSubscription, LiveDeclarationChangesSubscriptionVariables>;
export const LiveDeclarationChangesWithContactDocument = {"__meta__":{"hash":"sha256:f26d3db972dbc0d212419ef20fa05831cc7f0481ea1db81b41db698f442b9738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveDeclarationChangesWithContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveDeclarationChangesWithContactSubscription, LiveDeclarationChangesWithContactSubscriptionVariables>;
export const LiveMunicipalityChangesDocument = {"__meta__":{"hash":"sha256:491a2b2a196f78f63628913103071f21b3f4b98bbd853f524b75ec31f4aeaf23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMunicipalityChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveMunicipalityChangesSubscription, LiveMunicipalityChangesSubscriptionVariables>;
export const MunicipalityOrganisationDocument = {"__meta__":{"hash":"sha256:7d47a941d3e0171db66f983ba8e6f929f346446b17996465559f8b06819b019f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityWithOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityWithOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitWithPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"substituteRank"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityOrganisationQuery, MunicipalityOrganisationQueryVariables>;
export const CountyMunicipalityOrganisationDocument = {"__meta__":{"hash":"sha256:66d77b6e7d58f2776facbea7586ba7be0ffdbb2ca818ed5f455fbe583fb9b88c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyMunicipalityOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountyNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityWithOrganisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityWithOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitWithPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"substituteRank"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountyMunicipalityOrganisationQuery, CountyMunicipalityOrganisationQueryVariables>;
export const AllMunicipalitiesOrganisationDocument = {"__meta__":{"hash":"sha256:d0cd691497bb8b507266be4e814d7f41f975935775c38b388c8fc6e2e28ed5ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllMunicipalitiesOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MUNICIPALITY"},{"kind":"EnumValue","value":"COUNTY_MUNICIPALITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MunicipalityWithOrganisation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonWithDeclaration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitWithPeople"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"organizationForm"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MunicipalityWithOrganisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Municipality"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitWithPeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"electedBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"substituteRank"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonWithDeclaration"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyOwnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AllMunicipalitiesOrganisationQuery, AllMunicipalitiesOrganisationQueryVariables>;
export const PublishedDeclarationDocument = {"__meta__":{"hash":"sha256:15836a7e4d1d40474a8bb0e20460721ddf88a1f5c5341cd2af09abc8f4f64f72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedDeclaration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedDeclarationQuery, PublishedDeclarationQueryVariables>;
export const RegisterChangesDocument = {"__meta__":{"hash":"sha256:af1491a470747bbb6113778c29b82e91427d9de8938c998a215a169516e89c64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEntityType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterChangesQuery, RegisterChangesQueryVariables>;
export const SearchDeclarationsDocument = {"__meta__":{"hash":"sha256:9a1bb3da56544823fe0f760fd607211864e468cc4b5f42a8e6034ca921cbb40d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDeclarations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchText"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchText"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchDeclarations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchDeclarationsQuery, SearchDeclarationsQueryVariables>;
export const SearchPersonsDocument = {"__meta__":{"hash":"sha256:837ec51a22c5e6e1506d78d75a8342a90c79ae7cde1a4566c008f30a09ece46a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchText"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPersonsQuery, SearchPersonsQueryVariables>;
export const UnitDocument = {"__meta__":{"hash":"sha256:7636979e7bd30d70c989067a11f405014c8e96ffd687d5d073ba70cb66d433b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isLeader"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const ChangeReceiptsDocument = {"__meta__":{"hash":"sha256:278ad2da383f3d764407f5ba21465fd6a869d09f9d0ad3598cb2e52b54992944"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeReceipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReceipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"follower"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedSequence"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}}]}}]}}]} as unknown as DocumentNode<ChangeReceiptsQuery, ChangeReceiptsQueryVariables>;
export const MunicipalityContactPersonsDocument = {"__meta__":{"hash":"sha256:caa90e322b31782f0cf46b2a0c9ae2c9bb29dbb6dd514779bc88b2bc8d96ed79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityContactPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactPersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityContactPersonsQuery, MunicipalityContactPersonsQueryVariables>;
export const AssignContactPersonDocument = {"__meta__":{"hash":"sha256:3953cc9b6ae55669d81e0aaa07ff7eed24538dbcf5e482303efb32db5dadaa72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignContactPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignContactPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignContactPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignContactPersonMutation, AssignContactPersonMutationVariables>;
export const RemoveContactPersonDocument = {"__meta__":{"hash":"sha256:5af0222867d2185b0156c6c7b76e4f091af3cbd5ece462595d511368edb99033"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveContactPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveContactPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeContactPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedContactPersonId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveContactPersonMutation, RemoveContactPersonMutationVariables>;
export const DeskPersonsDocument = {"__meta__":{"hash":"sha256:a23a4e096e2a3947d3e1eee40edf9bb32789e7a4988eb9eaea17f24cf14cd03e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchText"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeskPersonsQuery, DeskPersonsQueryVariables>;
export const DeskViewerDocument = {"__meta__":{"hash":"sha256:71fb2d099b7fa3bcbb3e646b4621d6f41cdd99e9ab3534341a9ee75d63558d28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrator"}},{"kind":"Field","name":{"kind":"Name","value":"styrevervregisteretContactFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeskViewerQuery, DeskViewerQueryVariables>;
export const ElectionReconciliationDocument = {"__meta__":{"hash":"sha256:5175f7785011b024167a5fdba5dc17b2622750e308f00468c81661cd22057d41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ElectionReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityNumber"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStartYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electionReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodStartYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStartYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionReconciliationDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionMatchReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionMatchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionReconciliationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionMatchReportDetails"}}]}}]}}]} as unknown as DocumentNode<ElectionReconciliationQuery, ElectionReconciliationQueryVariables>;
export const StartElectionReconciliationDocument = {"__meta__":{"hash":"sha256:66ba801a24b9eeaa064760c03dcac279bb80ad7e5c5ae16f29c50a2cabaaf2db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartElectionReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartElectionReconciliationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startElectionReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electionReconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionReconciliationDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionMatchReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionMatchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionReconciliationDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartYear"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionMatchReportDetails"}}]}}]}}]} as unknown as DocumentNode<StartElectionReconciliationMutation, StartElectionReconciliationMutationVariables>;
export const ResolveElectionMatchReportDocument = {"__meta__":{"hash":"sha256:4752a244eff57ffe064af77a833af0d7362b178fb69771212c7f1a9150e62953"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveElectionMatchReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveElectionMatchReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveElectionMatchReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionMatchReportDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionMatchReportDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionMatchReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<ResolveElectionMatchReportMutation, ResolveElectionMatchReportMutationVariables>;
export const ImportEnhetsregisteretEntitiesDocument = {"__meta__":{"hash":"sha256:09dca7949f3c2ea30e7cfb6cad6eb48da5117a6dc5c1f6a3f0469a18a91c99bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEnhetsregisteretEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEnhetsregisteretEntitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEnhetsregisteretEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportEnhetsregisteretEntitiesMutation, ImportEnhetsregisteretEntitiesMutationVariables>;
export const SendNoticesDocument = {"__meta__":{"hash":"sha256:897f6e35f13127969a8eaa07c552aa2ffbf71b1d30a65acf8f4dc39a9ac5a9fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendNoticesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendNoticesMutation, SendNoticesMutationVariables>;