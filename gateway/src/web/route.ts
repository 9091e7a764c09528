import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpRoutes } from '@registers/platform';

/** Where `npm run build` (and `npm start`'s build) writes the web app: `web/dist` of the checkout. */
export const webDistDir = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * The registers' own web at `/`: the files Vite built, beside `/graphql`. A path without a file
 * extension is a page of the app (`/kommune/4601`), answered with its index.html, which the app
 * routes itself; a missing file with an extension is 404. Vite names the files under `assets/`
 * by their content, so they are cached for good; index.html is asked again every time. Without a
 * build (`web/dist` absent) every page is 404, and the API is unchanged.
 */
export function webRoutes(distDir: string = webDistDir): HttpRoutes {
  const serve = async (path: string, reply: Parameters<HttpRoutes[string]>[1]) => {
    const relativePath = normalize(path).replace(/^(\.\.([/\\]|$))+/, '');
    const isPage = extname(relativePath) === '';
    const file = isPage ? 'index.html' : relativePath;
    // Whatever the path held, only a file inside the build's folder is read.
    const full = resolve(distDir, file);
    const inside = full.startsWith(resolve(distDir) + sep);
    const body = inside ? await readFile(full).catch(() => undefined) : undefined;
    if (!body) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send(isPage ? 'Nettsidene er ikke bygget: kjør npm run build.' : 'Fant ikke filen.');
    }
    return reply
      .type(contentTypes[extname(file)] ?? 'application/octet-stream')
      .header(
        'cache-control',
        file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .header('x-frame-options', 'DENY')
      .send(body);
  };
  return {
    '/': (_request, reply) => serve('', reply),
    '/*': (request, reply) => serve((request.params as { '*': string })['*'], reply),
  };
}
