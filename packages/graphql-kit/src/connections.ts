import { BadRequestError } from './errors.ts';

/**
 * Keyset cursors for Relay connections: the sort key of the last row seen, opaque to clients
 * (base64url of JSON), tagged with what it pages so a cursor of one list is refused by another.
 */
export function encodeCursor(kind: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...key])).toString('base64url');
}

/** Longer than any cursor given out (two names of 200 characters, an id): refused unread. */
const maxCursorLength = 4_000;

export function decodeCursor(kind: string, cursor: string, length: number): (string | number)[] {
  if (cursor.length > maxCursorLength)
    throw new BadRequestError('`after` is not a cursor this list gave out.');
  try {
    const [tag, ...key] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const valid =
      key.length === length && key.every((part) => typeof part === 'string' || typeof part === 'number');
    if (tag === kind && valid) return key as (string | number)[];
  } catch {
    // not JSON: refused below
  }
  throw new BadRequestError('`after` is not a cursor this list gave out.');
}

/** A connection from `limit + 1` rows fetched after the cursor: the extra row only says there is more. */
export function connectionFrom<TRow>(
  rows: TRow[],
  limit: number,
  cursorOf: (row: TRow) => string,
  after?: string | null,
) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? cursorOf(last) : (after ?? null) },
  };
}

/** `first` of a connection, checked: 1 to `max`. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max)
    throw new BadRequestError(`\`first\` must be 1 to ${max}.`);
  return size;
}
