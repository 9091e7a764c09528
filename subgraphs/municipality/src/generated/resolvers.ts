import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountyRow, MunicipalityRow, UnitRow, PersonRow, EmploymentRow, ChangeEventRow, ContactPersonRow, ChangeMessageRow, PartyRow, ElectedBodyRow, MembershipRow, CompanyRow, CompanyOwnerRow, CompanyRoleRow, ChangeReceiptRow, ElectionResultWithCandidates, ElectionCandidateRow } from '../db/schema/index.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** County number (fylkesnummer): two digits, e.g. "03" for Oslo or "46" for Vestland. */
  CountyNumber: { input: string; output: string; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone, e.g. "2026-01-20T08:00:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /** An e-mail address; stored in lower case. */
  EmailAddress: { input: string; output: string; }
  /** Industry code (næringskode) in the NACE format NN.NNN, e.g. "84.110". */
  IndustryCode: { input: string; output: string; }
  /**
   * Municipality number (kommunenummer): four digits, the first two are the county number,
   * e.g. "0301" for Oslo or "4601" for Bergen.
   */
  MunicipalityNumber: { input: string; output: string; }
  /** A name or title: at most 200 characters (longer is refused as BAD_USER_INPUT). */
  Name: { input: string; output: string; }
  /**
   * Organisation number (organisasjonsnummer) in Enhetsregisteret: nine digits, the last a MOD11
   * check digit.
   */
  OrganizationNumber: { input: string; output: string; }
  /**
   * A Norwegian phone number, eight digits; given with or without +47 and spaces, returned as
   * "+4722000000".
   */
  PhoneNumber: { input: string; output: string; }
  /** A Norwegian postal code (postnummer): four digits, e.g. "5003". */
  PostalCode: { input: string; output: string; }
  /** A search term: part of a name, at most 100 characters (longer is refused as BAD_USER_INPUT). */
  SearchText: { input: string; output: string; }
  /** Free text, such as a reason: at most 2,000 characters (longer is refused as BAD_USER_INPUT). */
  Text: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcknowledgeChangesInput = {
  sequence: Scalars['Int']['input'];
};

export type AcknowledgeChangesPayload = {
  __typename?: 'AcknowledgeChangesPayload';
  receipt?: Maybe<ChangeReceipt>;
  userErrors: Array<UserError>;
};

export type AddMembershipInput = {
  bodyId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A national party or a local list of the body's municipality */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  personId: Scalars['ID']['input'];
  role: MembershipRole;
  startDate: Scalars['Date']['input'];
  /** Required for a substitute, 1 and up; not given for other roles */
  substituteRank?: InputMaybe<Scalars['Int']['input']>;
};

export type AddMembershipPayload = {
  __typename?: 'AddMembershipPayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type AddPersonInput = {
  email: Scalars['EmailAddress']['input'];
  familyName: Scalars['Name']['input'];
  givenName: Scalars['Name']['input'];
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
};

export type AddPersonPayload = {
  __typename?: 'AddPersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

/** A postal or visiting address */
export type Address = {
  __typename?: 'Address';
  /** Street and number, or a post box, one line each */
  lines: Array<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  postalPlace: Scalars['String']['output'];
};

export type AddressInput = {
  lines: Array<Scalars['Name']['input']>;
  postalCode: Scalars['PostalCode']['input'];
  postalPlace: Scalars['Name']['input'];
};

export type ApproveChangeMessageInput = {
  id: Scalars['ID']['input'];
};

export type ApproveChangeMessagePayload = {
  __typename?: 'ApproveChangeMessagePayload';
  changeMessage?: Maybe<ChangeMessage>;
  unit?: Maybe<Unit>;
  userErrors: Array<UserError>;
};

export type AssignContactPersonInput = {
  /** For COMPANY */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** For KR, STV and BOTH */
  municipalityNumber?: InputMaybe<Scalars['MunicipalityNumber']['input']>;
  personId: Scalars['ID']['input'];
  role: ContactRole;
};

export type AssignContactPersonPayload = {
  __typename?: 'AssignContactPersonPayload';
  contactPerson?: Maybe<ContactPerson>;
  userErrors: Array<UserError>;
};

/** One change in the register */
export type Change = {
  __typename?: 'Change';
  at: Scalars['DateTime']['output'];
  changeType: ChangeType;
  /** The fields that changed: all for a created entity, none for a deleted one */
  changedFields: Array<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: ChangeEntityType;
  /** The municipality the entity belongs to, where it belongs to one */
  municipality?: Maybe<Municipality>;
  /**
   * The person the change concerns (the person, or a role's or assignment's holder), for the
   * register's own followers; internal to the supergraph
   */
  personId?: Maybe<Scalars['ID']['output']>;
  /** Sequential, in the order the changes were committed */
  sequence: Scalars['Int']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
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

/**
 * A change message (endringsmelding) in: what Enhetsregisteret says of a unit that differs from
 * Kommuneregisteret
 */
export type ChangeMessage = {
  __typename?: 'ChangeMessage';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  organizationNumber: Scalars['OrganizationNumber']['output'];
  /** Each field the message would change, with the unit's value now and the proposed one */
  proposedChanges: Array<ProposedChange>;
  receivedAt: Scalars['DateTime']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** ENHETSREGISTERET */
  source: Scalars['String']['output'];
  status: ChangeMessageStatus;
  unit: Unit;
};

export type ChangeMessageConnection = {
  __typename?: 'ChangeMessageConnection';
  edges: Array<ChangeMessageEdge>;
  pageInfo: PageInfo;
};

export type ChangeMessageEdge = {
  __typename?: 'ChangeMessageEdge';
  cursor: Scalars['String']['output'];
  node: ChangeMessage;
};

export type ChangeMessageStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** A change receipt (endringskvittering): how far a follower of the change feed has processed it */
export type ChangeReceipt = {
  __typename?: 'ChangeReceipt';
  acknowledgedAt: Scalars['DateTime']['output'];
  /** The sequence of the last change the follower has processed; it has processed every one before */
  acknowledgedSequence: Scalars['Int']['output'];
  /**
   * How far the follower is behind the feed's end: the changes committed after the one it has
   * acknowledged (the feed's latest sequence less `acknowledgedSequence`)
   */
  behind: Scalars['Int']['output'];
  firstAcknowledgedAt: Scalars['DateTime']['output'];
  /** The follower's service identity, e.g. system:follower:interests */
  follower: Scalars['String']['output'];
};

/** Kind of change: Ny, Endring, Sletting in Enhetsregisteret's words */
export type ChangeType =
  | 'CREATED'
  /** The entity is gone: copies must delete it too. */
  | 'DELETED'
  | 'UPDATED';

export type CloseUnitInput = {
  closedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

export type CloseUnitPayload = {
  __typename?: 'CloseUnitPayload';
  unit?: Maybe<Unit>;
  userErrors: Array<UserError>;
};

/** Municipally owned company (kommunalt eid selskap): AS, IKS, KF, … */
export type Company = {
  __typename?: 'Company';
  chiefExecutive?: Maybe<Person>;
  /** The company's contact persons */
  contactPersons: Array<ContactPerson>;
  email?: Maybe<Scalars['String']['output']>;
  form: OrganizationForm;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organizationNumber: Scalars['OrganizationNumber']['output'];
  /** The owning municipalities and their shares, largest first */
  owners: Array<CompanyOwnership>;
  phone?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<Address>;
  /** Chief executive, board and employees */
  roles: Array<CompanyRole>;
  visitingAddress?: Maybe<Address>;
  website?: Maybe<Scalars['String']['output']>;
};

export type CompanyOwnerInput = {
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  /** Per cent, more than 0; the owners' shares add up to at most 100 */
  sharePercent: Scalars['Float']['input'];
};

/** A municipality's share of a company */
export type CompanyOwnership = {
  __typename?: 'CompanyOwnership';
  company: Company;
  municipality: Municipality;
  /** Per cent, e.g. 33.33 */
  sharePercent: Scalars['Float']['output'];
};

/** A person's role in a municipally owned company */
export type CompanyRole = {
  __typename?: 'CompanyRole';
  company: Company;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  person: Person;
  role: CompanyRoleKind;
  startDate: Scalars['Date']['output'];
};

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

export type ConfirmElectionResultInput = {
  id: Scalars['ID']['input'];
};

export type ConfirmElectionResultPayload = {
  __typename?: 'ConfirmElectionResultPayload';
  /** The period's council, with the candidates as members and substitutes */
  council?: Maybe<ElectedBody>;
  electionResult?: Maybe<ElectionResult>;
  userErrors: Array<UserError>;
};

/** A contact person (kontaktperson) assignment */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  company?: Maybe<Company>;
  id: Scalars['ID']['output'];
  municipality?: Maybe<Municipality>;
  person: Person;
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

export type CorrectElectionMatchInput = {
  candidateId: Scalars['ID']['input'];
  /** The person the candidate is; null to register a new person */
  personId?: InputMaybe<Scalars['ID']['input']>;
};

export type CorrectElectionMatchPayload = {
  __typename?: 'CorrectElectionMatchPayload';
  candidate?: Maybe<ElectionCandidate>;
  userErrors: Array<UserError>;
};

/** County (fylke): an area, governed by its county municipality */
export type County = {
  __typename?: 'County';
  /**
   * The county municipality (fylkeskommune) that governs the county, numbered by the county
   * number and 00 (4600 Vestland fylkeskommune). For Oslo it is Oslo kommune (0301) itself,
   * municipality and county municipality at once.
   */
  countyMunicipality: Municipality;
  /** @deprecated The county municipality's: use countyMunicipality. */
  email?: Maybe<Scalars['String']['output']>;
  /** The county's municipalities (kommuner), ordered by number. */
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  number: Scalars['CountyNumber']['output'];
  /** @deprecated The county municipality's: use countyMunicipality { organizationNumber }. */
  organizationNumber?: Maybe<Scalars['OrganizationNumber']['output']>;
  /** @deprecated The county municipality's: use countyMunicipality. */
  phone?: Maybe<Scalars['String']['output']>;
  /** @deprecated The county municipality's: use countyMunicipality. */
  postalAddress?: Maybe<Address>;
  /** @deprecated The county municipality's: use countyMunicipality. */
  visitingAddress?: Maybe<Address>;
  /** @deprecated The county municipality's: use countyMunicipality. */
  website?: Maybe<Scalars['String']['output']>;
};

export type CreateCompanyInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** AS, ASA, IKS, KF, FKF, SA or STI */
  form: OrganizationForm;
  name: Scalars['Name']['input'];
  organizationNumber: Scalars['OrganizationNumber']['input'];
  owners: Array<CompanyOwnerInput>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  postalAddress?: InputMaybe<AddressInput>;
  visitingAddress?: InputMaybe<AddressInput>;
  website?: InputMaybe<Scalars['Text']['input']>;
};

export type CreateCompanyPayload = {
  __typename?: 'CreateCompanyPayload';
  company?: Maybe<Company>;
  userErrors: Array<UserError>;
};

export type CreateElectedBodyInput = {
  kind: ElectedBodyKind;
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  name: Scalars['Name']['input'];
  /** The municipal election year that starts the period: 2019, 2023, 2027, … */
  periodStartYear: Scalars['Int']['input'];
};

export type CreateElectedBodyPayload = {
  __typename?: 'CreateElectedBodyPayload';
  electedBody?: Maybe<ElectedBody>;
  userErrors: Array<UserError>;
};

export type CreateLocalListInput = {
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  name: Scalars['Name']['input'];
};

export type CreateLocalListPayload = {
  __typename?: 'CreateLocalListPayload';
  party?: Maybe<Party>;
  userErrors: Array<UserError>;
};

export type CreateUnitInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  industryCode?: InputMaybe<Scalars['IndustryCode']['input']>;
  kind: UnitKind;
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  /** 1 to 200 characters */
  name: Scalars['Name']['input'];
  organizationForm?: InputMaybe<OrganizationForm>;
  organizationNumber?: InputMaybe<Scalars['OrganizationNumber']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  postalAddress?: InputMaybe<AddressInput>;
  visitingAddress?: InputMaybe<AddressInput>;
};

export type CreateUnitPayload = {
  __typename?: 'CreateUnitPayload';
  unit?: Maybe<Unit>;
  userErrors: Array<UserError>;
};

/** Elected body (folkevalgt organ) of a municipality for one election period */
export type ElectedBody = {
  __typename?: 'ElectedBody';
  id: Scalars['ID']['output'];
  kind: ElectedBodyKind;
  /** Members by role: leader, deputy leader, members, then substitutes by rank. */
  members: Array<Membership>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  period: ElectionPeriod;
};

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

/** An elected member or substitute as the election result names them */
export type ElectionCandidate = {
  __typename?: 'ElectionCandidate';
  /** The persons an ambiguous candidate may be */
  alternatives: Array<Person>;
  birthYear?: Maybe<Scalars['Int']['output']>;
  body: ElectedBodyKind;
  id: Scalars['ID']['output'];
  /** The list as the result names it (a national party's code or name, or a local list's name) */
  list: Scalars['String']['output'];
  match: ElectionMatch;
  matchedBy?: Maybe<ElectionMatchBasis>;
  name: Scalars['String']['output'];
  /** The party or local list; null for a local list registered on confirmation */
  party?: Maybe<Party>;
  /** The person matched (after confirmation, also the person registered for a new one) */
  person?: Maybe<Person>;
  /** Null for an elected member; the substitute's rank on the list otherwise */
  substituteRank?: Maybe<Scalars['Int']['output']>;
};

export type ElectionCandidateInput = {
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** MUNICIPAL_COUNCIL for a municipality, COUNTY_COUNCIL for a county municipality */
  body: ElectedBodyKind;
  /** A national party's code (A, H, FRP, …) or name, or a local list's name */
  list: Scalars['Name']['input'];
  /** Given and family name, as the result has it */
  name: Scalars['Name']['input'];
  /** Null for an elected member; 1, 2, … for the list's substitutes in order */
  substituteRank?: InputMaybe<Scalars['Int']['input']>;
};

export type ElectionMatch =
  /** More than one person fits, or two candidates fit one person: a contact person decides */
  | 'AMBIGUOUS'
  /** A person elected before in the municipality; they keep their data and declaration */
  | 'MATCHED'
  /** No one elected before: a new person is registered on confirmation */
  | 'NEW_PERSON';

export type ElectionMatchBasis =
  /** Set by a contact person */
  | 'CORRECTED'
  | 'NAME'
  | 'NAME_AND_LIST'
  | 'NAME_LIST_AND_BIRTH_YEAR';

/** Election period (valgperiode), four years from a municipal election */
export type ElectionPeriod = {
  __typename?: 'ElectionPeriod';
  endYear: Scalars['Int']['output'];
  /** E.g. "2023–2027" */
  label: Scalars['String']['output'];
  startYear: Scalars['Int']['output'];
};

/** An election result loaded for one municipality and period */
export type ElectionResult = {
  __typename?: 'ElectionResult';
  /** Candidates whose match a contact person must decide before confirming */
  ambiguous: Scalars['Int']['output'];
  /** The candidates in the order loaded */
  candidates: Array<ElectionCandidate>;
  id: Scalars['ID']['output'];
  /** Candidates matched to a person of the register */
  matched: Scalars['Int']['output'];
  municipality: Municipality;
  /** Candidates who will be registered as new persons */
  newPersons: Scalars['Int']['output'];
  period: ElectionPeriod;
  status: ElectionResultStatus;
};

export type ElectionResultStatus =
  /** Confirmed: the candidates are the council's members and substitutes */
  | 'CONFIRMED'
  /** Loaded and matched; the register is not changed yet */
  | 'PROPOSED';

/** Employment (ansettelse) of a person in a unit */
export type Employment = {
  __typename?: 'Employment';
  /** Area of responsibility (ansvarsområde) */
  areaOfResponsibility?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the unit's leader (leder) */
  isLeader: Scalars['Boolean']['output'];
  person: Person;
  startDate: Scalars['Date']['output'];
  /** Job title (stillingstittel) */
  title: Scalars['String']['output'];
  unit: Unit;
};

export type EndCompanyRoleInput = {
  endDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

export type EndCompanyRolePayload = {
  __typename?: 'EndCompanyRolePayload';
  companyRole?: Maybe<CompanyRole>;
  userErrors: Array<UserError>;
};

export type EndEmploymentInput = {
  endDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

export type EndEmploymentPayload = {
  __typename?: 'EndEmploymentPayload';
  employment?: Maybe<Employment>;
  userErrors: Array<UserError>;
};

export type EndMembershipInput = {
  endDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

export type EndMembershipPayload = {
  __typename?: 'EndMembershipPayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

/** A person's rights from the register's assignments (internal to the supergraph) */
export type IdentityGrants = {
  __typename?: 'IdentityGrants';
  administrator: Scalars['Boolean']['output'];
  /** Organisation numbers of the companies the person is contact person for */
  companies: Array<Scalars['String']['output']>;
  /** Municipality numbers where the person is Kommuneregisteret's contact person */
  krContactFor: Array<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  /** Municipality numbers where the person is Styrevervregisteret's contact person */
  stvContactFor: Array<Scalars['String']['output']>;
};

export type ImportEnhetsregisteretEntitiesInput = {
  /**
   * Enhetsregisteret's open-data JSON: a list of entities, or an API page with
   * `_embedded.enheter` or `_embedded.underenheter`
   */
  json: Scalars['String']['input'];
};

export type ImportEnhetsregisteretEntitiesPayload = {
  __typename?: 'ImportEnhetsregisteretEntitiesPayload';
  /** Pending messages made, one per matched unit with something to change */
  messages: Array<ChangeMessage>;
  /** Entities read */
  received: Scalars['Int']['output'];
  /** Entities that matched a unit with nothing to change */
  unchanged: Scalars['Int']['output'];
  /** Organisation numbers no unit in Kommuneregisteret has */
  unmatched: Array<Scalars['OrganizationNumber']['output']>;
  userErrors: Array<UserError>;
};

export type LoadElectionResultInput = {
  candidates: Array<ElectionCandidateInput>;
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
  /** The election year that starts the period: 2027 for 2027–2031 */
  periodStartYear: Scalars['Int']['input'];
};

export type LoadElectionResultPayload = {
  __typename?: 'LoadElectionResultPayload';
  electionResult?: Maybe<ElectionResult>;
  userErrors: Array<UserError>;
};

/** Membership (verv) of a person in an elected body */
export type Membership = {
  __typename?: 'Membership';
  body: ElectedBody;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The party or list the person represents */
  party?: Maybe<Party>;
  person: Person;
  role: MembershipRole;
  startDate: Scalars['Date']['output'];
  substituteRank?: Maybe<Scalars['Int']['output']>;
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

export type MergePersonsInput = {
  /**
   * The person merged into the kept one and removed (NOT_FOUND when unknown, SAME_PERSON when it is
   * the kept person).
   */
  duplicatePersonId: Scalars['ID']['input'];
  /** The person kept: their name, contact details and registration stay as they are. */
  personId: Scalars['ID']['input'];
};

export type MergePersonsPayload = {
  __typename?: 'MergePersonsPayload';
  /** The person kept, now holding the duplicate's roles. */
  person?: Maybe<Person>;
  /** The id of the duplicate, removed. */
  removedPersonId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type MoveMembershipInput = {
  membershipId: Scalars['ID']['input'];
  /** The person who holds the seat (NOT_FOUND when unknown; SAME_PERSON when they hold it already) */
  personId: Scalars['ID']['input'];
};

export type MoveMembershipPayload = {
  __typename?: 'MoveMembershipPayload';
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

export type MoveUnitInput = {
  id: Scalars['ID']['input'];
  /** The new parent, in the same municipality; null for the top */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type MoveUnitPayload = {
  __typename?: 'MoveUnitPayload';
  unit?: Maybe<Unit>;
  userErrors: Array<UserError>;
};

/**
 * Municipality (kommune) or county municipality (fylkeskommune): a local authority with its
 * units, elected bodies, companies and contact persons, the same for both. A county municipality
 * is numbered by its county number and 00, as Statistics Norway's KOSTRA numbers them (4600
 * Vestland fylkeskommune). Oslo kommune (0301) is municipality and county municipality at once,
 * with one organisation number.
 */
export type Municipality = {
  __typename?: 'Municipality';
  /** The companies the municipality owns a share of, by name. */
  companyOwnerships: Array<CompanyOwnership>;
  /** The municipality's contact persons for Kommuneregisteret and Styrevervregisteret */
  contactPersons: Array<ContactPerson>;
  /** The county the municipality lies in, or the county municipality governs. */
  county: County;
  /**
   * The municipality's elected bodies, the council first; of one election period when given
   * (the year it starts, e.g. 2023).
   */
  electedBodies: Array<ElectedBody>;
  email?: Maybe<Scalars['String']['output']>;
  /**
   * MUNICIPALITY or COUNTY_MUNICIPALITY; MUNICIPALITY for Oslo kommune, which is county 03's
   * county municipality too.
   */
  kind: MunicipalityKind;
  /**
   * The official name, Sámi and Kven forms included, e.g. "Trondheim - Tråante" or
   * "Vestland fylkeskommune".
   */
  name: Scalars['String']['output'];
  number: Scalars['MunicipalityNumber']['output'];
  organizationNumber?: Maybe<Scalars['OrganizationNumber']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<Address>;
  /** Every unit of the municipality, ordered by name; `parent` and `children` give the tree. */
  units: Array<Unit>;
  visitingAddress?: Maybe<Address>;
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * Municipality (kommune) or county municipality (fylkeskommune): a local authority with its
 * units, elected bodies, companies and contact persons, the same for both. A county municipality
 * is numbered by its county number and 00, as Statistics Norway's KOSTRA numbers them (4600
 * Vestland fylkeskommune). Oslo kommune (0301) is municipality and county municipality at once,
 * with one organisation number.
 */
export type MunicipalityElectedBodiesArgs = {
  periodStartYear?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of a local authority */
export type MunicipalityKind =
  /** County municipality (fylkeskommune) */
  | 'COUNTY_MUNICIPALITY'
  /** Municipality (kommune) */
  | 'MUNICIPALITY';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A follower of the change feed acknowledges that it has processed every change up to a
   * sequence (its change receipt moves forward, never back). Only the register's own services
   * may, each for itself; not part of the public API.
   */
  acknowledgeChanges: AcknowledgeChangesPayload;
  /** Adds a member (or a substitute, with a rank) to an elected body: step 3 of the workflow. */
  addMembership: AddMembershipPayload;
  /** Registers a person, with an e-mail address, in a municipality. */
  addPerson: AddPersonPayload;
  /**
   * Applies a pending change message to its unit (audited, in the feed). Kommuneregisteret's
   * contact persons of the unit's municipality and administrators may.
   */
  approveChangeMessage: ApproveChangeMessagePayload;
  /**
   * Makes a person contact person for Kommuneregisteret, Styrevervregisteret or both in a
   * municipality, or for a company. Administrators, and Kommuneregisteret's contact persons of
   * the municipality (or of an owner of the company), may.
   */
  assignContactPerson: AssignContactPersonPayload;
  /**
   * Closes a unit from a day on, ending its open employments that day. Units below it must be
   * closed or moved first.
   */
  closeUnit: CloseUnitPayload;
  /**
   * Confirms a loaded result once no match is ambiguous: the period's council gets the candidates
   * as members and ranked substitutes (new persons and local lists registered as needed), and the
   * memberships of the earlier periods' bodies end the day before the new period starts (30
   * September of the election year).
   */
  confirmElectionResult: ConfirmElectionResultPayload;
  /**
   * Corrects a candidate's match: to a person (keeping them and their declaration), or to none (a
   * new person is registered on confirmation).
   */
  correctElectionMatch: CorrectElectionMatchPayload;
  /**
   * Registers a municipally owned company with its owners. Kommuneregisteret's contact persons
   * of the first owner and administrators may.
   */
  createCompany: CreateCompanyPayload;
  /**
   * Creates an elected body of a municipality for an election period. A municipality's council
   * is a MUNICIPAL_COUNCIL, a county municipality's a COUNTY_COUNCIL.
   */
  createElectedBody: CreateElectedBodyPayload;
  /** Registers a local list (lokal liste) of a municipality, for memberships to name. */
  createLocalList: CreateLocalListPayload;
  /**
   * Adds a unit to a municipality's organisation, at the top or below a parent of the same
   * municipality. Kommuneregisteret's contact persons of the municipality and administrators may,
   * as for every change to units, persons and employments.
   */
  createUnit: CreateUnitPayload;
  /** Ends a role in a company on a day. */
  endCompanyRole: EndCompanyRolePayload;
  /** Ends an employment on a day. */
  endEmployment: EndEmploymentPayload;
  /** Ends a membership on a day. */
  endMembership: EndMembershipPayload;
  /**
   * Takes in entities from Enhetsregisteret's open data as pending change messages against the
   * units with their organisation numbers. Administrators may.
   */
  importEnhetsregisteretEntities: ImportEnhetsregisteretEntitiesPayload;
  /**
   * Loads an election result (the elected members and substitutes of the council, per list) for a
   * new period and matches each candidate to the persons elected before in the municipality: on
   * the normalised name; where two candidates or two persons share a name, on the list; and on the
   * birth year where both are known. Nothing is changed in the register until it is confirmed; a
   * result not yet confirmed is replaced by loading again. At most 2,000 candidates.
   */
  loadElectionResult: LoadElectionResultPayload;
  /**
   * Merges a duplicate person into the person kept (after an election made a new person for
   * someone elected before): the duplicate's employments, memberships, company roles, contact-person
   * assignments and election candidacies become the kept person's, and the duplicate is removed,
   * in one transaction, audited and in the change feed. A role the kept person holds already (the
   * same organisation, role and dates) is kept once. Kommuneregisteret's contact persons of the
   * municipality that registered both persons, and administrators; a duplicate who is a contact
   * person or administrator only administrators.
   */
  mergePersons: MergePersonsPayload;
  /**
   * Gives a membership, as it stands, to another person: a re-elected match that was someone
   * else. The candidacy of the confirmed result that made it names the person too. As for
   * addMembership: Kommuneregisteret's contact persons of the body's municipality (a person of
   * another municipality only by who may change them) and administrators.
   */
  moveMembership: MoveMembershipPayload;
  /**
   * Moves a unit (with everything below it) to another parent in the same municipality, or to
   * the top with `parentId: null`.
   */
  moveUnit: MoveUnitPayload;
  /** Rejects a pending change message, with a reason. */
  rejectChangeMessage: RejectChangeMessagePayload;
  /** Ends a contact person assignment. */
  removeContactPerson: RemoveContactPersonPayload;
  /** Removes a person and everything they hold from the register. */
  removePerson: RemovePersonPayload;
  /** Starts a person's role in a company: chief executive, board, employee. */
  startCompanyRole: StartCompanyRolePayload;
  /** Starts an employment of a person in a unit. */
  startEmployment: StartEmploymentPayload;
  /**
   * Changes a company; `owners`, when given, replaces the owners. The company's contact persons,
   * Kommuneregisteret's contact persons of an owner and administrators may, as for company roles.
   */
  updateCompany: UpdateCompanyPayload;
  /** Changes a person's name. */
  updatePerson: UpdatePersonPayload;
  /**
   * Changes a person's e-mail address or phone number: the person, Kommuneregisteret's contact
   * persons of a municipality the person works in, and administrators may. A field left out stays
   * as it is; null clears it.
   */
  updatePersonContactDetails: UpdatePersonContactDetailsPayload;
  /** Changes a unit's fields; a field left out stays as it is. */
  updateUnit: UpdateUnitPayload;
};


export type MutationAcknowledgeChangesArgs = {
  input: AcknowledgeChangesInput;
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationAddPersonArgs = {
  input: AddPersonInput;
};


export type MutationApproveChangeMessageArgs = {
  input: ApproveChangeMessageInput;
};


export type MutationAssignContactPersonArgs = {
  input: AssignContactPersonInput;
};


export type MutationCloseUnitArgs = {
  input: CloseUnitInput;
};


export type MutationConfirmElectionResultArgs = {
  input: ConfirmElectionResultInput;
};


export type MutationCorrectElectionMatchArgs = {
  input: CorrectElectionMatchInput;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateElectedBodyArgs = {
  input: CreateElectedBodyInput;
};


export type MutationCreateLocalListArgs = {
  input: CreateLocalListInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationEndCompanyRoleArgs = {
  input: EndCompanyRoleInput;
};


export type MutationEndEmploymentArgs = {
  input: EndEmploymentInput;
};


export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


export type MutationImportEnhetsregisteretEntitiesArgs = {
  input: ImportEnhetsregisteretEntitiesInput;
};


export type MutationLoadElectionResultArgs = {
  input: LoadElectionResultInput;
};


export type MutationMergePersonsArgs = {
  input: MergePersonsInput;
};


export type MutationMoveMembershipArgs = {
  input: MoveMembershipInput;
};


export type MutationMoveUnitArgs = {
  input: MoveUnitInput;
};


export type MutationRejectChangeMessageArgs = {
  input: RejectChangeMessageInput;
};


export type MutationRemoveContactPersonArgs = {
  input: RemoveContactPersonInput;
};


export type MutationRemovePersonArgs = {
  input: RemovePersonInput;
};


export type MutationStartCompanyRoleArgs = {
  input: StartCompanyRoleInput;
};


export type MutationStartEmploymentArgs = {
  input: StartEmploymentInput;
};


export type MutationUpdateCompanyArgs = {
  input: UpdateCompanyInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdatePersonContactDetailsArgs = {
  input: UpdatePersonContactDetailsInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor to ask for the next page with; on the last page, the cursor to poll from later */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Party (parti) or local list */
export type Party = {
  __typename?: 'Party';
  /** The code in election data (A, H, FRP, …); null for a local list */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The municipality of a local list; null for a national party */
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
};

/**
 * Person registered in Kommuneregisteret: an employee, leader or elected official.
 * Contact details are personal data and are not part of the public schema.
 */
export type Person = {
  __typename?: 'Person';
  companyRoles: Array<CompanyRole>;
  /**
   * E-mail address (personal data). Only the person, the contact persons of the person's
   * municipality and administrators see it; anyone else gets null and an error (FORBIDDEN, or
   * UNAUTHENTICATED without a token).
   */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  employments: Array<Employment>;
  /** Family name (etternavn) */
  familyName: Scalars['String']['output'];
  /** Given name (fornavn) */
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  memberships: Array<Membership>;
  /**
   * The municipality that registered the person. A person belongs to it: who may see and change
   * their personal data follows from it alone, never from roles elsewhere.
   */
  municipalityNumber?: Maybe<Scalars['MunicipalityNumber']['output']>;
  /** The municipalities the person is registered in, works or holds office in, by number. */
  municipalityNumbers: Array<Scalars['MunicipalityNumber']['output']>;
  /** Given and family name together */
  name: Scalars['String']['output'];
  /** Phone number (personal data), visible as `email` is. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /**
   * Everything the person holds in Kommuneregisteret: employments, memberships of elected bodies
   * and roles in companies. These are what Styrevervregisteret shows as positions.
   */
  roles: Array<PersonRole>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** A role of a person in Kommuneregisteret */
export type PersonRole = CompanyRole | Employment | Membership;

/** A person's roles as a follower of the feed keeps them (internal to the supergraph) */
export type PersonRoleFacts = {
  __typename?: 'PersonRoleFacts';
  /** The municipality that registered the person */
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  roles: Array<RoleFact>;
};

/** One field of a change message; values as JSON text */
export type ProposedChange = {
  __typename?: 'ProposedChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Change messages in (endringsmeldinger) from Enhetsregisteret, oldest first: pending ones by
   * default, of one municipality when given.
   */
  changeMessages: ChangeMessageConnection;
  /**
   * The change receipts (endringskvitteringer): each follower of the change feed and the sequence
   * up to which it has acknowledged processing it. Administrators only.
   */
  changeReceipts: Array<ChangeReceipt>;
  /**
   * The change feed (endringer), oldest first, after Enhetsregisteret's `oppdateringer`: a
   * partner keeps the `endCursor` of the last page and asks for what came after it, and misses
   * nothing. Filter by municipality and by kinds of entity. `first` is at most 1000.
   */
  changes: ChangeConnection;
  /** A municipally owned company by its id or organisation number (give one); unknown is NOT_FOUND. */
  company?: Maybe<Company>;
  /** All counties (fylker), ordered by number. */
  counties: Array<County>;
  /** A county by its number; an unknown number is a NOT_FOUND error. */
  county?: Maybe<County>;
  /** An elected body by its id; an unknown id is a NOT_FOUND error. */
  electedBody?: Maybe<ElectedBody>;
  /**
   * The election results loaded for a municipality or county municipality, the newest period
   * first, with how each candidate was matched to the register's persons. Kommuneregisteret's
   * contact persons of the municipality and administrators (and the register's own services:
   * Styrevervregisteret reads a confirmed result to start its reconciliation).
   */
  electionResults: Array<ElectionResult>;
  /**
   * What the register's own assignments (contact persons, administrators) let a person do: the
   * gateway asks this for a signed-in user, bound to a person by id or e-mail address. Not part of
   * the public API, and refused to anyone but the register itself.
   */
  identityGrants?: Maybe<IdentityGrants>;
  /**
   * The municipalities (kommuner), ordered by number, optionally those of one county. `kinds`
   * asks for county municipalities (fylkeskommuner) too, or instead: the whole register is
   * `kinds: [MUNICIPALITY, COUNTY_MUNICIPALITY]`, each local authority once. Oslo kommune is of
   * kind MUNICIPALITY; it is county 03's county municipality too (`County.countyMunicipality`).
   */
  municipalities: Array<Municipality>;
  /** A municipality or county municipality by its number; an unknown number is a NOT_FOUND error. */
  municipality?: Maybe<Municipality>;
  /** The national parties, by code. */
  parties: Array<Party>;
  /** A person by their id; an unknown id is a NOT_FOUND error. */
  person?: Maybe<Person>;
  /**
   * Of these persons (at most 1000), the ids of those whose name contains `name` (any case; `%`
   * and `_` are taken literally), in the order asked; an unknown person is left out. For
   * Styrevervregisteret's search of published declarations, which keeps no names: it asks about
   * the persons whose declarations are public, never the whole register. Not part of the public
   * API, and refused to anyone but the register itself.
   */
  personsMatchingName: Array<Scalars['ID']['output']>;
  /**
   * The role facts of persons (at most 1000), for the register's own followers of the feed
   * (Styrevervregisteret): their employments, memberships and company roles, ended ones too.
   * Never a name, e-mail address or phone number. Not part of the public API, and refused to anyone
   * but the register itself. An unknown person is left out.
   */
  roleFacts: Array<PersonRoleFacts>;
  /**
   * Persons whose name contains `name` (any case), of one municipality or across all, by family
   * and given name.
   */
  searchPersons: PersonConnection;
  /** Units whose name contains `name` (any case), in one municipality or across all, by name. */
  searchUnits: UnitConnection;
  /** A unit by its id; an unknown id is a NOT_FOUND error. */
  unit?: Maybe<Unit>;
  /**
   * Who is asking, as the register sees them: the person the sign-in is bound to and the rights
   * it holds (the register's assignments; a development token's claims). For a web app to show
   * what the signed-in person may do; every request is still checked on its own. The public is a
   * viewer with no person and no rights.
   */
  viewer: Viewer;
};


export type QueryChangeMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['MunicipalityNumber']['input']>;
  status?: InputMaybe<ChangeMessageStatus>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityTypes?: InputMaybe<Array<ChangeEntityType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['MunicipalityNumber']['input']>;
};


export type QueryCompanyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  organizationNumber?: InputMaybe<Scalars['OrganizationNumber']['input']>;
};


export type QueryCountyArgs = {
  number: Scalars['CountyNumber']['input'];
};


export type QueryElectedBodyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryElectionResultsArgs = {
  municipalityNumber: Scalars['MunicipalityNumber']['input'];
};


export type QueryIdentityGrantsArgs = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMunicipalitiesArgs = {
  countyNumber?: InputMaybe<Scalars['CountyNumber']['input']>;
  kinds?: InputMaybe<Array<MunicipalityKind>>;
};


export type QueryMunicipalityArgs = {
  number: Scalars['MunicipalityNumber']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsMatchingNameArgs = {
  name: Scalars['SearchText']['input'];
  personIds: Array<Scalars['ID']['input']>;
};


export type QueryRoleFactsArgs = {
  personIds: Array<Scalars['ID']['input']>;
};


export type QuerySearchPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['MunicipalityNumber']['input']>;
  name: Scalars['SearchText']['input'];
};


export type QuerySearchUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityNumber?: InputMaybe<Scalars['MunicipalityNumber']['input']>;
  name: Scalars['SearchText']['input'];
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};

export type RejectChangeMessageInput = {
  id: Scalars['ID']['input'];
  /** Why, for the record; 1 to 200 characters */
  reason: Scalars['Text']['input'];
};

export type RejectChangeMessagePayload = {
  __typename?: 'RejectChangeMessagePayload';
  changeMessage?: Maybe<ChangeMessage>;
  userErrors: Array<UserError>;
};

export type RemoveContactPersonInput = {
  id: Scalars['ID']['input'];
};

export type RemoveContactPersonPayload = {
  __typename?: 'RemoveContactPersonPayload';
  removedContactPersonId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RemovePersonInput = {
  id: Scalars['ID']['input'];
};

export type RemovePersonPayload = {
  __typename?: 'RemovePersonPayload';
  removedPersonId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** One role of a person (internal to the supergraph) */
export type RoleFact = {
  __typename?: 'RoleFact';
  endDate?: Maybe<Scalars['String']['output']>;
  /** The employment's, membership's or company role's id */
  id: Scalars['ID']['output'];
  kind: RoleKind;
  /** The organisation's municipality: the unit's, the body's, or a company's largest owner's */
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  /** The unit's, elected body's or company's id */
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  organizationNumber?: Maybe<Scalars['String']['output']>;
  /** An employment's title, or a membership's or company role's kind (LEADER, BOARD_MEMBER, ...) */
  role: Scalars['String']['output'];
  startDate: Scalars['String']['output'];
};

/** Kind of a person's role in Kommuneregisteret (internal to the supergraph) */
export type RoleKind =
  | 'COMPANY_ROLE'
  | 'EMPLOYMENT'
  | 'MEMBERSHIP';

export type StartCompanyRoleInput = {
  companyId: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  personId: Scalars['ID']['input'];
  role: CompanyRoleKind;
  startDate: Scalars['Date']['input'];
};

export type StartCompanyRolePayload = {
  __typename?: 'StartCompanyRolePayload';
  companyRole?: Maybe<CompanyRole>;
  userErrors: Array<UserError>;
};

export type StartEmploymentInput = {
  areaOfResponsibility?: InputMaybe<Scalars['Name']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  isLeader?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
  title: Scalars['Name']['input'];
  unitId: Scalars['ID']['input'];
};

export type StartEmploymentPayload = {
  __typename?: 'StartEmploymentPayload';
  employment?: Maybe<Employment>;
  userErrors: Array<UserError>;
};

/** Unit (enhet) of a municipality: a node in the municipality's organisation tree */
export type Unit = {
  __typename?: 'Unit';
  /** The units directly below this one, ordered by name. */
  children: Array<Unit>;
  /** The day the unit was closed; null while it is open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Every unit below this one, at any depth: the subtree, depth first, each level by name. */
  descendants: Array<Unit>;
  email?: Maybe<Scalars['String']['output']>;
  /** The unit's employments, leaders first. */
  employments: Array<Employment>;
  id: Scalars['ID']['output'];
  industryCode?: Maybe<Scalars['IndustryCode']['output']>;
  kind: UnitKind;
  /** The unit's leader (leder), if it has one. */
  leader?: Maybe<Person>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  organizationForm?: Maybe<OrganizationForm>;
  /** Set when the unit is registered in Enhetsregisteret */
  organizationNumber?: Maybe<Scalars['OrganizationNumber']['output']>;
  /** The unit above this one; null for a top-level unit. */
  parent?: Maybe<Unit>;
  phone?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<Address>;
  visitingAddress?: Maybe<Address>;
};

export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  pageInfo: PageInfo;
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
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

export type UpdateCompanyInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  form?: InputMaybe<OrganizationForm>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['Name']['input']>;
  owners?: InputMaybe<Array<CompanyOwnerInput>>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  postalAddress?: InputMaybe<AddressInput>;
  visitingAddress?: InputMaybe<AddressInput>;
  website?: InputMaybe<Scalars['Text']['input']>;
};

export type UpdateCompanyPayload = {
  __typename?: 'UpdateCompanyPayload';
  company?: Maybe<Company>;
  userErrors: Array<UserError>;
};

export type UpdatePersonContactDetailsInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  personId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
};

export type UpdatePersonContactDetailsPayload = {
  __typename?: 'UpdatePersonContactDetailsPayload';
  /** The person as changed; null when nothing was changed. */
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type UpdatePersonInput = {
  familyName?: InputMaybe<Scalars['Name']['input']>;
  givenName?: InputMaybe<Scalars['Name']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  person?: Maybe<Person>;
  userErrors: Array<UserError>;
};

export type UpdateUnitInput = {
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  id: Scalars['ID']['input'];
  industryCode?: InputMaybe<Scalars['IndustryCode']['input']>;
  kind?: InputMaybe<UnitKind>;
  /** The new name, 1 to 200 characters. */
  name?: InputMaybe<Scalars['Name']['input']>;
  organizationForm?: InputMaybe<OrganizationForm>;
  organizationNumber?: InputMaybe<Scalars['OrganizationNumber']['input']>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  postalAddress?: InputMaybe<AddressInput>;
  visitingAddress?: InputMaybe<AddressInput>;
};

export type UpdateUnitPayload = {
  __typename?: 'UpdateUnitPayload';
  /** The unit as changed; null when nothing was changed. */
  unit?: Maybe<Unit>;
  userErrors: Array<UserError>;
};

/**
 * A problem with a mutation's input, for a form to show next to the field. Nothing is written
 * when a payload has one.
 */
export type UserError = {
  __typename?: 'UserError';
  /** What is wrong, e.g. NOT_FOUND, INVALID, TERMS_NOT_ACCEPTED */
  code: Scalars['String']['output'];
  /** The path to the input field, e.g. ["input", "name"] */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** Who is asking (`Query.viewer`), and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  administrator: Scalars['Boolean']['output'];
  /** Companies the viewer is contact person for */
  companies: Array<Company>;
  /** Municipalities and county municipalities where the viewer is Kommuneregisteret's contact person */
  kommuneregisteretContactFor: Array<Municipality>;
  /** Signed in by a personal link: their own declaration, and nothing else */
  ownDeclarationOnly: Scalars['Boolean']['output'];
  /** The person signed in; null for the public, a service and a token bound to no person */
  person?: Maybe<Person>;
  /** Municipalities and county municipalities where the viewer is Styrevervregisteret's contact person */
  styrevervregisteretContactFor: Array<Municipality>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Company: Company;
  County: County;
  ElectedBody: ElectedBody;
  Municipality: Municipality;
  Person: Person;
  Unit: Unit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  County:
    ( { __typename: 'County' }
    & GraphQLRecursivePick<FederationTypes['County'], {"number":true}> );
  ElectedBody:
    ( { __typename: 'ElectedBody' }
    & GraphQLRecursivePick<FederationTypes['ElectedBody'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"number":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Unit:
    ( { __typename: 'Unit' }
    & GraphQLRecursivePick<FederationTypes['Unit'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  PersonRole:
    | ( CompanyRoleRow )
    | ( EmploymentRow )
    | ( MembershipRow )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcknowledgeChangesInput: AcknowledgeChangesInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AcknowledgeChangesPayload: ResolverTypeWrapper<Omit<AcknowledgeChangesPayload, 'receipt'> & { receipt?: Maybe<ResolversTypes['ChangeReceipt']> }>;
  AddMembershipInput: AddMembershipInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddMembershipPayload: ResolverTypeWrapper<Omit<AddMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  AddPersonInput: AddPersonInput;
  AddPersonPayload: ResolverTypeWrapper<Omit<AddPersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressInput: AddressInput;
  ApproveChangeMessageInput: ApproveChangeMessageInput;
  ApproveChangeMessagePayload: ResolverTypeWrapper<Omit<ApproveChangeMessagePayload, 'changeMessage' | 'unit'> & { changeMessage?: Maybe<ResolversTypes['ChangeMessage']>, unit?: Maybe<ResolversTypes['Unit']> }>;
  AssignContactPersonInput: AssignContactPersonInput;
  AssignContactPersonPayload: ResolverTypeWrapper<Omit<AssignContactPersonPayload, 'contactPerson'> & { contactPerson?: Maybe<ResolversTypes['ContactPerson']> }>;
  Change: ResolverTypeWrapper<ChangeEventRow>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeEntityType: ChangeEntityType;
  ChangeMessage: ResolverTypeWrapper<ChangeMessageRow>;
  ChangeMessageConnection: ResolverTypeWrapper<Omit<ChangeMessageConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeMessageEdge']> }>;
  ChangeMessageEdge: ResolverTypeWrapper<Omit<ChangeMessageEdge, 'node'> & { node: ResolversTypes['ChangeMessage'] }>;
  ChangeMessageStatus: ChangeMessageStatus;
  ChangeReceipt: ResolverTypeWrapper<ChangeReceiptRow>;
  ChangeType: ChangeType;
  CloseUnitInput: CloseUnitInput;
  CloseUnitPayload: ResolverTypeWrapper<Omit<CloseUnitPayload, 'unit'> & { unit?: Maybe<ResolversTypes['Unit']> }>;
  Company: ResolverTypeWrapper<CompanyRow>;
  CompanyOwnerInput: CompanyOwnerInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CompanyOwnership: ResolverTypeWrapper<CompanyOwnerRow>;
  CompanyRole: ResolverTypeWrapper<CompanyRoleRow>;
  CompanyRoleKind: CompanyRoleKind;
  ConfirmElectionResultInput: ConfirmElectionResultInput;
  ConfirmElectionResultPayload: ResolverTypeWrapper<Omit<ConfirmElectionResultPayload, 'council' | 'electionResult'> & { council?: Maybe<ResolversTypes['ElectedBody']>, electionResult?: Maybe<ResolversTypes['ElectionResult']> }>;
  ContactPerson: ResolverTypeWrapper<ContactPersonRow>;
  ContactRole: ContactRole;
  CorrectElectionMatchInput: CorrectElectionMatchInput;
  CorrectElectionMatchPayload: ResolverTypeWrapper<Omit<CorrectElectionMatchPayload, 'candidate'> & { candidate?: Maybe<ResolversTypes['ElectionCandidate']> }>;
  County: ResolverTypeWrapper<CountyRow>;
  CountyNumber: ResolverTypeWrapper<Scalars['CountyNumber']['output']>;
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: ResolverTypeWrapper<Omit<CreateCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  CreateElectedBodyInput: CreateElectedBodyInput;
  CreateElectedBodyPayload: ResolverTypeWrapper<Omit<CreateElectedBodyPayload, 'electedBody'> & { electedBody?: Maybe<ResolversTypes['ElectedBody']> }>;
  CreateLocalListInput: CreateLocalListInput;
  CreateLocalListPayload: ResolverTypeWrapper<Omit<CreateLocalListPayload, 'party'> & { party?: Maybe<ResolversTypes['Party']> }>;
  CreateUnitInput: CreateUnitInput;
  CreateUnitPayload: ResolverTypeWrapper<Omit<CreateUnitPayload, 'unit'> & { unit?: Maybe<ResolversTypes['Unit']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ElectedBody: ResolverTypeWrapper<ElectedBodyRow>;
  ElectedBodyKind: ElectedBodyKind;
  ElectionCandidate: ResolverTypeWrapper<ElectionCandidateRow>;
  ElectionCandidateInput: ElectionCandidateInput;
  ElectionMatch: ElectionMatch;
  ElectionMatchBasis: ElectionMatchBasis;
  ElectionPeriod: ResolverTypeWrapper<ElectionPeriod>;
  ElectionResult: ResolverTypeWrapper<ElectionResultWithCandidates>;
  ElectionResultStatus: ElectionResultStatus;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  Employment: ResolverTypeWrapper<EmploymentRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EndCompanyRoleInput: EndCompanyRoleInput;
  EndCompanyRolePayload: ResolverTypeWrapper<Omit<EndCompanyRolePayload, 'companyRole'> & { companyRole?: Maybe<ResolversTypes['CompanyRole']> }>;
  EndEmploymentInput: EndEmploymentInput;
  EndEmploymentPayload: ResolverTypeWrapper<Omit<EndEmploymentPayload, 'employment'> & { employment?: Maybe<ResolversTypes['Employment']> }>;
  EndMembershipInput: EndMembershipInput;
  EndMembershipPayload: ResolverTypeWrapper<Omit<EndMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  IdentityGrants: ResolverTypeWrapper<IdentityGrants>;
  ImportEnhetsregisteretEntitiesInput: ImportEnhetsregisteretEntitiesInput;
  ImportEnhetsregisteretEntitiesPayload: ResolverTypeWrapper<Omit<ImportEnhetsregisteretEntitiesPayload, 'messages'> & { messages: Array<ResolversTypes['ChangeMessage']> }>;
  IndustryCode: ResolverTypeWrapper<Scalars['IndustryCode']['output']>;
  LoadElectionResultInput: LoadElectionResultInput;
  LoadElectionResultPayload: ResolverTypeWrapper<Omit<LoadElectionResultPayload, 'electionResult'> & { electionResult?: Maybe<ResolversTypes['ElectionResult']> }>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipRole: MembershipRole;
  MergePersonsInput: MergePersonsInput;
  MergePersonsPayload: ResolverTypeWrapper<Omit<MergePersonsPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  MoveMembershipInput: MoveMembershipInput;
  MoveMembershipPayload: ResolverTypeWrapper<Omit<MoveMembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  MoveUnitInput: MoveUnitInput;
  MoveUnitPayload: ResolverTypeWrapper<Omit<MoveUnitPayload, 'unit'> & { unit?: Maybe<ResolversTypes['Unit']> }>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityKind: MunicipalityKind;
  MunicipalityNumber: ResolverTypeWrapper<Scalars['MunicipalityNumber']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Name: ResolverTypeWrapper<Scalars['Name']['output']>;
  OrganizationForm: OrganizationForm;
  OrganizationNumber: ResolverTypeWrapper<Scalars['OrganizationNumber']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<PartyRow>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonRole: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PersonRole']>;
  PersonRoleFacts: ResolverTypeWrapper<PersonRoleFacts>;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  PostalCode: ResolverTypeWrapper<Scalars['PostalCode']['output']>;
  ProposedChange: ResolverTypeWrapper<ProposedChange>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectChangeMessageInput: RejectChangeMessageInput;
  RejectChangeMessagePayload: ResolverTypeWrapper<Omit<RejectChangeMessagePayload, 'changeMessage'> & { changeMessage?: Maybe<ResolversTypes['ChangeMessage']> }>;
  RemoveContactPersonInput: RemoveContactPersonInput;
  RemoveContactPersonPayload: ResolverTypeWrapper<RemoveContactPersonPayload>;
  RemovePersonInput: RemovePersonInput;
  RemovePersonPayload: ResolverTypeWrapper<RemovePersonPayload>;
  RoleFact: ResolverTypeWrapper<RoleFact>;
  RoleKind: RoleKind;
  SearchText: ResolverTypeWrapper<Scalars['SearchText']['output']>;
  StartCompanyRoleInput: StartCompanyRoleInput;
  StartCompanyRolePayload: ResolverTypeWrapper<Omit<StartCompanyRolePayload, 'companyRole'> & { companyRole?: Maybe<ResolversTypes['CompanyRole']> }>;
  StartEmploymentInput: StartEmploymentInput;
  StartEmploymentPayload: ResolverTypeWrapper<Omit<StartEmploymentPayload, 'employment'> & { employment?: Maybe<ResolversTypes['Employment']> }>;
  Text: ResolverTypeWrapper<Scalars['Text']['output']>;
  Unit: ResolverTypeWrapper<UnitRow>;
  UnitConnection: ResolverTypeWrapper<Omit<UnitConnection, 'edges'> & { edges: Array<ResolversTypes['UnitEdge']> }>;
  UnitEdge: ResolverTypeWrapper<Omit<UnitEdge, 'node'> & { node: ResolversTypes['Unit'] }>;
  UnitKind: UnitKind;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateCompanyPayload: ResolverTypeWrapper<Omit<UpdateCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  UpdatePersonContactDetailsInput: UpdatePersonContactDetailsInput;
  UpdatePersonContactDetailsPayload: ResolverTypeWrapper<Omit<UpdatePersonContactDetailsPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: ResolverTypeWrapper<Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UpdateUnitInput: UpdateUnitInput;
  UpdateUnitPayload: ResolverTypeWrapper<Omit<UpdateUnitPayload, 'unit'> & { unit?: Maybe<ResolversTypes['Unit']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'companies' | 'kommuneregisteretContactFor' | 'person' | 'styrevervregisteretContactFor'> & { companies: Array<ResolversTypes['Company']>, kommuneregisteretContactFor: Array<ResolversTypes['Municipality']>, person?: Maybe<ResolversTypes['Person']>, styrevervregisteretContactFor: Array<ResolversTypes['Municipality']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcknowledgeChangesInput: AcknowledgeChangesInput;
  Int: Scalars['Int']['output'];
  AcknowledgeChangesPayload: Omit<AcknowledgeChangesPayload, 'receipt'> & { receipt?: Maybe<ResolversParentTypes['ChangeReceipt']> };
  AddMembershipInput: AddMembershipInput;
  ID: Scalars['ID']['output'];
  AddMembershipPayload: Omit<AddMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  AddPersonInput: AddPersonInput;
  AddPersonPayload: Omit<AddPersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  Address: Address;
  String: Scalars['String']['output'];
  AddressInput: AddressInput;
  ApproveChangeMessageInput: ApproveChangeMessageInput;
  ApproveChangeMessagePayload: Omit<ApproveChangeMessagePayload, 'changeMessage' | 'unit'> & { changeMessage?: Maybe<ResolversParentTypes['ChangeMessage']>, unit?: Maybe<ResolversParentTypes['Unit']> };
  AssignContactPersonInput: AssignContactPersonInput;
  AssignContactPersonPayload: Omit<AssignContactPersonPayload, 'contactPerson'> & { contactPerson?: Maybe<ResolversParentTypes['ContactPerson']> };
  Change: ChangeEventRow;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeMessage: ChangeMessageRow;
  ChangeMessageConnection: Omit<ChangeMessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeMessageEdge']> };
  ChangeMessageEdge: Omit<ChangeMessageEdge, 'node'> & { node: ResolversParentTypes['ChangeMessage'] };
  ChangeReceipt: ChangeReceiptRow;
  CloseUnitInput: CloseUnitInput;
  CloseUnitPayload: Omit<CloseUnitPayload, 'unit'> & { unit?: Maybe<ResolversParentTypes['Unit']> };
  Company: CompanyRow;
  CompanyOwnerInput: CompanyOwnerInput;
  Float: Scalars['Float']['output'];
  CompanyOwnership: CompanyOwnerRow;
  CompanyRole: CompanyRoleRow;
  ConfirmElectionResultInput: ConfirmElectionResultInput;
  ConfirmElectionResultPayload: Omit<ConfirmElectionResultPayload, 'council' | 'electionResult'> & { council?: Maybe<ResolversParentTypes['ElectedBody']>, electionResult?: Maybe<ResolversParentTypes['ElectionResult']> };
  ContactPerson: ContactPersonRow;
  CorrectElectionMatchInput: CorrectElectionMatchInput;
  CorrectElectionMatchPayload: Omit<CorrectElectionMatchPayload, 'candidate'> & { candidate?: Maybe<ResolversParentTypes['ElectionCandidate']> };
  County: CountyRow;
  CountyNumber: Scalars['CountyNumber']['output'];
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: Omit<CreateCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  CreateElectedBodyInput: CreateElectedBodyInput;
  CreateElectedBodyPayload: Omit<CreateElectedBodyPayload, 'electedBody'> & { electedBody?: Maybe<ResolversParentTypes['ElectedBody']> };
  CreateLocalListInput: CreateLocalListInput;
  CreateLocalListPayload: Omit<CreateLocalListPayload, 'party'> & { party?: Maybe<ResolversParentTypes['Party']> };
  CreateUnitInput: CreateUnitInput;
  CreateUnitPayload: Omit<CreateUnitPayload, 'unit'> & { unit?: Maybe<ResolversParentTypes['Unit']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ElectedBody: ElectedBodyRow;
  ElectionCandidate: ElectionCandidateRow;
  ElectionCandidateInput: ElectionCandidateInput;
  ElectionPeriod: ElectionPeriod;
  ElectionResult: ElectionResultWithCandidates;
  EmailAddress: Scalars['EmailAddress']['output'];
  Employment: EmploymentRow;
  Boolean: Scalars['Boolean']['output'];
  EndCompanyRoleInput: EndCompanyRoleInput;
  EndCompanyRolePayload: Omit<EndCompanyRolePayload, 'companyRole'> & { companyRole?: Maybe<ResolversParentTypes['CompanyRole']> };
  EndEmploymentInput: EndEmploymentInput;
  EndEmploymentPayload: Omit<EndEmploymentPayload, 'employment'> & { employment?: Maybe<ResolversParentTypes['Employment']> };
  EndMembershipInput: EndMembershipInput;
  EndMembershipPayload: Omit<EndMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  IdentityGrants: IdentityGrants;
  ImportEnhetsregisteretEntitiesInput: ImportEnhetsregisteretEntitiesInput;
  ImportEnhetsregisteretEntitiesPayload: Omit<ImportEnhetsregisteretEntitiesPayload, 'messages'> & { messages: Array<ResolversParentTypes['ChangeMessage']> };
  IndustryCode: Scalars['IndustryCode']['output'];
  LoadElectionResultInput: LoadElectionResultInput;
  LoadElectionResultPayload: Omit<LoadElectionResultPayload, 'electionResult'> & { electionResult?: Maybe<ResolversParentTypes['ElectionResult']> };
  Membership: MembershipRow;
  MergePersonsInput: MergePersonsInput;
  MergePersonsPayload: Omit<MergePersonsPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  MoveMembershipInput: MoveMembershipInput;
  MoveMembershipPayload: Omit<MoveMembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  MoveUnitInput: MoveUnitInput;
  MoveUnitPayload: Omit<MoveUnitPayload, 'unit'> & { unit?: Maybe<ResolversParentTypes['Unit']> };
  Municipality: MunicipalityRow;
  MunicipalityNumber: Scalars['MunicipalityNumber']['output'];
  Mutation: Record<PropertyKey, never>;
  Name: Scalars['Name']['output'];
  OrganizationNumber: Scalars['OrganizationNumber']['output'];
  PageInfo: PageInfo;
  Party: PartyRow;
  Person: PersonRow;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonRole: ResolversUnionTypes<ResolversParentTypes>['PersonRole'];
  PersonRoleFacts: PersonRoleFacts;
  PhoneNumber: Scalars['PhoneNumber']['output'];
  PostalCode: Scalars['PostalCode']['output'];
  ProposedChange: ProposedChange;
  Query: Record<PropertyKey, never>;
  RejectChangeMessageInput: RejectChangeMessageInput;
  RejectChangeMessagePayload: Omit<RejectChangeMessagePayload, 'changeMessage'> & { changeMessage?: Maybe<ResolversParentTypes['ChangeMessage']> };
  RemoveContactPersonInput: RemoveContactPersonInput;
  RemoveContactPersonPayload: RemoveContactPersonPayload;
  RemovePersonInput: RemovePersonInput;
  RemovePersonPayload: RemovePersonPayload;
  RoleFact: RoleFact;
  SearchText: Scalars['SearchText']['output'];
  StartCompanyRoleInput: StartCompanyRoleInput;
  StartCompanyRolePayload: Omit<StartCompanyRolePayload, 'companyRole'> & { companyRole?: Maybe<ResolversParentTypes['CompanyRole']> };
  StartEmploymentInput: StartEmploymentInput;
  StartEmploymentPayload: Omit<StartEmploymentPayload, 'employment'> & { employment?: Maybe<ResolversParentTypes['Employment']> };
  Text: Scalars['Text']['output'];
  Unit: UnitRow;
  UnitConnection: Omit<UnitConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnitEdge']> };
  UnitEdge: Omit<UnitEdge, 'node'> & { node: ResolversParentTypes['Unit'] };
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateCompanyPayload: Omit<UpdateCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  UpdatePersonContactDetailsInput: UpdatePersonContactDetailsInput;
  UpdatePersonContactDetailsPayload: Omit<UpdatePersonContactDetailsPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UpdateUnitInput: UpdateUnitInput;
  UpdateUnitPayload: Omit<UpdateUnitPayload, 'unit'> & { unit?: Maybe<ResolversParentTypes['Unit']> };
  UserError: UserError;
  Viewer: Omit<Viewer, 'companies' | 'kommuneregisteretContactFor' | 'person' | 'styrevervregisteretContactFor'> & { companies: Array<ResolversParentTypes['Company']>, kommuneregisteretContactFor: Array<ResolversParentTypes['Municipality']>, person?: Maybe<ResolversParentTypes['Person']>, styrevervregisteretContactFor: Array<ResolversParentTypes['Municipality']> };
}>;

export type AcknowledgeChangesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AcknowledgeChangesPayload'] = ResolversParentTypes['AcknowledgeChangesPayload']> = ResolversObject<{
  receipt?: Resolver<Maybe<ResolversTypes['ChangeReceipt']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AddMembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddMembershipPayload'] = ResolversParentTypes['AddMembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AddPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddPersonPayload'] = ResolversParentTypes['AddPersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApproveChangeMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveChangeMessagePayload'] = ResolversParentTypes['ApproveChangeMessagePayload']> = ResolversObject<{
  changeMessage?: Resolver<Maybe<ResolversTypes['ChangeMessage']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AssignContactPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignContactPersonPayload'] = ResolversParentTypes['AssignContactPersonPayload']> = ResolversObject<{
  contactPerson?: Resolver<Maybe<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changeType?: Resolver<ResolversTypes['ChangeType'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['ChangeEntityType'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
}>;

export type ChangeMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeMessage'] = ResolversParentTypes['ChangeMessage']> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationNumber?: Resolver<ResolversTypes['OrganizationNumber'], ParentType, ContextType>;
  proposedChanges?: Resolver<Array<ResolversTypes['ProposedChange']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChangeMessageStatus'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type ChangeMessageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeMessageConnection'] = ResolversParentTypes['ChangeMessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChangeMessageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeMessageEdge'] = ResolversParentTypes['ChangeMessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeMessage'], ParentType, ContextType>;
}>;

export type ChangeReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeReceipt'] = ResolversParentTypes['ChangeReceipt']> = ResolversObject<{
  acknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  acknowledgedSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  behind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAcknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  follower?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CloseUnitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseUnitPayload'] = ResolversParentTypes['CloseUnitPayload']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chiefExecutive?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  contactPersons?: Resolver<Array<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['OrganizationForm'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationNumber?: Resolver<ResolversTypes['OrganizationNumber'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['CompanyOwnership']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['CompanyRole']>, ParentType, ContextType>;
  visitingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CompanyOwnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyOwnership'] = ResolversParentTypes['CompanyOwnership']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  sharePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CompanyRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompanyRole'] = ResolversParentTypes['CompanyRole']> = ResolversObject<{
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CompanyRoleKind'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConfirmElectionResultPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmElectionResultPayload'] = ResolversParentTypes['ConfirmElectionResultPayload']> = ResolversObject<{
  council?: Resolver<Maybe<ResolversTypes['ElectedBody']>, ParentType, ContextType>;
  electionResult?: Resolver<Maybe<ResolversTypes['ElectionResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ContactPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ContactRole'], ParentType, ContextType>;
}>;

export type CorrectElectionMatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectElectionMatchPayload'] = ResolversParentTypes['CorrectElectionMatchPayload']> = ResolversObject<{
  candidate?: Resolver<Maybe<ResolversTypes['ElectionCandidate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County'], FederationReferenceType extends FederationReferenceTypes['County'] = FederationReferenceTypes['County']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['County']> | FederationReferenceType, FederationReferenceType, ContextType>;
  countyMunicipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['CountyNumber'], ParentType, ContextType>;
  organizationNumber?: Resolver<Maybe<ResolversTypes['OrganizationNumber']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  visitingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface CountyNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountyNumber'], any> {
  name: 'CountyNumber';
}

export type CreateCompanyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateCompanyPayload'] = ResolversParentTypes['CreateCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateElectedBodyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateElectedBodyPayload'] = ResolversParentTypes['CreateElectedBodyPayload']> = ResolversObject<{
  electedBody?: Resolver<Maybe<ResolversTypes['ElectedBody']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateLocalListPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateLocalListPayload'] = ResolversParentTypes['CreateLocalListPayload']> = ResolversObject<{
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateUnitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateUnitPayload'] = ResolversParentTypes['CreateUnitPayload']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ElectedBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectedBody'] = ResolversParentTypes['ElectedBody'], FederationReferenceType extends FederationReferenceTypes['ElectedBody'] = FederationReferenceTypes['ElectedBody']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ElectedBody']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ElectedBodyKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ElectionPeriod'], ParentType, ContextType>;
}>;

export type ElectionCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionCandidate'] = ResolversParentTypes['ElectionCandidate']> = ResolversObject<{
  alternatives?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  birthYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['ElectedBodyKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ElectionMatch'], ParentType, ContextType>;
  matchedBy?: Resolver<Maybe<ResolversTypes['ElectionMatchBasis']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  substituteRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ElectionPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionPeriod'] = ResolversParentTypes['ElectionPeriod']> = ResolversObject<{
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ElectionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElectionResult'] = ResolversParentTypes['ElectionResult']> = ResolversObject<{
  ambiguous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['ElectionCandidate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  newPersons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ElectionPeriod'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ElectionResultStatus'], ParentType, ContextType>;
}>;

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EmploymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employment'] = ResolversParentTypes['Employment']> = ResolversObject<{
  areaOfResponsibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLeader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EndCompanyRolePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndCompanyRolePayload'] = ResolversParentTypes['EndCompanyRolePayload']> = ResolversObject<{
  companyRole?: Resolver<Maybe<ResolversTypes['CompanyRole']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EndEmploymentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndEmploymentPayload'] = ResolversParentTypes['EndEmploymentPayload']> = ResolversObject<{
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EndMembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EndMembershipPayload'] = ResolversParentTypes['EndMembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type IdentityGrantsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdentityGrants'] = ResolversParentTypes['IdentityGrants']> = ResolversObject<{
  administrator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  krContactFor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stvContactFor?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportEnhetsregisteretEntitiesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportEnhetsregisteretEntitiesPayload'] = ResolversParentTypes['ImportEnhetsregisteretEntitiesPayload']> = ResolversObject<{
  messages?: Resolver<Array<ResolversTypes['ChangeMessage']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unmatched?: Resolver<Array<ResolversTypes['OrganizationNumber']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface IndustryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['IndustryCode'], any> {
  name: 'IndustryCode';
}

export type LoadElectionResultPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoadElectionResultPayload'] = ResolversParentTypes['LoadElectionResultPayload']> = ResolversObject<{
  electionResult?: Resolver<Maybe<ResolversTypes['ElectionResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  body?: Resolver<ResolversTypes['ElectedBody'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  substituteRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MergePersonsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergePersonsPayload'] = ResolversParentTypes['MergePersonsPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  removedPersonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoveMembershipPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoveMembershipPayload'] = ResolversParentTypes['MoveMembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoveUnitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MoveUnitPayload'] = ResolversParentTypes['MoveUnitPayload']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  companyOwnerships?: Resolver<Array<ResolversTypes['CompanyOwnership']>, ParentType, ContextType>;
  contactPersons?: Resolver<Array<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  county?: Resolver<ResolversTypes['County'], ParentType, ContextType>;
  electedBodies?: Resolver<Array<ResolversTypes['ElectedBody']>, ParentType, ContextType, Partial<MunicipalityElectedBodiesArgs>>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MunicipalityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['MunicipalityNumber'], ParentType, ContextType>;
  organizationNumber?: Resolver<Maybe<ResolversTypes['OrganizationNumber']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  visitingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface MunicipalityNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MunicipalityNumber'], any> {
  name: 'MunicipalityNumber';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeChanges?: Resolver<ResolversTypes['AcknowledgeChangesPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeChangesArgs, 'input'>>;
  addMembership?: Resolver<ResolversTypes['AddMembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  addPerson?: Resolver<ResolversTypes['AddPersonPayload'], ParentType, ContextType, RequireFields<MutationAddPersonArgs, 'input'>>;
  approveChangeMessage?: Resolver<ResolversTypes['ApproveChangeMessagePayload'], ParentType, ContextType, RequireFields<MutationApproveChangeMessageArgs, 'input'>>;
  assignContactPerson?: Resolver<ResolversTypes['AssignContactPersonPayload'], ParentType, ContextType, RequireFields<MutationAssignContactPersonArgs, 'input'>>;
  closeUnit?: Resolver<ResolversTypes['CloseUnitPayload'], ParentType, ContextType, RequireFields<MutationCloseUnitArgs, 'input'>>;
  confirmElectionResult?: Resolver<ResolversTypes['ConfirmElectionResultPayload'], ParentType, ContextType, RequireFields<MutationConfirmElectionResultArgs, 'input'>>;
  correctElectionMatch?: Resolver<ResolversTypes['CorrectElectionMatchPayload'], ParentType, ContextType, RequireFields<MutationCorrectElectionMatchArgs, 'input'>>;
  createCompany?: Resolver<ResolversTypes['CreateCompanyPayload'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createElectedBody?: Resolver<ResolversTypes['CreateElectedBodyPayload'], ParentType, ContextType, RequireFields<MutationCreateElectedBodyArgs, 'input'>>;
  createLocalList?: Resolver<ResolversTypes['CreateLocalListPayload'], ParentType, ContextType, RequireFields<MutationCreateLocalListArgs, 'input'>>;
  createUnit?: Resolver<ResolversTypes['CreateUnitPayload'], ParentType, ContextType, RequireFields<MutationCreateUnitArgs, 'input'>>;
  endCompanyRole?: Resolver<ResolversTypes['EndCompanyRolePayload'], ParentType, ContextType, RequireFields<MutationEndCompanyRoleArgs, 'input'>>;
  endEmployment?: Resolver<ResolversTypes['EndEmploymentPayload'], ParentType, ContextType, RequireFields<MutationEndEmploymentArgs, 'input'>>;
  endMembership?: Resolver<ResolversTypes['EndMembershipPayload'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'input'>>;
  importEnhetsregisteretEntities?: Resolver<ResolversTypes['ImportEnhetsregisteretEntitiesPayload'], ParentType, ContextType, RequireFields<MutationImportEnhetsregisteretEntitiesArgs, 'input'>>;
  loadElectionResult?: Resolver<ResolversTypes['LoadElectionResultPayload'], ParentType, ContextType, RequireFields<MutationLoadElectionResultArgs, 'input'>>;
  mergePersons?: Resolver<ResolversTypes['MergePersonsPayload'], ParentType, ContextType, RequireFields<MutationMergePersonsArgs, 'input'>>;
  moveMembership?: Resolver<ResolversTypes['MoveMembershipPayload'], ParentType, ContextType, RequireFields<MutationMoveMembershipArgs, 'input'>>;
  moveUnit?: Resolver<ResolversTypes['MoveUnitPayload'], ParentType, ContextType, RequireFields<MutationMoveUnitArgs, 'input'>>;
  rejectChangeMessage?: Resolver<ResolversTypes['RejectChangeMessagePayload'], ParentType, ContextType, RequireFields<MutationRejectChangeMessageArgs, 'input'>>;
  removeContactPerson?: Resolver<ResolversTypes['RemoveContactPersonPayload'], ParentType, ContextType, RequireFields<MutationRemoveContactPersonArgs, 'input'>>;
  removePerson?: Resolver<ResolversTypes['RemovePersonPayload'], ParentType, ContextType, RequireFields<MutationRemovePersonArgs, 'input'>>;
  startCompanyRole?: Resolver<ResolversTypes['StartCompanyRolePayload'], ParentType, ContextType, RequireFields<MutationStartCompanyRoleArgs, 'input'>>;
  startEmployment?: Resolver<ResolversTypes['StartEmploymentPayload'], ParentType, ContextType, RequireFields<MutationStartEmploymentArgs, 'input'>>;
  updateCompany?: Resolver<ResolversTypes['UpdateCompanyPayload'], ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['UpdatePersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  updatePersonContactDetails?: Resolver<ResolversTypes['UpdatePersonContactDetailsPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonContactDetailsArgs, 'input'>>;
  updateUnit?: Resolver<ResolversTypes['UpdateUnitPayload'], ParentType, ContextType, RequireFields<MutationUpdateUnitArgs, 'input'>>;
}>;

export interface NameScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Name'], any> {
  name: 'Name';
}

export interface OrganizationNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['OrganizationNumber'], any> {
  name: 'OrganizationNumber';
}

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  companyRoles?: Resolver<Array<ResolversTypes['CompanyRole']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  municipalityNumber?: Resolver<Maybe<ResolversTypes['MunicipalityNumber']>, ParentType, ContextType>;
  municipalityNumbers?: Resolver<Array<ResolversTypes['MunicipalityNumber']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['PhoneNumber']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['PersonRole']>, ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonRole'] = ResolversParentTypes['PersonRole']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CompanyRole' | 'Employment' | 'Membership', ParentType, ContextType>;
}>;

export type PersonRoleFactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonRoleFacts'] = ResolversParentTypes['PersonRoleFacts']> = ResolversObject<{
  municipalityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleFact']>, ParentType, ContextType>;
}>;

export interface PhoneNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PhoneNumber'], any> {
  name: 'PhoneNumber';
}

export interface PostalCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PostalCode'], any> {
  name: 'PostalCode';
}

export type ProposedChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedChange'] = ResolversParentTypes['ProposedChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  changeMessages?: Resolver<ResolversTypes['ChangeMessageConnection'], ParentType, ContextType, RequireFields<QueryChangeMessagesArgs, 'first' | 'status'>>;
  changeReceipts?: Resolver<Array<ResolversTypes['ChangeReceipt']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, Partial<QueryCompanyArgs>>;
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['County']>, ParentType, ContextType, RequireFields<QueryCountyArgs, 'number'>>;
  electedBody?: Resolver<Maybe<ResolversTypes['ElectedBody']>, ParentType, ContextType, RequireFields<QueryElectedBodyArgs, 'id'>>;
  electionResults?: Resolver<Array<ResolversTypes['ElectionResult']>, ParentType, ContextType, RequireFields<QueryElectionResultsArgs, 'municipalityNumber'>>;
  identityGrants?: Resolver<Maybe<ResolversTypes['IdentityGrants']>, ParentType, ContextType, Partial<QueryIdentityGrantsArgs>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalitiesArgs, 'kinds'>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'number'>>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  personsMatchingName?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonsMatchingNameArgs, 'name' | 'personIds'>>;
  roleFacts?: Resolver<Array<ResolversTypes['PersonRoleFacts']>, ParentType, ContextType, RequireFields<QueryRoleFactsArgs, 'personIds'>>;
  searchPersons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QuerySearchPersonsArgs, 'first' | 'name'>>;
  searchUnits?: Resolver<ResolversTypes['UnitConnection'], ParentType, ContextType, RequireFields<QuerySearchUnitsArgs, 'first' | 'name'>>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type RejectChangeMessagePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RejectChangeMessagePayload'] = ResolversParentTypes['RejectChangeMessagePayload']> = ResolversObject<{
  changeMessage?: Resolver<Maybe<ResolversTypes['ChangeMessage']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RemoveContactPersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveContactPersonPayload'] = ResolversParentTypes['RemoveContactPersonPayload']> = ResolversObject<{
  removedContactPersonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RemovePersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemovePersonPayload'] = ResolversParentTypes['RemovePersonPayload']> = ResolversObject<{
  removedPersonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleFact'] = ResolversParentTypes['RoleFact']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoleKind'], ParentType, ContextType>;
  municipalityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface SearchTextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SearchText'], any> {
  name: 'SearchText';
}

export type StartCompanyRolePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartCompanyRolePayload'] = ResolversParentTypes['StartCompanyRolePayload']> = ResolversObject<{
  companyRole?: Resolver<Maybe<ResolversTypes['CompanyRole']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StartEmploymentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StartEmploymentPayload'] = ResolversParentTypes['StartEmploymentPayload']> = ResolversObject<{
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface TextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Text'], any> {
  name: 'Text';
}

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit'], FederationReferenceType extends FederationReferenceTypes['Unit'] = FederationReferenceTypes['Unit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Unit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  descendants?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industryCode?: Resolver<Maybe<ResolversTypes['IndustryCode']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  leader?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationForm?: Resolver<Maybe<ResolversTypes['OrganizationForm']>, ParentType, ContextType>;
  organizationNumber?: Resolver<Maybe<ResolversTypes['OrganizationNumber']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  visitingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
}>;

export type UnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitConnection'] = ResolversParentTypes['UnitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitEdge'] = ResolversParentTypes['UnitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type UpdateCompanyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateCompanyPayload'] = ResolversParentTypes['UpdateCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdatePersonContactDetailsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePersonContactDetailsPayload'] = ResolversParentTypes['UpdatePersonContactDetailsPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdatePersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdatePersonPayload'] = ResolversParentTypes['UpdatePersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdateUnitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateUnitPayload'] = ResolversParentTypes['UpdateUnitPayload']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  administrator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  kommuneregisteretContactFor?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  ownDeclarationOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  styrevervregisteretContactFor?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AcknowledgeChangesPayload?: AcknowledgeChangesPayloadResolvers<ContextType>;
  AddMembershipPayload?: AddMembershipPayloadResolvers<ContextType>;
  AddPersonPayload?: AddPersonPayloadResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  ApproveChangeMessagePayload?: ApproveChangeMessagePayloadResolvers<ContextType>;
  AssignContactPersonPayload?: AssignContactPersonPayloadResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeMessage?: ChangeMessageResolvers<ContextType>;
  ChangeMessageConnection?: ChangeMessageConnectionResolvers<ContextType>;
  ChangeMessageEdge?: ChangeMessageEdgeResolvers<ContextType>;
  ChangeReceipt?: ChangeReceiptResolvers<ContextType>;
  CloseUnitPayload?: CloseUnitPayloadResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyOwnership?: CompanyOwnershipResolvers<ContextType>;
  CompanyRole?: CompanyRoleResolvers<ContextType>;
  ConfirmElectionResultPayload?: ConfirmElectionResultPayloadResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  CorrectElectionMatchPayload?: CorrectElectionMatchPayloadResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  CountyNumber?: GraphQLScalarType;
  CreateCompanyPayload?: CreateCompanyPayloadResolvers<ContextType>;
  CreateElectedBodyPayload?: CreateElectedBodyPayloadResolvers<ContextType>;
  CreateLocalListPayload?: CreateLocalListPayloadResolvers<ContextType>;
  CreateUnitPayload?: CreateUnitPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  ElectedBody?: ElectedBodyResolvers<ContextType>;
  ElectionCandidate?: ElectionCandidateResolvers<ContextType>;
  ElectionPeriod?: ElectionPeriodResolvers<ContextType>;
  ElectionResult?: ElectionResultResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  Employment?: EmploymentResolvers<ContextType>;
  EndCompanyRolePayload?: EndCompanyRolePayloadResolvers<ContextType>;
  EndEmploymentPayload?: EndEmploymentPayloadResolvers<ContextType>;
  EndMembershipPayload?: EndMembershipPayloadResolvers<ContextType>;
  IdentityGrants?: IdentityGrantsResolvers<ContextType>;
  ImportEnhetsregisteretEntitiesPayload?: ImportEnhetsregisteretEntitiesPayloadResolvers<ContextType>;
  IndustryCode?: GraphQLScalarType;
  LoadElectionResultPayload?: LoadElectionResultPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MergePersonsPayload?: MergePersonsPayloadResolvers<ContextType>;
  MoveMembershipPayload?: MoveMembershipPayloadResolvers<ContextType>;
  MoveUnitPayload?: MoveUnitPayloadResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityNumber?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Name?: GraphQLScalarType;
  OrganizationNumber?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonRole?: PersonRoleResolvers<ContextType>;
  PersonRoleFacts?: PersonRoleFactsResolvers<ContextType>;
  PhoneNumber?: GraphQLScalarType;
  PostalCode?: GraphQLScalarType;
  ProposedChange?: ProposedChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectChangeMessagePayload?: RejectChangeMessagePayloadResolvers<ContextType>;
  RemoveContactPersonPayload?: RemoveContactPersonPayloadResolvers<ContextType>;
  RemovePersonPayload?: RemovePersonPayloadResolvers<ContextType>;
  RoleFact?: RoleFactResolvers<ContextType>;
  SearchText?: GraphQLScalarType;
  StartCompanyRolePayload?: StartCompanyRolePayloadResolvers<ContextType>;
  StartEmploymentPayload?: StartEmploymentPayloadResolvers<ContextType>;
  Text?: GraphQLScalarType;
  Unit?: UnitResolvers<ContextType>;
  UnitConnection?: UnitConnectionResolvers<ContextType>;
  UnitEdge?: UnitEdgeResolvers<ContextType>;
  UpdateCompanyPayload?: UpdateCompanyPayloadResolvers<ContextType>;
  UpdatePersonContactDetailsPayload?: UpdatePersonContactDetailsPayloadResolvers<ContextType>;
  UpdatePersonPayload?: UpdatePersonPayloadResolvers<ContextType>;
  UpdateUnitPayload?: UpdateUnitPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

