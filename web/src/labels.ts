import type {
  CompanyRoleKind,
  ElectedBodyKind,
  MembershipRole,
  PositionCategory,
  UnitKind,
} from '@registers/client';

/** The register's codes as a reader sees them, in bokmål. */
export const positionCategory: Record<PositionCategory, string> = {
  MUNICIPAL_EMPLOYMENT: 'Ansettelse i kommunen',
  ELECTED_OFFICE: 'Folkevalgt verv',
  MUNICIPAL_COMPANY_ROLE: 'Verv i kommunalt eid selskap',
  COMPANY_BOARD: 'Styreverv i selskap',
  ORGANIZATION_BOARD: 'Styreverv i organisasjon',
  PAID_WORK: 'Lønnet arbeid eller oppdrag',
  BUSINESS_INTEREST: 'Næringsinteresse',
  REAL_ESTATE: 'Fast eiendom',
  SHAREHOLDING: 'Aksjer og andeler',
  EMPLOYER_AGREEMENT: 'Avtale med tidligere eller fremtidig arbeidsgiver',
  ECONOMIC_SUPPORT: 'Økonomisk støtte',
  GIFT: 'Gave',
  PAID_TRAVEL: 'Reise betalt av andre',
  OTHER: 'Annet',
};

export const unitKind: Record<UnitKind, string> = {
  SECTOR: 'Sektor',
  DEPARTMENT: 'Avdeling',
  SCHOOL: 'Skole',
  KINDERGARTEN: 'Barnehage',
  NURSING_HOME: 'Sykehjem',
  OTHER: 'Annen enhet',
};

export const electedBodyKind: Record<ElectedBodyKind, string> = {
  MUNICIPAL_COUNCIL: 'Kommunestyre',
  COUNTY_COUNCIL: 'Fylkesting',
  EXECUTIVE_COMMITTEE: 'Formannskap',
  STANDING_COMMITTEE: 'Fast utvalg',
  CONTROL_COMMITTEE: 'Kontrollutvalg',
  OTHER: 'Annet organ',
};

export const membershipRole: Record<MembershipRole, string> = {
  LEADER: 'Leder',
  DEPUTY_LEADER: 'Nestleder',
  MEMBER: 'Medlem',
  SUBSTITUTE: 'Varamedlem',
};

export const companyRole: Record<CompanyRoleKind, string> = {
  CHIEF_EXECUTIVE: 'Daglig leder',
  BOARD_CHAIR: 'Styreleder',
  BOARD_MEMBER: 'Styremedlem',
  DEPUTY_BOARD_MEMBER: 'Varamedlem til styret',
  EMPLOYEE: 'Ansatt',
};

const errorMessages: Record<string, string> = {
  NOT_FOUND: 'Fant ikke det du lette etter.',
  BAD_USER_INPUT: 'Søket kan ikke brukes. Sjekk det du skrev og prøv igjen.',
  RATE_LIMITED: 'For mange forespørsler. Vent litt og prøv igjen.',
};

export const errorMessage = (code: string) =>
  errorMessages[code] ?? 'Noe gikk galt da vi hentet data. Prøv igjen om litt.';

/** A number with its noun in the singular or the plural: `1 kommune`, `23 kommuner`. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
