import { userError, type UserError } from '@registers/service-runtime';

/** Collects the input's problems; a mutation writes nothing while there is one. */
export class InputProblems {
  readonly errors: UserError[] = [];

  add(code: string, field: string, message: string): this {
    this.errors.push(userError(code, field, message));
    return this;
  }

  /** A name or title: trimmed, 1 to 200 characters. */
  text(value: string | null | undefined, field: string, what: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > 200)
      this.add('INVALID', field, `${what} must be 1 to 200 characters.`);
    return trimmed;
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

/** Copies the input's fields that were given (undefined is left out; null clears). */
export function givenFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The municipality named in an input must be one of the 357. */
export async function checkMunicipality(
  municipalityNumber: string,
  loaders: { municipality: { load(number: string): Promise<unknown> } },
  problems: InputProblems,
): Promise<void> {
  if (!(await loaders.municipality.load(municipalityNumber))) {
    problems.add('NOT_FOUND', 'municipalityNumber', `No municipality has number ${municipalityNumber}.`);
  }
}
