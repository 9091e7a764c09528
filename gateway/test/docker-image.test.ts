import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

/**
 * The Dockerfile's image has the production dependencies alone (`npm ci --omit=dev`) and, of the
 * checkout, only the bundles and the files they read. There is no Docker engine here to build
 * it, so these checks stand in for a run: every package a built bundle imports is one that
 * `npm ci --omit=dev` installs (the lockfile marks the rest `dev`) where Node looks for it from
 * the bundle's folder, and every file a bundle reads beside its modules is copied into the
 * image. The build itself runs once before the tests (scripts/test-setup.ts).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; link?: boolean }>;
};

/** The services' bundles, as scripts/build.mjs writes them. */
const bundleDirs = ['gateway/dist', 'subgraphs/municipality/dist', 'subgraphs/interests/dist'];

/** The image's last stage: what it runs, installs and copies. */
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const copied = [...runtimeStage.matchAll(/^COPY --from=build \/app\/(\S+) \.\/(\S+)$/gm)].map(
  ([, from, to]) => {
    expect(to, 'copied to the same place in /app').toBe(from);
    return from!;
  },
);

/** A module's files read at run time by its `import.meta.url`, through require, not as imports. */
const requiredBeside: Record<string, string[]> = {
  // GraphiQL's files, served from the installed packages (gateway/src/ide/assets.ts).
  'gateway/src/ide': ['react', 'react-dom', 'graphiql', 'graphql-ws'],
  // graphql-js by require, one copy with the packages' own (executor.ts, subscriptions/server.ts).
  'packages/platform/src': ['graphql'],
  'gateway/src/subscriptions': ['graphql'],
};

const bundleFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `${dir}/${name}`);

/** The bare specifiers a bundle imports, statically or by `import()`. */
function importsOf(file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...code.matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?"([^"]+)"/g),
    ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

/**
 * Where Node finds a package from a folder (its node_modules, then each parent's), as the
 * lockfile lays the packages out: the entry found, or undefined.
 */
function resolveInLock(fromDir: string, name: string) {
  for (let dir = fromDir; ; dir = posix.dirname(dir)) {
    const key = dir === '.' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (lock.packages[key]) return { key, entry: lock.packages[key] };
    if (dir === '.') return undefined;
  }
}

describe('the Docker image', () => {
  it('runs on the current Node LTS, the built bundle with node, without devDependencies, npm or tsx', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24-bookworm-slim$/m);
    expect(runtimeStage).toMatch(/^RUN .*npm ci --omit=dev$/m);
    expect(runtimeStage).not.toMatch(/npm run|npm start|tsx/);
    expect(runtimeStage).toMatch(/^CMD .*exec node dist\/main\.js"\]$/m);
    for (const dir of bundleDirs) expect(copied, dir).toContain(dir);
  });

  it('is run by the Kubernetes manifests as its own command runs it: node and a bundle it holds', () => {
    const dir = join(root, 'deploy/kubernetes/base');
    const containers = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => parseAllDocuments(readFileSync(join(dir, name), 'utf8')).map((doc) => doc.toJS()))
      .filter((manifest) => manifest?.kind === 'Deployment')
      .flatMap(
        (deployment) =>
          deployment.spec.template.spec.containers as { workingDir: string; command: string[] }[],
      );
    expect(containers).toHaveLength(bundleDirs.length);
    for (const { workingDir, command } of containers) {
      expect(command).toEqual(['node', 'dist/main.js']);
      expect(copied, workingDir).toContain(`${posix.relative('/app', workingDir)}/dist`);
    }
  });

  it('copies files that the build makes or the checkout has', () => {
    for (const path of copied) expect(existsSync(join(root, path)), path).toBe(true);
  });

  it('installs every package a bundle imports with npm ci --omit=dev, where the bundle finds it', () => {
    const missing: string[] = [];
    const checked = new Set<string>();
    const check = (fromDir: string, name: string, by: string) => {
      const found = resolveInLock(fromDir, name);
      checked.add(name);
      if (!found) missing.push(`${name} (imported by ${by}) is not installed where ${fromDir} looks`);
      else if (found.entry.dev)
        missing.push(`${name} (imported by ${by}) is a devDependency only (${found.key})`);
    };
    for (const dir of bundleDirs) {
      for (const file of bundleFiles(dir)) {
        for (const specifier of importsOf(file)) {
          if (!isBuiltin(specifier)) check(dir, packageName(specifier), file);
        }
      }
    }
    for (const [dir, names] of Object.entries(requiredBeside)) {
      for (const name of names) check(dir, name, dir);
    }
    expect(missing).toEqual([]);
    // The scan finds the imports at all: the services' main packages among them.
    expect([...checked]).toEqual(
      expect.arrayContaining(['@apollo/server', 'drizzle-orm', 'postgres', 'graphql']),
    );
  });

  it('copies every file a bundle reads beside its modules', () => {
    /** Read only when run from source (tsx, vitest), or written at run time. */
    const notInImage = [/\.ts$/, /\.mjs$/, /^\.data\//];
    const read = new Set<string>();
    for (const dir of bundleDirs) {
      for (const file of bundleFiles(dir)) {
        const code = readFileSync(join(root, file), 'utf8');
        // build.mjs makes a module's `import.meta.url` the URL of its source file from the bundle.
        for (const [, target, module] of code.matchAll(
          /new URL\(["`]([^"`]+)["`], new URL\("([^"]+)", import\.meta\.url\)\.href\)/g,
        )) {
          const modulePath = posix.join(dir, module!);
          read.add(
            posix.normalize(posix.join(posix.dirname(modulePath), target!.replace(/\$\{\w+\}.*$/, ''))),
          );
        }
      }
    }
    // gateway/src/ide/assets.ts serves page.js from its own folder.
    read.add('gateway/src/ide/page.js');
    const uncovered = [...read]
      .filter((path) => !notInImage.some((pattern) => pattern.test(path)))
      .filter(
        (path) => !copied.some((copy) => path === copy || path.startsWith(`${copy.replace(/\/$/, '')}/`)),
      );
    expect(uncovered).toEqual([]);
    expect([...read]).toEqual(
      expect.arrayContaining(['schema/', 'subgraphs/municipality/drizzle', 'web/dist/']),
    );
  });
});
