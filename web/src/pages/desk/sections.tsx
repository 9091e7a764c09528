import type { ReactNode } from 'react';
import { ChangeMessagesDesk } from './ChangeMessages.tsx';
import { CompaniesDesk } from './Companies.tsx';
import { ElectedBodiesDesk } from './ElectedBodies.tsx';
import { PersonsDesk } from './Persons.tsx';
import { UnitsDesk } from './Units.tsx';

/** What a contact person keeps: Kommuneregisteret's (KR) or Styrevervregisteret's (STV) data. */
export type Register = 'KR' | 'STV';

export interface DeskSection {
  /** `/skrivebord/<nr>/<path>` */
  path: string;
  /** The link's text and the page's title */
  label: string;
  /** Whose contact persons (and administrators) get the section */
  register: Register;
  page: (props: { number: string }) => ReactNode;
}

/**
 * The sections of a municipality's desk, in the order of its navigation: one entry each, so
 * a section is added here and nowhere else.
 */
export const deskSections: DeskSection[] = [
  { path: 'enheter', label: 'Enheter', register: 'KR', page: UnitsDesk },
  { path: 'personer', label: 'Personer og ansettelser', register: 'KR', page: PersonsDesk },
  { path: 'organer', label: 'Folkevalgte organer', register: 'KR', page: ElectedBodiesDesk },
  { path: 'endringsmeldinger', label: 'Endringsmeldinger', register: 'KR', page: ChangeMessagesDesk },
  { path: 'selskaper', label: 'Selskaper', register: 'KR', page: CompaniesDesk },
];
