import type { UnitKind } from './rows.ts';

export const sectorNames = [
  'Oppvekst og utdanning',
  'Helse og omsorg',
  'Teknisk drift',
  'Kultur og fritid',
  'Samfunnsutvikling',
  'Økonomi og administrasjon',
];

export const departmentNames = [
  'Lønn og regnskap',
  'Byggesak',
  'Plan og miljø',
  'IKT',
  'Vann og avløp',
  'Eiendom',
  'Barnevern',
  'Hjemmetjenesten',
  'Legetjenesten',
  'Arkiv og dokumentsenter',
];

export const titles: Record<UnitKind, { leader: string; staff: string[] }> = {
  SECTOR: { leader: 'Kommunalsjef', staff: ['Rådgiver', 'Spesialrådgiver'] },
  DEPARTMENT: { leader: 'Avdelingsleder', staff: ['Rådgiver', 'Saksbehandler', 'Konsulent'] },
  SCHOOL: { leader: 'Rektor', staff: ['Lektor', 'Lærer', 'Inspektør'] },
  KINDERGARTEN: { leader: 'Styrer', staff: ['Pedagogisk leder', 'Barnehagelærer'] },
  NURSING_HOME: { leader: 'Institusjonsleder', staff: ['Sykepleier', 'Helsefagarbeider'] },
  OTHER: { leader: 'Leder', staff: ['Konsulent', 'Bibliotekar'] },
};

export const standingCommittees = [
  'Utvalg for oppvekst og kultur',
  'Utvalg for helse og omsorg',
  'Utvalg for plan og miljø',
  'Utvalg for næring og teknikk',
  'Administrasjonsutvalget',
];

export const companyNameSuffixes = [
  'Vann',
  'Renovasjon',
  'Eiendom',
  'Energi',
  'Havn',
  'Kino',
  'Parkering',
  'Bolig',
  'Næringsutvikling',
  'Brann og redning',
  'Revisjon',
];

/**
 * A county municipality's sectors and the units below each: upper secondary schools and dental
 * clinics named after a place, departments by their task.
 */
export const countySectors: {
  name: string;
  industryCode: string;
  /** How often a unit is of this sector. */
  weight: number;
  units: {
    kind: UnitKind;
    /** A unit named "<place> <suffix>", or one of `names`. */
    suffix?: string;
    names?: string[];
    industryCode: string;
    leader: string;
    staff: string[];
  };
}[] = [
  {
    name: 'Opplæring og kompetanse',
    industryCode: '84.120',
    weight: 4,
    units: {
      kind: 'SCHOOL',
      suffix: 'videregående skole',
      industryCode: '85.310',
      leader: 'Rektor',
      staff: ['Lektor', 'Avdelingsleder', 'Rådgiver'],
    },
  },
  {
    name: 'Tannhelse',
    industryCode: '84.120',
    weight: 3,
    units: {
      kind: 'OTHER',
      suffix: 'tannklinikk',
      industryCode: '86.230',
      leader: 'Klinikkleder',
      staff: ['Tannlege', 'Tannpleier', 'Tannhelsesekretær'],
    },
  },
  {
    name: 'Mobilitet og infrastruktur',
    industryCode: '84.130',
    weight: 1,
    units: {
      kind: 'DEPARTMENT',
      names: ['Kollektivtransport', 'Fylkesveg', 'Trafikksikkerhet', 'Skoleskyss', 'Løyve'],
      industryCode: '84.130',
      leader: 'Seksjonsleder',
      staff: ['Rådgiver', 'Ingeniør', 'Saksbehandler'],
    },
  },
  {
    name: 'Kultur, idrett og inkludering',
    industryCode: '84.120',
    weight: 1,
    units: {
      kind: 'DEPARTMENT',
      names: ['Fylkesbiblioteket', 'Kulturarv', 'Fylkesarkivet', 'Idrett og friluftsliv', 'Folkehelse'],
      industryCode: '84.120',
      leader: 'Seksjonsleder',
      staff: ['Rådgiver', 'Arkivar', 'Bibliotekar'],
    },
  },
  {
    name: 'Økonomi og organisasjon',
    industryCode: '84.110',
    weight: 1,
    units: {
      kind: 'DEPARTMENT',
      names: ['Innkjøp', 'HR', 'IKT', 'Regnskap', 'Eiendom og bygg'],
      industryCode: '84.110',
      leader: 'Seksjonsleder',
      staff: ['Rådgiver', 'Konsulent', 'Controller'],
    },
  },
];

export const countySectorTitles = { leader: 'Fylkesdirektør', staff: ['Rådgiver', 'Spesialrådgiver'] };

/** The hovedutvalg of a county council, and its administration committee. */
export const countyStandingCommittees = [
  'Hovedutvalg for opplæring og kompetanse',
  'Hovedutvalg for samferdsel',
  'Hovedutvalg for kultur, idrett og inkludering',
  'Hovedutvalg for næring og klima',
  'Administrasjonsutvalget',
];

/** Where each county municipality has its county hall (fylkeshus), by county number. */
export const countySeats: Record<string, string> = {
  '11': 'Stavanger',
  '15': 'Molde',
  '18': 'Bodø',
  '31': 'Sarpsborg',
  '32': 'Oslo',
  '33': 'Drammen',
  '34': 'Hamar',
  '39': 'Tønsberg',
  '40': 'Skien',
  '42': 'Kristiansand',
  '46': 'Bergen',
  '50': 'Steinkjer',
  '55': 'Tromsø',
  '56': 'Vadsø',
};
