import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HttpRoutes } from '@registers/platform';
import { ideAssets } from './assets.ts';

/** Where the IDE's files are served, beside the endpoint. */
export const ideAssetBase = '/graphql/ide';

const operationsDir = fileURLToPath(new URL('../../../packages/client/operations/', import.meta.url));

/**
 * The example operations: @registers/client's, which partners run, one tab each as a client
 * sends them, with the fragments they use (from the files that hold fragments only).
 */
function exampleTabs(): { query: string }[] {
  const files = readdirSync(operationsDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(operationsDir + file, 'utf8'));
  const definesOperations = (text: string) => /^\s*(query|mutation|subscription)\b/m.test(text);
  const fragments = files.filter((text) => !definesOperations(text)).join('\n');
  return files
    .filter(definesOperations)
    .map((text) => ({ query: /\.\.\.\s*[A-Z]/.test(text) ? `${text}\n${fragments}` : text }));
}

/**
 * GraphiQL at `GET /graphql` for a browser, every file from the installed packages, so the page
 * works with no internet (Apollo's Sandbox, the default landing page, loads from Apollo's CDN).
 * The headers editor holds the bearer token; subscriptions go over graphql-ws to the same path.
 */
export function graphiqlIde(): { page: HttpRoutes[string]; routes: HttpRoutes } {
  const assets = ideAssets(ideAssetBase).map((asset) => ({ ...asset, body: readFileSync(asset.file) }));
  const config = {
    endpoint: '/graphql',
    tabs: exampleTabs(),
    headers: JSON.stringify({ authorization: '' }, null, 2),
  };
  // `<` escaped, so no text in an example can end the script element.
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  const styles = assets.filter((asset) => asset.path.endsWith('.css'));
  const scripts = assets.filter((asset) => asset.path.endsWith('.js'));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Registertjenester · GraphiQL</title>
${styles.map((asset) => `<link rel="stylesheet" href="${asset.path}">`).join('\n')}
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="ide-config">${configJson}</script>
${scripts.map((asset) => `<script src="${asset.path}"></script>`).join('\n')}
</body>
</html>
`;
  return {
    page: async (_request, reply) =>
      reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html),
    routes: Object.fromEntries(
      assets.map((asset) => [
        asset.path,
        (async (_request, reply) =>
          reply
            .header('content-type', asset.contentType)
            .header('cache-control', 'public, max-age=3600')
            .send(asset.body)) satisfies HttpRoutes[string],
      ]),
    ),
  };
}
