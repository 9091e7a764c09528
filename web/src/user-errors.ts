import { RegisterClientError } from '@registers/client';

/** A mutation's `userErrors` entry, as every payload gives it. */
export interface UserError {
  code: string;
  field: readonly string[];
  message: string;
}

/** What a form shows: a message per input field, and one for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const noErrors: FormErrors = { fields: {}, form: null };

/**
 * The bokmål words for a problem with a field, by `CODE:field` and then by `field` (the
 * register's own messages are in English, for developers). A field's value the schema refused
 * (an organisation number without a valid check digit, a date that does not exist) comes as
 * `INVALID`.
 */
const fieldMessages: Record<string, string> = {
  'INVALID:category': 'Velg en kategori.',
  'FROM_KOMMUNEREGISTERET:category':
    'Ansettelser, folkevalgte verv og roller i kommunale selskap kommer fra Kommuneregisteret og kan ikke føres inn her.',
  'INVALID:organizationName': 'Skriv navnet på organisasjonen (1 til 200 tegn).',
  'DUPLICATE:organizationName':
    'Du har allerede oppgitt dette: samme kategori, organisasjon og rolle finnes i erklæringen.',
  'INVALID:organizationNumber': 'Organisasjonsnummeret må være ni sifre med riktig kontrollsiffer.',
  'INVALID:role': 'Rollen kan ha høyst 200 tegn.',
  'INVALID:startDate': 'Skriv en dato som finnes.',
  'INVALID:endDate': 'Til-datoen kan ikke være før fra-datoen.',
  'TERMS_NOT_ACCEPTED:published': 'Du må godta vilkårene før erklæringen kan bli offentlig.',
  'NOT_FOUND:personId': 'Du har ingen erklæring ennå.',
  'UNKNOWN_PERSON:personId': 'Registeret kjenner deg ikke ennå. Prøv igjen om litt.',
  'NOT_FOUND:id': 'Dette finnes ikke lenger. Last siden på nytt.',
  'FROM_KOMMUNEREGISTERET:id': 'Dette kommer fra Kommuneregisteret og endres der.',
  'INVALID:email': 'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.',
};

const requestMessages: Record<string, string> = {
  RATE_LIMITED: 'Du har prøvd for mange ganger. Vent litt og prøv igjen.',
  FORBIDDEN: 'Du har ikke lov til å gjøre dette.',
  UNAUTHENTICATED: 'Innloggingen gjelder ikke lenger. Logg inn på nytt.',
};

const fieldName = (path: readonly string[]) => path[path.length - 1] ?? '';

export function fieldMessage(code: string, field: string): string {
  return fieldMessages[`${code}:${field}`] ?? 'Sjekk det du skrev her.';
}

/** A payload's `userErrors`, each next to its field. */
export function formErrorsOf(userErrors: readonly UserError[]): FormErrors {
  const fields: Record<string, string> = {};
  for (const { code, field } of userErrors) fields[fieldName(field)] ??= fieldMessage(code, fieldName(field));
  return { fields, form: null };
}

/**
 * A request that failed as a whole. A variable the schema's scalars refuse at the edge is
 * named by GraphQL's message (`… at "input.organizationNumber"; …`), so it too goes next to
 * its field; anything else is said for the whole form.
 */
export function formErrorsOfFailure(error: unknown): FormErrors {
  const fields: Record<string, string> = {};
  if (error instanceof RegisterClientError && error.code === 'BAD_USER_INPUT') {
    for (const { message } of error.errors) {
      const path = /got invalid value .* at "([\w.[\]]+)"/.exec(message)?.[1];
      if (path) fields[fieldName(path.split('.'))] ??= fieldMessage('INVALID', fieldName(path.split('.')));
    }
  }
  if (Object.keys(fields).length > 0) return { fields, form: null };
  const code = (error as { code?: string }).code ?? 'NETWORK_ERROR';
  return { fields, form: requestMessages[code] ?? 'Noe gikk galt. Prøv igjen om litt.' };
}
