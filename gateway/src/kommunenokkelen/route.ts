import type { HttpRoutes } from '@registers/platform';
import type { KommunenokkelenDocument } from './document.ts';

/** Where the gateway serves the Kommunenøkkelen document. */
export const kommunenokkelenPath = '/kommunenokkelen.json';

/**
 * `GET /kommunenokkelen.json`: the document as it is, with its strong ETag and the feed
 * positions it reflects; 304 to a matching `If-None-Match`, gzip when accepted, 503 with
 * `Retry-After` until the first build is done. It is public: a token changes nothing.
 */
export function kommunenokkelenRoute(document: KommunenokkelenDocument): HttpRoutes {
  return {
    [kommunenokkelenPath]: async (request, reply) => {
      const version = document.current();
      if (!version) {
        return reply
          .code(503)
          .header('retry-after', '5')
          .send({ status: 'not ready', message: 'The Kommunenøkkelen document is being built.' });
      }
      void reply
        .header('etag', version.etag)
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding')
        .header('x-feed-position-municipality', version.positions.municipality ?? '')
        .header('x-feed-position-interests', version.positions.interests ?? '');
      if (matches(request.headers['if-none-match'], version.etag)) return reply.code(304).send();
      void reply.header('content-type', 'application/json; charset=utf-8');
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        return reply.header('content-encoding', 'gzip').send(await version.gzipped());
      }
      return reply.send(version.body);
    },
  };
}

function matches(ifNoneMatch: string | undefined, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag);
}
