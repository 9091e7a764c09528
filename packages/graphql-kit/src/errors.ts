import { GraphQLError } from 'graphql';

/** An expected error: its message and `extensions.code` reach the client as they are. */
export class UserFacingError extends GraphQLError {
  constructor(code: string, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class NotFoundError extends UserFacingError {
  constructor(what: string, key: string) {
    super('NOT_FOUND', `No ${what} has ${key}.`);
  }
}

/** The row, or a NOT_FOUND error naming what was looked up: `found(row, 'unit', 'id …')`. */
export function found<T>(row: T | null | undefined, what: string, key: string): T {
  if (row === null || row === undefined) throw new NotFoundError(what, key);
  return row;
}

/** The request asks for something the schema cannot say is wrong, e.g. two exclusive arguments. */
export class BadRequestError extends UserFacingError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}
