import type {
  CompanyRoleKind,
  ContactRole,
  ElectedBodyKind,
  MembershipRole,
  MunicipalityKind,
  PositionCategory,
  UnitKind,
} from './generated/operations.ts';

/** The register's kinds in Norwegian (bokmål), as readers of Kommunenøkkelen know them. */
export const municipalityKindLabel: Record<MunicipalityKind, string> = {
  MUNICIPALITY: 'Kommune',
  COUNTY_MUNICIPALITY: 'Fylkeskommune',
};

export const unitKindLabel: Record<UnitKind, string> = {
  SECTOR: 'Sektor',
  DEPARTMENT: 'Avdeling',
  SCHOOL: 'Skole',
  KINDERGARTEN: 'Barnehage',
  NURSING_HOME: 'Sykehjem',
  OTHER: 'Annen enhet',
};

export const electedBodyKindLabel: Record<ElectedBodyKind, string> = {
  MUNICIPAL_COUNCIL: 'Kommunestyre',
  COUNTY_COUNCIL: 'Fylkesting',
  EXECUTIVE_COMMITTEE: 'Formannskap / fylkesutvalg',
  STANDING_COMMITTEE: 'Utvalg',
  CONTROL_COMMITTEE: 'Kontrollutvalg',
  OTHER: 'Annet organ',
};

export const membershipRoleLabel: Record<MembershipRole, string> = {
  LEADER: 'Leder',
  DEPUTY_LEADER: 'Nestleder',
  MEMBER: 'Medlem',
  SUBSTITUTE: 'Varamedlem',
};

export const companyRoleLabel: Record<CompanyRoleKind, string> = {
  CHIEF_EXECUTIVE: 'Daglig leder',
  BOARD_CHAIR: 'Styreleder',
  BOARD_MEMBER: 'Styremedlem',
  DEPUTY_BOARD_MEMBER: 'Varamedlem til styret',
  EMPLOYEE: 'Ansatt',
};

export const positionCategoryLabel: Record<PositionCategory, string> = {
  MUNICIPAL_EMPLOYMENT: 'Ansettelse',
  ELECTED_OFFICE: 'Folkevalgt verv',
  MUNICIPAL_COMPANY_ROLE: 'Rolle i kommunalt eid selskap',
  COMPANY_BOARD: 'Styreverv i selskap',
  ORGANIZATION_BOARD: 'Styreverv i organisasjon',
  PAID_WORK: 'Lønnet arbeid eller oppdrag',
  BUSINESS_INTEREST: 'Selvstendig næringsvirksomhet',
  REAL_ESTATE: 'Fast eiendom',
  SHAREHOLDING: 'Aksjer og andeler i selskap',
  EMPLOYER_AGREEMENT: 'Avtale med tidligere eller fremtidig arbeidsgiver',
  ECONOMIC_SUPPORT: 'Økonomisk støtte',
  GIFT: 'Gave',
  PAID_TRAVEL: 'Reiser betalt av andre',
  OTHER: 'Annet',
};

export const contactRoleLabel: Record<ContactRole, string> = {
  KR: 'Kontaktperson for Kommuneregisteret',
  STV: 'Kontaktperson for Styrevervregisteret',
  BOTH: 'Kontaktperson for begge registrene',
  COMPANY: 'Kontaktperson for selskapet',
  ADMINISTRATOR: 'Administrator',
};
