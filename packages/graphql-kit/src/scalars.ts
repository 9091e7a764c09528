import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import {
  isCountyNumber,
  isEmailAddress,
  isIndustryCode,
  isIsoDate,
  isMunicipalityNumber,
  isOrganizationNumber,
  normalizePhoneNumber,
} from './identifiers.ts';

/** A string scalar whose values `parse` checks, from variables and literals alike. */
function stringScalar(name: string, parse: (value: unknown) => string) {
  return new GraphQLScalarType<string, string>({
    name,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A string scalar that refuses, with a message naming the format, any value `normalize` turns
 * to null (or that fails `isValid`), and passes on the normalized value.
 */
function validatedString(
  name: string,
  format: string,
  isValid: (value: string) => boolean,
  normalize: (value: string) => string | null = (value) => (isValid(value) ? value : null),
) {
  return stringScalar(name, (value) => {
    const normalized = typeof value === 'string' ? normalize(value) : null;
    if (normalized === null) throw refuse(`${name} must be ${format}; got ${shown(value)}.`);
    return normalized;
  });
}

/** A refused value as an error message shows it: never more than a few dozen characters. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}… (${text.length} characters)` : text;
}

/**
 * Free text with a documented maximum length, refused at the edge before a resolver runs, so a
 * long value costs the database nothing. Whether a text is blank or holds control characters is
 * the mutation's to say, in its `userErrors`.
 */
function boundedString(name: string, maxLength: number) {
  return stringScalar(name, (value) => {
    if (typeof value !== 'string') throw refuse(`${name} must be a string.`);
    if (value.length > maxLength) {
      throw refuse(`${name} must be at most ${maxLength} characters; got ${value.length}.`);
    }
    return value;
  });
}

/** The documented maximum lengths of free text (README, and each scalar's description). */
const textLimits = { Name: 200, SearchText: 100, Text: 2_000 } as const;
export const Name = boundedString('Name', textLimits.Name);
export const SearchText = boundedString('SearchText', textLimits.SearchText);
export const Text = boundedString('Text', textLimits.Text);
export const PostalCode = validatedString('PostalCode', 'four digits, e.g. "5003"', (value) =>
  /^\d{4}$/.test(value),
);

export const CountyNumber = validatedString('CountyNumber', 'two digits, e.g. "03"', isCountyNumber);
export const MunicipalityNumber = validatedString(
  'MunicipalityNumber',
  'four digits, e.g. "0301"',
  isMunicipalityNumber,
);
export const OrganizationNumber = validatedString(
  'OrganizationNumber',
  'nine digits with a valid MOD11 check digit',
  isOrganizationNumber,
);
export const EmailAddress = validatedString('EmailAddress', 'an e-mail address', isEmailAddress, (value) =>
  isEmailAddress(value.trim()) ? value.trim().toLowerCase() : null,
);
export const PhoneNumber = validatedString(
  'PhoneNumber',
  'a Norwegian phone number of eight digits, e.g. "+47 22 00 00 00"',
  (value) => normalizePhoneNumber(value) !== null,
  normalizePhoneNumber,
);
export const IndustryCode = validatedString(
  'IndustryCode',
  'a NACE code as NN.NNN, e.g. "84.110"',
  isIndustryCode,
);
export const Date = validatedString('Date', 'a date as YYYY-MM-DD', isIsoDate);

const parseDateTime = (value: unknown): Date => {
  const date = typeof value === 'string' ? new globalThis.Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(value))) {
    throw refuse(`DateTime must be an ISO 8601 timestamp; got ${shown(value)}.`);
  }
  return date;
};

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) =>
    (value instanceof globalThis.Date ? value : new globalThis.Date(String(value))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
