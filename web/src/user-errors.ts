import { RegisterClientError } from '@registers/client';

/**
 * What went wrong with a change, in bokmål, for every form of the app: a mutation's
 * `userErrors` (the register's own messages are in English, for developers), a value the
 * schema's scalars refused at the edge (named by GraphQL's message), and a refusal of the
 * request as a whole.
 */

/** A mutation's `userErrors` entry, as every payload gives it. */
export interface UserError {
  code: string;
  field: readonly string[];
  message: string;
}

/** The input field a userError names (`["input", "owners", "0"]` → `owners`); '' for the form as a whole. */
export const fieldOf = (error: Pick<UserError, 'field'>) => error.field[1] ?? '';

/** By `CODE field`, then by code alone. */
const byCodeAndField: Record<string, string> = {
  'INVALID name': 'Navnet må ha 1 til 200 tegn på én linje.',
  'INVALID givenName': 'Fornavnet må ha 1 til 200 tegn på én linje.',
  'INVALID familyName': 'Etternavnet må ha 1 til 200 tegn på én linje.',
  'INVALID title': 'Stillingstittelen må ha 1 til 200 tegn på én linje.',
  'INVALID category': 'Velg en kategori.',
  'INVALID organizationName': 'Skriv navnet på organisasjonen (1 til 200 tegn).',
  'INVALID organizationNumber': 'Et organisasjonsnummer er ni siffer med riktig kontrollsiffer.',
  'INVALID role': 'Rollen kan ha høyst 200 tegn.',
  'INVALID startDate': 'Skriv en dato som finnes.',
  'INVALID endDate': 'Til-datoen kan ikke være før fra-datoen.',
  'INVALID closedOn': 'Enheten kan ikke legges ned den dagen.',
  'INVALID parentId': 'Enheten kan ikke flyttes dit.',
  'INVALID owners': 'Eierandelene må være over 0 og til sammen høyst 100 prosent.',
  'INVALID form': 'Et selskap er AS, ASA, IKS, KF, FKF, SA eller STI.',
  'INVALID substituteRank': 'Et varamedlem har et nummer fra 1; andre roller har ingen.',
  'INVALID reason': 'Skriv en begrunnelse på 1 til 200 tegn.',
  'INVALID email': 'Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.',
  'DUPLICATE organizationNumber': 'Organisasjonsnummeret er allerede registrert.',
  'DUPLICATE email': 'E-postadressen er allerede registrert på en annen person.',
  'DUPLICATE organizationName':
    'Du har allerede oppgitt dette: samme kategori, organisasjon og rolle finnes i erklæringen.',
  'FROM_KOMMUNEREGISTERET category':
    'Ansettelser, folkevalgte verv og roller i kommunale selskap kommer fra Kommuneregisteret og kan ikke føres inn her.',
  'FROM_KOMMUNEREGISTERET id': 'Dette kommer fra Kommuneregisteret og endres der.',
  'TERMS_NOT_ACCEPTED published': 'Du må godta vilkårene før erklæringen kan bli offentlig.',
  'NOT_FOUND personId': 'Du har ingen erklæring ennå.',
  'UNKNOWN_PERSON personId': 'Registeret kjenner deg ikke ennå. Prøv igjen om litt.',
  'NOT_FOUND id': 'Dette finnes ikke lenger. Last siden på nytt.',
};
const byCode: Record<string, string> = {
  INVALID: 'Verdien kan ikke brukes.',
  NOT_FOUND: 'Finnes ikke i registeret.',
  DUPLICATE: 'Finnes allerede i registeret.',
  SAME_PERSON: 'Det er samme person.',
};
/** A value a scalar refused before any resolver ran, by field (else as an INVALID userError). */
const invalidValues: Record<string, string> = {
  phone: 'Skriv et gyldig telefonnummer.',
  industryCode: 'Skriv en næringskode som 84.110.',
  startDate: 'Skriv en gyldig dato.',
  endDate: 'Skriv en gyldig dato.',
  closedOn: 'Skriv en gyldig dato.',
};
const refusals: Record<string, string> = {
  FORBIDDEN: 'Du har ikke lov til å gjøre dette.',
  UNAUTHENTICATED: 'Innloggingen gjelder ikke lenger. Logg inn på nytt.',
  RATE_LIMITED: 'Du har prøvd for mange ganger. Vent litt og prøv igjen.',
  NOT_FOUND: 'Fant ikke det du ville endre. Last siden på nytt.',
};

/** The words for one userError, to show next to its field. */
export function userErrorMessage(code: string, field: string): string {
  return byCodeAndField[`${code} ${field}`] ?? byCode[code] ?? 'Sjekk det du skrev her.';
}

/**
 * A request that failed as a whole because a variable's value was refused at the edge: the
 * input fields GraphQL's messages name (`… got invalid value "123" at "input.organizationNumber"; …`),
 * each with its words; empty for any other failure.
 */
export function invalidValueErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(error instanceof RegisterClientError) || error.code !== 'BAD_USER_INPUT') return fields;
  for (const { message } of error.errors) {
    const field = /got invalid value .* at "input\.(\w+)/.exec(message)?.[1];
    if (field) fields[field] ??= invalidValues[field] ?? userErrorMessage('INVALID', field);
  }
  return fields;
}

/** The words for a request refused or failed as a whole. */
export function refusalMessage(error: unknown): string {
  const code = (error as { code?: string }).code ?? 'NETWORK_ERROR';
  return refusals[code] ?? 'Noe gikk galt. Prøv igjen om litt.';
}

/** What a form shows: a message per input field, and one for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const noErrors: FormErrors = { fields: {}, form: null };

/** A payload's `userErrors`, each next to its field. */
export function formErrorsOf(userErrors: readonly UserError[]): FormErrors {
  const fields: Record<string, string> = {};
  for (const { code, field } of userErrors) {
    const name = fieldOf({ field });
    fields[name] ??= userErrorMessage(code, name);
  }
  return { fields, form: null };
}

/** A request that failed as a whole: next to the fields it names, or said for the whole form. */
export function formErrorsOfFailure(error: unknown): FormErrors {
  const fields = invalidValueErrors(error);
  if (Object.keys(fields).length > 0) return { fields, form: null };
  return { fields, form: refusalMessage(error) };
}
