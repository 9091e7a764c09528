// The build that `npm start` runs first (`npm run build`): each service's entry and the code of
// this repository it imports, bundled by esbuild into plain JavaScript in the service's `dist/`,
// so that the services start with `node` alone, without compiling TypeScript at run time (tsx
// cost each service about a second of CPU at every start, and each gateway worker as much).
// Packages from node_modules are not bundled: Node loads them as installed.
//
// The bundle keeps every module's own place: a module finds its files (schema/, the migrations,
// the reference data) relative to `import.meta.url`, which the bundle makes the URL of the
// module's source file, relative to the bundle, so the checkout may move. `import.meta.bundleUrl`
// is the bundle's own URL in a bundle and undefined when run from source (tsx, vitest): the
// gateway starts its built worker by it.
//
// The web app (web/, the registers' own web that the gateway serves at `/`) is built by Vite into
// web/dist beside them, only when one of its sources is newer than its index.html.
//
// Plain JavaScript, so that it runs before anything is built. Nothing is done when every output
// is newer than the sources it was built from (as the last build listed them).
//
//   node scripts/build.mjs [--force | --dry-run]
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * Each build: its entry modules (written as `<name>.js`) and the folder they are written to. The
 * entries of one folder share their common code as chunks, and a module imported dynamically is
 * a chunk of its own, loaded (with the packages it imports) only when it is imported.
 */
const builds = [
  { outdir: 'subgraphs/municipality/dist', entries: { main: 'subgraphs/municipality/src/main.ts' } },
  { outdir: 'subgraphs/interests/dist', entries: { main: 'subgraphs/interests/src/main.ts' } },
  {
    outdir: 'gateway/dist',
    // token: `npm run token` for an image without tsx (`node gateway/dist/token.js --role …`).
    entries: {
      main: 'gateway/src/main.ts',
      'operation-worker': 'gateway/src/workers/operation-worker.ts',
      token: 'gateway/src/token.ts',
    },
  },
  { outdir: 'scripts/dist', entries: { 'announce-ready': 'scripts/announce-ready.ts' } },
];
const entryOutputs = builds.flatMap(({ outdir, entries }) =>
  Object.keys(entries).map((name) => `${outdir}/${name}.js`),
);
/** The sources the last build read, for the next start to compare with. */
const inputsFile = at('scripts/dist/build-inputs.json');

/** Whether the last build's outputs are all newer than every file it was built from. */
async function upToDate() {
  const inputs = await readFile(inputsFile, 'utf8').then(JSON.parse, () => undefined);
  if (!inputs) return false;
  const oldestOutput = Math.min(
    ...(await Promise.all(
      entryOutputs.map((out) =>
        stat(at(out)).then(
          (s) => s.mtimeMs,
          () => 0,
        ),
      ),
    )),
  );
  const newestInput = Math.max(
    ...(await Promise.all(
      [...inputs, 'scripts/build.mjs', 'package-lock.json'].map((path) =>
        stat(at(path)).then(
          (s) => s.mtimeMs,
          () => Infinity,
        ),
      ),
    )),
  );
  return newestInput < oldestOutput;
}

/** The repository's own modules are bundled; every other package is loaded from node_modules. */
const repositoryModulesOnly = (outdir) => ({
  name: 'repository-modules',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.startsWith('@registers/') ? undefined : { external: true },
    );
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const fromBundle = relative(at(outdir), path).split('\\').join('/');
      return {
        loader: 'ts',
        contents: source
          .replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`)
          .replaceAll('import.meta.bundleUrl', 'import.meta.url'),
      };
    });
  },
});

/** What the web app is built from: its own files and @registers/client's sources. */
const webSources = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'web/package.json',
  'packages/client/src',
];

/** Whether web/dist/index.html is newer than every file the web app is built from. */
async function webUpToDate() {
  const built = await stat(at('web/dist/index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const newest = async (path) => {
    const entry = await stat(at(path)).catch(() => undefined);
    if (!entry) return Infinity;
    if (!entry.isDirectory()) return entry.mtimeMs;
    const names = await readdir(at(path));
    return Math.max(entry.mtimeMs, ...(await Promise.all(names.map((name) => newest(`${path}/${name}`)))));
  };
  const times = await Promise.all([...webSources, 'scripts/build.mjs', 'package-lock.json'].map(newest));
  return Math.max(...times) < built;
}

async function buildServices() {
  // Chunks are named by their content: a folder is emptied, so no earlier build's chunks stay.
  await Promise.all(builds.map(({ outdir }) => rm(at(outdir), { recursive: true, force: true })));
  const results = await Promise.all(
    builds.map(({ outdir, entries }) =>
      build({
        absWorkingDir: root,
        entryPoints: entries,
        outdir,
        bundle: true,
        splitting: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        sourcemap: 'linked',
        // This repository's packages export their TypeScript sources under this condition.
        conditions: ['@registers/source'],
        metafile: true,
        logLevel: 'warning',
        plugins: [repositoryModulesOnly(outdir)],
      }),
    ),
  );
  const inputs = new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)));
  await mkdir(dirname(inputsFile), { recursive: true });
  await writeFile(inputsFile, JSON.stringify([...inputs]));
  return `${entryOutputs.length} entries`;
}

async function buildWeb() {
  // Loaded only when the web app is built: Vite takes a while to load.
  const vite = await import('vite');
  // A production build whatever NODE_ENV this process got (vitest's `test` would build React's
  // development version, half as large again).
  process.env.NODE_ENV = 'production';
  await vite.build({
    root: at('web'),
    configFile: at('web/vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
  });
  return 'the web app';
}

const force = process.argv.includes('--force');
const [servicesFresh, webFresh] = force ? [false, false] : await Promise.all([upToDate(), webUpToDate()]);
if (process.argv.includes('--dry-run')) {
  // What a start would build now, and nothing built.
  const stale = [
    servicesFresh ? undefined : `${entryOutputs.length} entries`,
    webFresh ? undefined : 'the web app',
  ];
  console.log(
    stale.some(Boolean) ? `would build ${stale.filter(Boolean).join(' and ')}` : 'nothing to build',
  );
  process.exit(0);
}
if (servicesFresh && webFresh) process.exit(0);
const started = performance.now();
const built = await Promise.all([
  servicesFresh ? undefined : buildServices(),
  webFresh ? undefined : buildWeb(),
]);
console.log(`built ${built.filter(Boolean).join(' and ')} in ${Math.round(performance.now() - started)} ms`);
