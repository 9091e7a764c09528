import type {
  CompanyRoleKind,
  ElectedBodyKind,
  MembershipRole,
  MunicipalityKind,
  PositionCategory,
  UnitKind,
} from './generated/graphql.js';

/**
 * The register's codes as a reader sees them, in bokmål: one wording for the registers' own web,
 * the Kommunenøkkelen publication and any partner that shows them.
 */
export const labels = {
  municipalityKind: {
    MUNICIPALITY: 'Kommune',
    COUNTY_MUNICIPALITY: 'Fylkeskommune',
  } satisfies Record<MunicipalityKind, string>,
  unitKind: {
    SECTOR: 'Sektor',
    DEPARTMENT: 'Avdeling',
    SCHOOL: 'Skole',
    KINDERGARTEN: 'Barnehage',
    NURSING_HOME: 'Sykehjem',
    OTHER: 'Annen enhet',
  } satisfies Record<UnitKind, string>,
  electedBodyKind: {
    MUNICIPAL_COUNCIL: 'Kommunestyre',
    COUNTY_COUNCIL: 'Fylkesting',
    EXECUTIVE_COMMITTEE: 'Formannskap / fylkesutvalg',
    STANDING_COMMITTEE: 'Fast utvalg',
    CONTROL_COMMITTEE: 'Kontrollutvalg',
    OTHER: 'Annet organ',
  } satisfies Record<ElectedBodyKind, string>,
  membershipRole: {
    LEADER: 'Leder',
    DEPUTY_LEADER: 'Nestleder',
    MEMBER: 'Medlem',
    SUBSTITUTE: 'Varamedlem',
  } satisfies Record<MembershipRole, string>,
  companyRole: {
    CHIEF_EXECUTIVE: 'Daglig leder',
    BOARD_CHAIR: 'Styreleder',
    BOARD_MEMBER: 'Styremedlem',
    DEPUTY_BOARD_MEMBER: 'Varamedlem til styret',
    EMPLOYEE: 'Ansatt',
  } satisfies Record<CompanyRoleKind, string>,
  positionCategory: {
    MUNICIPAL_EMPLOYMENT: 'Ansettelse i kommunen',
    ELECTED_OFFICE: 'Folkevalgt verv',
    MUNICIPAL_COMPANY_ROLE: 'Verv i kommunalt eid selskap',
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
  } satisfies Record<PositionCategory, string>,
};
