import { userError, type UserError } from '@registers/graphql-kit';
import type { Stores } from '../stores.ts';

/** C0 and C1 control characters, DEL among them: names, titles and addresses are one line. */
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

interface ContactFields {
  visitingAddress?: { lines: string[]; postalCode: string; postalPlace: string } | null;
  postalAddress?: { lines: string[]; postalCode: string; postalPlace: string } | null;
  website?: string | null;
}

/** Collects the input's problems; a mutation writes nothing while there is one. */
export class InputProblems {
  readonly errors: UserError[] = [];

  add(code: string, field: string, message: string): this {
    return this.include(userError(code, field, message));
  }

  include(error: UserError): this {
    this.errors.push(error);
    return this;
  }

  /** A name or title: trimmed, 1 to 200 characters, one line without control characters. */
  text(value: string | null | undefined, field: string, what: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 200)
      this.add('INVALID', field, `${what} must be 1 to 200 characters.`);
    // PostgreSQL refuses a NUL in text with an error of its own, which would reach the client
    // as a server error; a line break or tab has no place in a name either.
    else if (controlCharacter.test(trimmed))
      this.add('INVALID', field, `${what} must be one line without control characters.`);
    return trimmed;
  }

  /** An organisation's addresses and website: each part one line without control characters. */
  contactFields(fields: ContactFields): void {
    for (const field of ['visitingAddress', 'postalAddress'] as const) {
      const address = fields[field];
      if (address && [...address.lines, address.postalCode, address.postalPlace].some(isNotOneLine))
        this.add('INVALID', field, 'Each part of an address must be one line without control characters.');
    }
    if (fields.website && isNotOneLine(fields.website))
      this.add('INVALID', 'website', 'A website must be one line without control characters.');
  }

  /** From on or before to. */
  dateRange(from: string | null | undefined, to: string | null | undefined, field: string): void {
    if (from && to && to < from)
      this.add('INVALID', field, 'The end date must not be before the start date.');
  }

  get any(): boolean {
    return this.errors.length > 0;
  }
}

const isNotOneLine = (value: string) => controlCharacter.test(value);

/** Copies the input's fields that were given (undefined is left out; null clears). */
export function givenFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The municipality named in an input must be one of the 357, or a county municipality. */
export async function checkMunicipality(
  municipalityNumber: string,
  stores: Stores,
  problems: InputProblems,
): Promise<void> {
  const [municipality] = await stores.geography.municipalitiesByNumbers([municipalityNumber]);
  if (!municipality) {
    problems.add('NOT_FOUND', 'municipalityNumber', `No municipality has number ${municipalityNumber}.`);
  }
}

/**
 * A municipality's council is its kommunestyre (Oslo's bystyre, the county council of Oslo
 * too), a county municipality's its fylkesting (kommuneloven § 5-1). A local authority's kind
 * is reference data that no request changes, so checking it here cannot race with a write.
 */
export async function checkCouncilKind(
  kind: string,
  municipalityNumber: string,
  stores: Stores,
  problems: InputProblems,
): Promise<void> {
  const [municipality] = await stores.geography.municipalitiesByNumbers([municipalityNumber]);
  if (!municipality) return;
  if (kind === 'COUNTY_COUNCIL' && municipality.kind !== 'COUNTY_MUNICIPALITY') {
    problems.add(
      'INVALID',
      'kind',
      "Only a county municipality has a county council; a municipality's is its MUNICIPAL_COUNCIL.",
    );
  }
  if (kind === 'MUNICIPAL_COUNCIL' && municipality.kind !== 'MUNICIPALITY') {
    problems.add(
      'INVALID',
      'kind',
      "Only a municipality has a municipal council; a county municipality's is its COUNTY_COUNCIL.",
    );
  }
}

/** The answer to an id that names nothing (or nothing any more). */
export const notFound = (field: string, what: string) =>
  userError('NOT_FOUND', field, `No ${what} has this id.`);
