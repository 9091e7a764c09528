import {
  ConfigurationError,
  env,
  mailConfigFrom,
  mailConfigShape,
  readConfig,
  readSubgraphConfig,
  subgraphVariables,
  type MailConfig,
} from '@registers/platform';
import { z } from 'zod';
import { isNoticeDate } from './modules/notices/schedule.ts';

/** What the interests subgraph reads beyond every subgraph's variables: notices by e-mail. */
const noticesConfigShape = {
  ...mailConfigShape,
  // Kommuneregisteret, asked for a notice's name and address when it is sent.
  MUNICIPALITY_SUBGRAPH_URL: env.url().default('http://localhost:4001/graphql'),
  // The internal token key's private half: this subgraph asks Kommuneregisteret as the register.
  INTERNAL_TOKEN_PRIVATE_KEY: env.optionalString(),
  PUBLIC_WEB_URL: env.url().default('http://localhost:5173'),
  NOTICE_DATES: z.preprocess(
    (value) => (value === '' || value === undefined ? '01-20,07-20' : value),
    z
      .string()
      .transform((value) => value.split(',').map((date) => date.trim()))
      .pipe(z.array(z.string().refine(isNoticeDate, 'must be MM-DD dates, comma-separated')).min(1).max(12)),
  ),
};

export const interestsVariables = [...subgraphVariables('interests'), ...Object.keys(noticesConfigShape)];

export interface NoticesConfig {
  mail: MailConfig;
  municipalityUrl: string;
  /** JWK JSON; without it (outside production) the key pair in `AUTH_KEYS_DIR` is used. */
  internalTokenPrivateKey: string | undefined;
  publicWebUrl: string;
  noticeDates: string[];
}

export function readNoticesConfig(source: NodeJS.ProcessEnv, production: boolean): NoticesConfig {
  const config = readConfig(noticesConfigShape, source);
  const missing = [
    ...(production && !config.SMTP_URL
      ? ['SMTP_URL: required in production (notices are sent by e-mail)']
      : []),
    ...(production && !config.INTERNAL_TOKEN_PRIVATE_KEY
      ? ['INTERNAL_TOKEN_PRIVATE_KEY: required in production (the private JWK of the internal token key)']
      : []),
  ];
  if (missing.length > 0) throw new ConfigurationError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  return {
    mail: mailConfigFrom(config),
    municipalityUrl: config.MUNICIPALITY_SUBGRAPH_URL,
    internalTokenPrivateKey: config.INTERNAL_TOKEN_PRIVATE_KEY,
    publicWebUrl: config.PUBLIC_WEB_URL,
    noticeDates: config.NOTICE_DATES,
  };
}

export function readInterestsConfig(source: NodeJS.ProcessEnv = process.env) {
  const subgraph = readSubgraphConfig('interests', 4002, source);
  return { ...subgraph, notices: readNoticesConfig(source, subgraph.production) };
}

export type InterestsConfig = ReturnType<typeof readInterestsConfig>;
