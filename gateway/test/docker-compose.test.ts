import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interestsVariables } from '@registers/interests';
import { subgraphVariables } from '@registers/platform';
import { parse } from 'yaml';
import { gatewayVariables } from '../src/config.ts';

/**
 * docker-compose.yml runs the system on PostgreSQL; there is no Docker engine here to run it,
 * so these checks keep it in step with the code: above all, every environment variable a
 * service reads (as its configuration module exports them) is set for that service in the
 * compose file, or is listed in `notSetInCompose` below with the reason it need not be.
 */

const composePath = fileURLToPath(new URL('../../docker-compose.yml', import.meta.url));
const subgraphsDir = fileURLToPath(new URL('../../subgraphs/', import.meta.url));

const subgraphs = readdirSync(subgraphsDir).filter((name) =>
  statSync(join(subgraphsDir, name, 'src')).isDirectory(),
);
const appServices = ['gateway', ...subgraphs];
const databaseServiceOf = (subgraph: string) => `${subgraph}-db`;

/** Variables a service reads but compose deliberately leaves unset, each with its reason. */
const notSetInCompose: readonly { variable: string; services: readonly string[]; reason: string }[] = [
  { variable: 'LOG_LEVEL', services: appServices, reason: 'defaults to info' },
  {
    variable: 'DEMO_SCALE',
    services: subgraphs,
    reason: 'defaults to 0.05; the subgraphs must seed at the same scale, so both keep the one default',
  },
  ...subgraphs.map((subgraph) => ({
    variable: `${subgraph.toUpperCase()}_DATA_DIR`,
    services: [subgraph],
    reason: 'the embedded PGlite folder, unused when a DATABASE_URL is set',
  })),
  {
    variable: 'SUPERGRAPH_PATH',
    services: ['gateway'],
    reason: 'defaults to schema/supergraph.graphql, which the image contains',
  },
  {
    variable: 'PERSISTED_DOCUMENTS_PATH',
    services: ['gateway'],
    reason: "defaults to @registers/client's manifest in the repository, which the image contains",
  },
  {
    variable: 'NODE_ENV',
    services: appServices,
    reason:
      'the compose system is a demo without an identity provider; production mode requires one (README)',
  },
  ...[
    'AUTH_JWKS_URL',
    'AUTH_ISSUER',
    'AUTH_AUDIENCE',
    'AUTH_SERVICE_SUBJECTS',
    'AUTH_CLIENT_ID',
    'AUTH_AUTHORIZATION_URL',
    'AUTH_TOKEN_URL',
    'AUTH_SCOPES',
  ].map((variable) => ({
    variable,
    services: ['gateway'],
    reason: 'no identity provider in the demo: the gateway takes local tokens (`npm run token`)',
  })),
  {
    variable: 'INTERESTS_FOLLOW_INTERVAL_MS',
    services: ['interests'],
    reason: 'defaults to 5 s between polls of the municipality feed',
  },
  {
    variable: 'INTERNAL_TOKEN_PRIVATE_KEY',
    services: ['gateway', 'interests'],
    reason: 'outside production the key pair is made in AUTH_KEYS_DIR, a volume the three services share',
  },
  ...subgraphs.map((subgraph) => ({
    variable: 'INTERNAL_TOKEN_PUBLIC_KEY',
    services: [subgraph],
    reason: 'outside production the key pair is made in AUTH_KEYS_DIR, a volume the three services share',
  })),
  {
    variable: 'INTERNAL_TOKEN_PRIVATE_KEY',
    services: ['interests'],
    reason:
      'the interests subgraph asks Kommuneregisteret for the addresses of notices; outside production with the key pair in AUTH_KEYS_DIR',
  },
  ...['SMTP_URL', 'MAIL_FROM', 'MAIL_DIR'].map((variable) => ({
    variable,
    services: ['interests'],
    reason: 'no mail server in the demo: notices are written as .eml files under .data/mail in the container',
  })),
  ...['PUBLIC_WEB_URL', 'NOTICE_DATES'].map((variable) => ({
    variable,
    services: ['interests'],
    reason:
      'the defaults suit the demo (the web app the gateway serves at http://localhost:4000; 20 January and 20 July)',
  })),
  ...subgraphs.map((subgraph) => ({
    variable: 'STATEMENT_TIMEOUT_MS',
    services: [subgraph],
    reason: 'the default suits the demo',
  })),
  ...subgraphs.map((subgraph) => ({
    variable: 'SUBGRAPH_EXECUTOR',
    services: [subgraph],
    reason: 'jit, the default; graphql-js is the one to compare with (BENCHMARKS.md)',
  })),
  ...['RATE_LIMIT_PER_MINUTE', 'SUBGRAPH_TIMEOUT_MS', 'MAX_BODY_BYTES'].map((variable) => ({
    variable,
    services: ['gateway'],
    reason: 'the defaults suit the demo',
  })),
  {
    variable: 'METRICS_TOKEN',
    services: appServices,
    reason: "optional: the demo's /metrics are open, as its ports are local (README, Metrics and traces)",
  },
  {
    variable: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    services: appServices,
    reason: 'no trace collector in the demo: nothing is traced',
  },
];

// ---------------------------------------------------------------------------------------------
// The compose file

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, unknown> | string[];
  ports?: unknown[];
  networks?: string[] | Record<string, unknown>;
  depends_on?: string[] | Record<string, { condition?: string } | null>;
  healthcheck?: { test?: string | string[] };
  volumes?: string[];
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
}

function readCompose(): ComposeFile {
  return parse(readFileSync(composePath, 'utf8')) as ComposeFile;
}

/** A service's environment as name → value; a variable without a value, or an empty one, is unset. */
function environmentOf(service: ComposeService | undefined): Map<string, string> {
  const environment = service?.environment ?? {};
  const entries: [string, unknown][] = Array.isArray(environment)
    ? environment.map((entry) => {
        const equals = entry.indexOf('=');
        return equals < 0 ? [entry, undefined] : [entry.slice(0, equals), entry.slice(equals + 1)];
      })
    : Object.entries(environment);
  return new Map(
    entries
      .filter((entry): entry is [string, string | number | boolean] => entry[1] != null && entry[1] !== '')
      .map(([name, value]) => [name, String(value)]),
  );
}

function networksOf(service: ComposeService): string[] {
  const networks = service.networks ?? ['default'];
  return Array.isArray(networks) ? networks : Object.keys(networks);
}

function dependenciesOf(service: ComposeService): Map<string, string | undefined> {
  const dependsOn = service.depends_on ?? [];
  return Array.isArray(dependsOn)
    ? new Map(dependsOn.map((name) => [name, undefined]))
    : new Map(Object.entries(dependsOn).map(([name, options]) => [name, options?.condition]));
}

/** Published ports as `published:target`, from the short or the long syntax. */
function publishedPorts(service: ComposeService): string[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object' && port !== null) {
      const { published, target } = port as { published?: unknown; target?: unknown };
      return `${String(published)}:${String(target)}`;
    }
    return String(port)
      .replace(/^(?:\d{1,3}(?:\.\d{1,3}){3}:)/, '')
      .replace(/\/tcp$/, '');
  });
}

// ---------------------------------------------------------------------------------------------
// The variables the code reads: each service's configuration module exports the names it parses.

/** service → the variables it reads. */
const variablesRead = new Map<string, Set<string>>([
  ['gateway', new Set(gatewayVariables)],
  ...subgraphs.map((subgraph): [string, Set<string>] => [
    subgraph,
    new Set(subgraph === 'interests' ? interestsVariables : subgraphVariables(subgraph)),
  ]),
]);

/** `service: VARIABLE …` for each variable a service reads that compose neither sets nor excuses. */
function unsetVariables(file: ComposeFile): string[] {
  return appServices.flatMap((service) => {
    const environment = environmentOf(file.services[service]);
    return [...variablesRead.get(service)!]
      .filter((variable) => !environment.has(variable))
      .filter(
        (variable) =>
          !notSetInCompose.some(
            (excuse) => excuse.variable === variable && excuse.services.includes(service),
          ),
      )
      .map((variable) => `${service}: ${variable} is read but not set`);
  });
}

const compose = readCompose();

describe('docker-compose.yml', () => {
  it('has a service for every subgraph, its database and the gateway', () => {
    expect(subgraphs).toEqual(expect.arrayContaining(['municipality', 'interests']));
    const expected = [...appServices, ...subgraphs.map(databaseServiceOf)];
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(expected));
    for (const service of appServices) expect(compose.services[service]?.build, service).toBeDefined();
    for (const subgraph of subgraphs) {
      expect(compose.services[databaseServiceOf(subgraph)]?.image, subgraph).toMatch(
        /^postgres:15(?:[.-]|$)/,
      );
    }
  });

  it('publishes only the gateway, on port 4000', () => {
    const publishing = Object.entries(compose.services)
      .filter(([, service]) => (service.ports ?? []).length > 0)
      .map(([name]) => name);
    expect(publishing).toEqual(['gateway']);
    expect(publishedPorts(compose.services['gateway']!)).toEqual(['4000:4000']);
  });

  it('keeps the subgraphs and databases on an internal network, the gateway on it and a public one', () => {
    const networks = compose.networks ?? {};
    const internal = Object.keys(networks).filter((name) => networks[name]?.internal === true);
    expect(internal).toHaveLength(1);
    for (const subgraph of subgraphs) {
      expect(networksOf(compose.services[subgraph]!), subgraph).toEqual(internal);
      expect(networksOf(compose.services[databaseServiceOf(subgraph)]!), databaseServiceOf(subgraph)).toEqual(
        internal,
      );
    }
    const gatewayNetworks = networksOf(compose.services['gateway']!);
    expect(gatewayNetworks).toEqual(expect.arrayContaining(internal));
    expect(gatewayNetworks.some((name) => networks[name]?.internal !== true)).toBe(true);
  });

  it("points each subgraph's DATABASE_URL at its own database server", () => {
    for (const subgraph of subgraphs) {
      const value = environmentOf(compose.services[subgraph]).get(`${subgraph.toUpperCase()}_DATABASE_URL`);
      expect(value, subgraph).toBeDefined();
      const url = new URL(value!);
      expect(url.protocol).toMatch(/^postgres(ql)?:$/);
      expect(url.hostname).toBe(databaseServiceOf(subgraph));
      expect(['', '5432']).toContain(url.port);
      const database = environmentOf(compose.services[databaseServiceOf(subgraph)]);
      const user = database.get('POSTGRES_USER') ?? 'postgres';
      expect(decodeURIComponent(url.username)).toBe(user);
      expect(decodeURIComponent(url.password)).toBe(database.get('POSTGRES_PASSWORD'));
      expect(url.pathname).toBe(`/${database.get('POSTGRES_DB') ?? user}`);
    }
  });

  it('shares one keys folder between the gateway and the subgraphs', () => {
    const folders = appServices.map((service) =>
      environmentOf(compose.services[service]).get('AUTH_KEYS_DIR'),
    );
    expect(new Set(folders).size).toBe(1);
    const volume = `keys:${folders[0]}`;
    for (const service of appServices) {
      expect(compose.services[service]?.volumes, service).toContain(volume);
    }
  });

  it('seeds the demo register and listens on all interfaces', () => {
    for (const service of appServices) {
      expect(environmentOf(compose.services[service]).get('HOST'), service).toBe('0.0.0.0');
    }
    for (const subgraph of subgraphs) {
      expect(environmentOf(compose.services[subgraph]).get(`${subgraph.toUpperCase()}_SEED`), subgraph).toBe(
        'demo',
      );
    }
  });

  it("points the gateway's subgraph URLs at the subgraph services", () => {
    const gateway = environmentOf(compose.services['gateway']);
    for (const subgraph of subgraphs) {
      const value = gateway.get(`${subgraph.toUpperCase()}_SUBGRAPH_URL`);
      expect(value, subgraph).toBeDefined();
      const url = new URL(value!);
      const port = environmentOf(compose.services[subgraph]).get(`${subgraph.toUpperCase()}_PORT`);
      expect(`${url.protocol}//${url.hostname}:${url.port}${url.pathname}`).toBe(
        `http://${subgraph}:${port}/graphql`,
      );
    }
  });

  it('starts each service once what it needs is healthy, and checks its health', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const test = [service.healthcheck?.test ?? []].flat().join(' ');
      if (appServices.includes(name)) {
        const port = environmentOf(service).get(
          name === 'gateway' ? 'GATEWAY_PORT' : `${name.toUpperCase()}_PORT`,
        );
        expect(test, name).toContain(`:${port}/ready`);
      } else {
        expect(test, name).toContain('pg_isready');
      }
      for (const [dependency, condition] of dependenciesOf(service)) {
        expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
      }
    }
    for (const subgraph of subgraphs) {
      expect([...dependenciesOf(compose.services[subgraph]!).keys()], subgraph).toContain(
        databaseServiceOf(subgraph),
      );
    }
    expect([...dependenciesOf(compose.services['gateway']!).keys()]).toEqual(
      expect.arrayContaining(subgraphs),
    );
  });

  describe('environment variables', () => {
    it('sets every variable a service reads, unless listed with a reason', () => {
      expect(unsetVariables(compose)).toEqual([]);
    });

    it('sets no variable that the service does not read', () => {
      const unread = appServices.flatMap((service) =>
        [...environmentOf(compose.services[service]).keys()]
          .filter((variable) => !variablesRead.get(service)!.has(variable))
          .map((variable) => `${service}: ${variable}`),
      );
      expect(unread).toEqual([]);
    });

    it('lists only variables that are read and not set', () => {
      const stale = notSetInCompose.flatMap(({ variable, services }) =>
        services
          .filter(
            (service) =>
              !variablesRead.get(service)?.has(variable) ||
              environmentOf(compose.services[service]).has(variable),
          )
          .map((service) => `${service}: ${variable}`),
      );
      expect(stale).toEqual([]);
    });

    it('fails when compose drops any variable it sets', () => {
      for (const service of appServices) {
        const setAndRead = [...environmentOf(compose.services[service]).keys()].filter((variable) =>
          variablesRead.get(service)!.has(variable),
        );
        for (const variable of setAndRead) {
          const edited = structuredClone(compose);
          const environment = edited.services[service]!.environment!;
          if (Array.isArray(environment)) {
            edited.services[service]!.environment = environment.filter(
              (entry) => entry.split('=')[0] !== variable,
            );
          } else {
            delete environment[variable];
          }
          const reported = unsetVariables(edited).some((problem) =>
            problem.startsWith(`${service}: ${variable} `),
          );
          expect(reported, `${service}: ${variable}`).toBe(true);
        }
      }
    });
  });
});
