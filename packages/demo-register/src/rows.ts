/**
 * The rows the demo register is made of, as plain data: the municipality subgraph writes them
 * into its tables (where the compiler checks that they fit), the interests subgraph and the
 * tests read them, and neither needs the other's code for it.
 */

/** A postal or visiting address. */
export interface Address {
  /** Street and number, or a post box. */
  lines: string[];
  postalCode: string;
  postalPlace: string;
}

export type UnitKind = 'SECTOR' | 'DEPARTMENT' | 'SCHOOL' | 'KINDERGARTEN' | 'NURSING_HOME' | 'OTHER';

/** A unit (enhet) of a municipality or county municipality. */
export interface DemoUnit {
  id: string;
  municipalityNumber: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  /** Set for the units registered in Enhetsregisteret. */
  organizationNumber: string | null;
  organizationForm: 'ORGL' | 'BEDR' | null;
  industryCode: string;
  visitingAddress: Address;
  phone: string;
}

export interface DemoPerson {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  /** The municipality that registered the person. */
  municipalityNumber: string;
}

/** An employment (ansettelse); the demo's are all current. */
export interface DemoEmployment {
  id: string;
  personId: string;
  unitId: string;
  title: string;
  isLeader: boolean;
  areaOfResponsibility: string | null;
  startDate: string;
  endDate: null;
}

/** A municipality's local list (the national parties are reference data). */
export interface DemoLocalList {
  id: string;
  name: string;
  municipalityNumber: string;
}

export type ElectedBodyKind =
  'MUNICIPAL_COUNCIL' | 'COUNTY_COUNCIL' | 'EXECUTIVE_COMMITTEE' | 'STANDING_COMMITTEE' | 'CONTROL_COMMITTEE';

export interface DemoElectedBody {
  id: string;
  municipalityNumber: string;
  kind: ElectedBodyKind;
  name: string;
  /** The election year that starts the period. */
  periodStartYear: number;
}

export type MembershipRole = 'LEADER' | 'DEPUTY_LEADER' | 'MEMBER' | 'SUBSTITUTE';

/** A membership (verv) in an elected body, for a national party or a local list. */
export interface DemoMembership {
  id: string;
  bodyId: string;
  personId: string;
  role: MembershipRole;
  /** The order in which substitutes are called; null for others. */
  substituteRank: number | null;
  partyId: string;
  startDate: string;
  endDate: null;
}

export type CompanyForm = 'AS' | 'IKS' | 'KF' | 'SA';

export interface DemoCompany {
  id: string;
  organizationNumber: string;
  name: string;
  form: CompanyForm;
  visitingAddress: Address;
  website: string;
}

/** A municipality's share of a company, in per cent with two decimals. */
export interface DemoCompanyOwner {
  companyId: string;
  municipalityNumber: string;
  sharePercent: number;
}

export type CompanyRoleKind = 'CHIEF_EXECUTIVE' | 'BOARD_CHAIR' | 'BOARD_MEMBER' | 'DEPUTY_BOARD_MEMBER';

export interface DemoCompanyRole {
  id: string;
  companyId: string;
  personId: string;
  role: CompanyRoleKind;
  startDate: string;
  endDate: null;
}

/** A municipality's or county municipality's own organisation number and contact details. */
export interface MunicipalityDetails {
  organizationNumber: string;
  visitingAddress: Address;
  postalAddress: Address;
  phone: string;
  email: string;
  website: string;
}
