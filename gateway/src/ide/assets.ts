import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** An installed package's folder: its exports hide the prebuilt bundles from `require.resolve`. */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || readPackageName(dir) !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${name}: package.json not found`);
    dir = parent;
  }
  return dir;
}

function readPackageName(dir: string): string | undefined {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name;
}

/** A static file the IDE's page loads, served from memory once read. */
export interface IdeAsset {
  path: string;
  contentType: string;
  file: string;
}

const javascript = 'text/javascript; charset=utf-8';

/**
 * The IDE's files, all from installed packages (react and react-dom 18, the last with prebuilt
 * browser bundles; GraphiQL 4's, which expects them as globals; graphql-ws's client for
 * subscriptions) and this folder's page script: nothing from another machine.
 */
export function ideAssets(base: string): IdeAsset[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [
    {
      name: 'react.js',
      file: join(packageDir('react'), 'umd/react.production.min.js'),
      contentType: javascript,
    },
    {
      name: 'react-dom.js',
      file: join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
      contentType: javascript,
    },
    { name: 'graphiql.js', file: join(packageDir('graphiql'), 'graphiql.min.js'), contentType: javascript },
    {
      name: 'graphiql.css',
      file: join(packageDir('graphiql'), 'graphiql.min.css'),
      contentType: 'text/css; charset=utf-8',
    },
    {
      name: 'graphql-ws.js',
      file: join(packageDir('graphql-ws'), 'umd/graphql-ws.min.js'),
      contentType: javascript,
    },
    { name: 'page.js', file: join(here, 'page.js'), contentType: javascript },
  ].map(({ name, file, contentType }) => ({ path: `${base}/${name}`, file, contentType }));
}
