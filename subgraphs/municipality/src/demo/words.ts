import type { NewUnitRow } from '../db/schema/index.ts';

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

export const titles: Record<NewUnitRow['kind'], { leader: string; staff: string[] }> = {
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
