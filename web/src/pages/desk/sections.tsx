import type { ReactNode } from 'react';
import { ChangeMessagesDesk } from './ChangeMessages.tsx';
import { CompaniesDesk } from './Companies.tsx';
import { ElectedBodiesDesk } from './ElectedBodies.tsx';
import { PersonsDesk } from './Persons.tsx';
import { UnitsDesk } from './Units.tsx';
import { ElectionPage } from '../stv/Election.tsx';
import { NoticesPage } from '../stv/Notices.tsx';

/** What a contact person keeps: Kommuneregisteret's (KR) or Styrevervregisteret's (STV) data. */
export type Register = 'KR' | 'STV';

interface SectionOf {
  /** `/skrivebord/<nr>/<path>` */
  path: string;
  /** The link's text and the page's title */
  label: string;
  /** Whose contact persons (and administrators) get the section */
  register: Register;
}

/**
 * A section is shown in the desk's frame under its navigation (`page`), or is a page of its
 * own (its own heading, access check and way back to the desk) in the frame's place (`ownPage`).
 */
export type DeskSection = SectionOf &
  (
    | { page: (props: { number: string }) => ReactNode; ownPage?: never }
    | { ownPage: (props: { number: string; params: URLSearchParams }) => ReactNode; page?: never }
  );

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
  { path: 'varsler', label: 'Send varsel', register: 'STV', ownPage: NoticesPage },
  {
    path: 'valg',
    label: 'Avstemming etter valg',
    register: 'STV',
    ownPage: ElectionPage,
  },
];
