import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import type { SubgraphExecutor } from './executor.ts';

/**
 * Reads a service's configuration from environment variables once, at start.
 * A bad value stops start-up with a message that names the variable.
 */
export function readConfig<TShape extends z.ZodRawShape>(
  shape: TShape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<TShape>> {
  const parsed = z.object(shape).safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigurationError(`Invalid configuration:\n${problems.join('\n')}`);
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Environment values that are empty strings count as unset. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

export const env = {
  port: (fallback: number) =>
    z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(fallback)),
  host: (fallback = 'localhost') => z.preprocess(unsetIfEmpty, z.string().default(fallback)),
  url: () => z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/ })),
  databaseUrl: () =>
    z.preprocess(
      unsetIfEmpty,
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
    ),
  path: (fallback: string) => z.preprocess(unsetIfEmpty, z.string().default(fallback)),
  logLevel: () =>
    z.preprocess(
      unsetIfEmpty,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.preprocess(unsetIfEmpty, z.enum(values).optional()),
  optionalString: () => z.preprocess(unsetIfEmpty, z.string().optional()),
  nodeEnv: () =>
    z.preprocess(unsetIfEmpty, z.enum(['production', 'development', 'test']).default('development')),
  /** A whole number from `min` (by default 1) to `max`. */
  count: (fallback: number, max: number, min = 1) =>
    z.preprocess(unsetIfEmpty, z.coerce.number().int().min(min).max(max).default(fallback)),
  /** Milliseconds from 0 to `max`; `off` is 0. */
  millisecondsOrOff: (fallback: number, max: number) =>
    z.preprocess(
      (value) => (value === 'off' ? 0 : unsetIfEmpty(value)),
      z.coerce.number().int().min(0).max(max).default(fallback),
    ),
  positiveNumber: (fallback: number) =>
    z.preprocess(unsetIfEmpty, z.coerce.number().positive().default(fallback)),
  /** Comma-separated web origins as browsers send them (`https://app.example.no`); default none. */
  origins: () =>
    z.preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((origin) => origin.trim())
              .filter(Boolean)
          : [],
      z.array(
        z.string().refine(isOrigin, {
          error: (issue) => `${String(issue.input)} is not an origin (scheme://host[:port])`,
        }),
      ),
    ),
};

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const repositoryDataDir = (name: string) => fileURLToPath(new URL(`../../../.data/${name}`, import.meta.url));

/**
 * The variables every subgraph reads: its own, prefixed with its name (`MUNICIPALITY_PORT`,
 * `INTERESTS_DATABASE_URL`, …), and the shared `HOST`, `DEMO_SCALE` and `LOG_LEVEL`.
 * Documented in the README.
 */
function subgraphConfigShape(name: string, defaultPort: number) {
  const prefix = name.toUpperCase();
  return {
    [`${prefix}_PORT`]: env.port(defaultPort),
    [`${prefix}_DATABASE_URL`]: env.databaseUrl(),
    [`${prefix}_DATA_DIR`]: env.path(repositoryDataDir(name)),
    [`${prefix}_SEED`]: env.oneOf(['demo', 'none']),
    // The longest statement of the national pull takes well under a second (BENCHMARKS.md).
    STATEMENT_TIMEOUT_MS: env.positiveNumber(5_000),
    HOST: env.host(),
    DEMO_SCALE: env.positiveNumber(0.05),
    LOG_LEVEL: env.logLevel(),
    NODE_ENV: env.nodeEnv(),
    INTERNAL_TOKEN_PUBLIC_KEY: env.optionalString(),
    AUTH_KEYS_DIR: env.path(repositoryDataDir('keys')),
    SUBGRAPH_EXECUTOR: env.oneOf(['jit', 'graphql-js']),
    // When set, GET /metrics asks for it as a bearer token.
    METRICS_TOKEN: env.optionalString(),
    // When set, traces are exported there (OTLP/HTTP); unset, no tracing is loaded.
    OTEL_EXPORTER_OTLP_ENDPOINT: env.url().optional(),
  };
}

/** The names of the variables a subgraph reads (for the deployment files' test). */
export const subgraphVariables = (name: string) => Object.keys(subgraphConfigShape(name, 0));

export function readSubgraphConfig(
  name: string,
  defaultPort: number,
  source: NodeJS.ProcessEnv = process.env,
) {
  const prefix = name.toUpperCase();
  const config = readConfig(subgraphConfigShape(name, defaultPort), source);
  const databaseUrl = config[`${prefix}_DATABASE_URL`] as string | undefined;
  const production = config['NODE_ENV'] === 'production';
  const internalTokenPublicKey = config['INTERNAL_TOKEN_PUBLIC_KEY'] as string | undefined;
  if (production && !internalTokenPublicKey) {
    throw new ConfigurationError(
      "Invalid configuration:\n  INTERNAL_TOKEN_PUBLIC_KEY: required in production (the public JWK of the gateway's internal token key)",
    );
  }
  return {
    port: config[`${prefix}_PORT`] as number,
    host: config['HOST'] as string,
    databaseUrl,
    dataDir: config[`${prefix}_DATA_DIR`] as string,
    /** PostgreSQL cancels any statement that runs longer (PGlite cannot interrupt one). */
    statementTimeoutMs: config['STATEMENT_TIMEOUT_MS'] as number,
    // The embedded database is for trying the system out, so it is seeded unless told not to.
    seed: (config[`${prefix}_SEED`] as 'demo' | 'none' | undefined) ?? (databaseUrl ? 'none' : 'demo'),
    demoScale: config['DEMO_SCALE'] as number,
    logLevel: config['LOG_LEVEL'] as z.infer<ReturnType<typeof env.logLevel>>,
    production,
    /** JWK JSON; without it (outside production) a key pair in `keysDir` is made and shared. */
    internalTokenPublicKey,
    keysDir: config['AUTH_KEYS_DIR'] as string,
    /** What runs the operations: graphql-jit's compiled code, or graphql-js (see executor.ts). */
    executor: (config['SUBGRAPH_EXECUTOR'] as SubgraphExecutor | undefined) ?? 'jit',
    /** The bearer token `/metrics` asks for; open without one. */
    metricsToken: config['METRICS_TOKEN'] as string | undefined,
    /** Where traces go (OTLP/HTTP); none when unset. */
    otlpEndpoint: config['OTEL_EXPORTER_OTLP_ENDPOINT'] as string | undefined,
  };
}

export type SubgraphConfig = ReturnType<typeof readSubgraphConfig>;
