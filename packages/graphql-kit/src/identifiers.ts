import { createHash } from 'node:crypto';

/** Norwegian identifiers and formats, validated at the edge of every service. */

export const isCountyNumber = (value: string) => /^\d{2}$/.test(value);

/** Kommunenummer: four digits, the first two are the county number. */
export const isMunicipalityNumber = (value: string) => /^\d{4}$/.test(value);

const organizationNumberWeights = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The MOD11 check digit of an organisation number's first eight digits, or null where none
 * exists (remainder 1): no valid organisation number starts with those digits.
 */
export function organizationNumberCheckDigit(firstEight: string): number | null {
  const sum = organizationNumberWeights.reduce(
    (total, weight, i) => total + weight * Number(firstEight[i]),
    0,
  );
  const remainder = sum % 11;
  if (remainder === 1) return null;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** Organisasjonsnummer: nine digits, the last a MOD11 check digit. */
export function isOrganizationNumber(value: string): boolean {
  return /^\d{9}$/.test(value) && organizationNumberCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A calendar date, YYYY-MM-DD, that exists. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** An e-mail address as a person would type it: one @, a dot in the domain, no spaces. */
export const isEmailAddress = (value: string) =>
  value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * A Norwegian phone number (eight digits, optionally +47 or 0047 first, spaces allowed),
 * written the one way it is stored: "+47" and the eight digits. Null when it is not one.
 */
export function normalizePhoneNumber(value: string): string | null {
  const match = /^(?:\+47|0047)?(\d{8})$/.exec(value.replace(/[\s-]/g, ''));
  return match ? `+47${match[1]}` : null;
}

/** Næringskode in the NACE format of Enhetsregisteret: NN.NNN, e.g. "84.110". */
export const isIndustryCode = (value: string) => /^\d{2}\.\d{3}$/.test(value);

/** A valid organisation number from random digits: eight are drawn until a check digit exists. */
export function randomOrganizationNumber(eightDigits: () => string): string {
  for (;;) {
    const firstEight = eightDigits();
    const check = organizationNumberCheckDigit(firstEight);
    if (check !== null) return `${firstEight}${check}`;
  }
}

/** A UUID (version 5 layout) derived from a name: the same name gives the same id everywhere. */
export function uuidFromName(name: string): string {
  const hex = createHash('sha1').update(`registertjenester:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
