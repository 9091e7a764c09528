import {
  ConfigurationError,
  env,
  mailConfigFrom,
  mailConfigShape,
  readConfig,
  readSubgraphConfig,
  subgraphVariables,
  type MailConfig,
  type SubgraphConfig,
} from '@registers/platform';
import { z } from 'zod';
import { isNoticeDate } from './modules/notices/schedule.ts';

/**
 * What the interests subgraph reads beyond every subgraph's variables (documented in the
 * README): how it follows Kommuneregisteret's change feed, and notices by e-mail.
 */
const interestsConfigShape = {
  ...mailConfigShape,
  // Kommuneregisteret, asked directly as the register itself: its feed and role facts, and a
  // notice's name and address when it is sent.
  MUNICIPALITY_SUBGRAPH_URL: env.url().default('http://localhost:4001/graphql'),
  INTERESTS_FOLLOW_INTERVAL_MS: env.positiveNumber(5_000),
  // The internal token key's private half: this subgraph asks Kommuneregisteret as the register.
  INTERNAL_TOKEN_PRIVATE_KEY: env.optionalString(),
  // The web app a sign-in link opens: by default the one the gateway serves at / on its own port.
  PUBLIC_WEB_URL: env.url().default('http://localhost:4000'),
  NOTICE_DATES: z.preprocess(
    (value) => (value === '' || value === undefined ? '01-20,07-20' : value),
    z
      .string()
      .transform((value) => value.split(',').map((date) => date.trim()))
      .pipe(z.array(z.string().refine(isNoticeDate, 'must be MM-DD dates, comma-separated')).min(1).max(12)),
  ),
};

export const interestsVariables = [...subgraphVariables('interests'), ...Object.keys(interestsConfigShape)];
export interface FollowerConfig {
  /** The municipality subgraph, asked directly (not through the gateway) as the register itself. */
  municipalityUrl: string;
  /** How long the follower waits between polls once it has caught up. */
  pollIntervalMs: number;
  /** The private JWK its internal tokens are signed with; outside production, the key file's. */
  internalTokenPrivateKey: string | undefined;
}

export interface NoticesConfig {
  mail: MailConfig;
  municipalityUrl: string;
  /** JWK JSON; without it (outside production) the key pair in `AUTH_KEYS_DIR` is used. */
  internalTokenPrivateKey: string | undefined;
  publicWebUrl: string;
  noticeDates: string[];
}

export type InterestsConfig = SubgraphConfig & { follower: FollowerConfig; notices: NoticesConfig };

/** The follower's and the notices' settings; production requires SMTP and the internal key. */
function readOwnVariables(source: NodeJS.ProcessEnv, production: boolean) {
  const config = readConfig(interestsConfigShape, source);
  const missing = [
    ...(production && !config.SMTP_URL
      ? ['SMTP_URL: required in production (notices are sent by e-mail)']
      : []),
    ...(production && !config.INTERNAL_TOKEN_PRIVATE_KEY
      ? [
          'INTERNAL_TOKEN_PRIVATE_KEY: required in production (the private JWK of the internal token key: the follower of Kommuneregisteret and the notices sign their requests with it)',
        ]
      : []),
  ];
  if (missing.length > 0) throw new ConfigurationError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  const follower: FollowerConfig = {
    municipalityUrl: config.MUNICIPALITY_SUBGRAPH_URL,
    pollIntervalMs: config.INTERESTS_FOLLOW_INTERVAL_MS,
    internalTokenPrivateKey: config.INTERNAL_TOKEN_PRIVATE_KEY,
  };
  const notices: NoticesConfig = {
    mail: mailConfigFrom(config),
    municipalityUrl: config.MUNICIPALITY_SUBGRAPH_URL,
    internalTokenPrivateKey: config.INTERNAL_TOKEN_PRIVATE_KEY,
    publicWebUrl: config.PUBLIC_WEB_URL,
    noticeDates: config.NOTICE_DATES,
  };
  return { follower, notices };
}

export const readNoticesConfig = (source: NodeJS.ProcessEnv, production: boolean): NoticesConfig =>
  readOwnVariables(source, production).notices;

export function readInterestsConfig(
  defaultPort = 4002,
  source: NodeJS.ProcessEnv = process.env,
): InterestsConfig {
  const subgraph = readSubgraphConfig('interests', defaultPort, source);
  return { ...subgraph, ...readOwnVariables(source, subgraph.production) };
}
