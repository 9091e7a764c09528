import { jsonb, pgEnum, text, varchar } from 'drizzle-orm/pg-core';

/** A postal or visiting address (postadresse, besøksadresse). */
export interface Address {
  /** Street and number, or a post box. */
  lines: string[];
  postalCode: string;
  postalPlace: string;
}

/** Organisation forms of Enhetsregisteret that municipal units and companies have. */
export const organizationForm = pgEnum('organization_form', [
  'KOMM',
  'FYLK',
  'ORGL',
  'BEDR',
  'AAFY',
  'KF',
  'FKF',
  'IKS',
  'AS',
  'ASA',
  'SA',
  'STI',
]);

/** The contact columns an organisation has: addresses, phone, e-mail, website. */
export const contactColumns = () => ({
  visitingAddress: jsonb('visiting_address').$type<Address>(),
  postalAddress: jsonb('postal_address').$type<Address>(),
  phone: text('phone'),
  email: text('email'),
  website: text('website'),
});

export const organizationNumberColumn = () => varchar('organization_number', { length: 9 });
