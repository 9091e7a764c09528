import type { IncomingHttpHeaders } from 'node:http';
import { AuthenticationError } from './tokens.ts';

/** The token of an `Authorization: Bearer …` header; undefined without the header. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
