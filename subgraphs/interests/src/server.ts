import { importKey, loadOrCreateKeyFile } from '@registers/access';
import {
  createLogger,
  createMailer,
  INTERNAL_TOKEN_KEY_NAME,
  startSubgraph,
  type JobsOptions,
  type Logger,
  type SubgraphConfig,
  type SubgraphDefinition,
} from '@registers/platform';
import type { FollowerConfig, NoticesConfig } from './config.ts';
import { createContext, type Context } from './context.ts';
import { migrationsFolder, schema, type InterestsDatabase } from './db/index.ts';
import { isEmpty } from './demo/empty.ts';
import { ElectionReconciliationService } from './modules/elections/service.ts';
import { followerIdentity } from './modules/kommuneregisteret/client.ts';
import type { RunningFollower } from './modules/kommuneregisteret/follower.ts';
import { startKommuneregisteretFollower } from './modules/kommuneregisteret/worker.ts';
import { noticeQueues } from './modules/notices/queues.ts';
import { municipalityRegister } from './modules/notices/register.ts';
import { NoticeService, notifyHolderChanged } from './modules/notices/service.ts';
import { personNameLookup } from './modules/search/person-names.ts';
import { resolvers } from './resolvers.ts';

/** Styrevervregisteret: seeds demo declarations for the demo persons on a first start. */
export const interestsSubgraph = {
  name: 'interests',
  resolvers,
  tables: schema,
  migrationsFolder,
  demo: {
    isEmpty,
    // The demo generator (faker, the name lists) loads only when there is something to seed:
    // a third of a second less at every later start.
    seed: async (db, scale, logger) => (await import('./demo/seed.ts')).seedDemoData(db, scale, logger),
  },
  createContext,
} satisfies SubgraphDefinition<typeof schema, Context>;

export interface InterestsOptions {
  /** The time as notices, sign-in links and the deletion rules see it (tests move it). */
  clock?: () => Date;
  jobsOptions?: JobsOptions;
  /** Seconds before a failed notice is retried, doubled on each retry. */
  noticeRetryDelaySeconds?: number;
  /** How often the automatic notice rounds are checked for one that is due (default 10 minutes). */
  noticeScheduleIntervalMs?: number;
  /** false: no timer starts the automatic rounds (tests start them through `notices`). */
  automaticNoticeRounds?: boolean;
  /** Persons the search by name asks Kommuneregisteret about at a time (default and most 1000). */
  nameLookupBatchSize?: number;
  /** Seconds between an election's advance notices and its links (default 600). */
  electionLinkDelaySeconds?: number;
}

/**
 * Serves Styrevervregisteret, with its notices by e-mail and their schedule beside it, and with
 * a follower configuration the follower of Kommuneregisteret's change feed, in the same process
 * (one process owns a PGlite folder).
 */
export async function startInterestsSubgraph(
  config: SubgraphConfig & { follower?: FollowerConfig; notices: NoticesConfig },
  logger: Logger = createLogger('interests', config.logLevel),
  options: InterestsOptions = {},
) {
  const { notices: noticesConfig } = config;
  const internalTokenKey = noticesConfig.internalTokenPrivateKey
    ? await importKey(noticesConfig.internalTokenPrivateKey, 'INTERNAL_TOKEN_PRIVATE_KEY')
    : (await loadOrCreateKeyFile(config.keysDir, INTERNAL_TOKEN_KEY_NAME)).privateKey;
  const mailer = createMailer(noticesConfig.mail, logger);
  // One service per database, shared by the requests' contexts and the jobs.
  let notices: NoticeService | undefined;
  const noticesOver = (db: InterestsDatabase) =>
    (notices ??= new NoticeService(db, {
      register: municipalityRegister({ url: noticesConfig.municipalityUrl, internalTokenKey }),
      mailer,
      publicWebUrl: noticesConfig.publicWebUrl,
      noticeDates: noticesConfig.noticeDates,
      clock: options.clock ?? (() => new Date()),
      logger,
    }));
  // The public search asks Kommuneregisteret for names, as the notices ask for addresses.
  const personNames = personNameLookup({
    url: noticesConfig.municipalityUrl,
    internalTokenKey,
    batchSize: options.nameLookupBatchSize,
  });
  let elections: ElectionReconciliationService | undefined;
  const electionsOver = (db: InterestsDatabase) =>
    (elections ??= new ElectionReconciliationService(db, {
      register: municipalityRegister({ url: noticesConfig.municipalityUrl, internalTokenKey }),
      clock: options.clock ?? (() => new Date()),
      linkDelaySeconds: options.electionLinkDelaySeconds,
      logger,
    }));
  let follower: RunningFollower | null = null;
  const { follower: followerConfig } = config;
  const workers: NonNullable<SubgraphDefinition<typeof schema, Context>['workers']> = followerConfig
    ? {
        follower: async (db: InterestsDatabase, workerLogger: Logger) =>
          (follower = await startKommuneregisteretFollower(
            db,
            { keysDir: config.keysDir, follower: followerConfig },
            workerLogger,
            // A holder whose personal data or KR roles changed gets a notice (one for a burst).
            {
              clock: options.clock,
              onPersonsChanged: async (tx, personIds) => {
                for (const personId of personIds) await notifyHolderChanged(tx, personId);
              },
              // A confirmed election result starts Styrevervregisteret's reconciliation.
              prepareChanges: (changes) => electionsOver(db).prepareFromFeed(followerIdentity, changes),
            },
          )),
      }
    : {};
  const subgraph = await startSubgraph(
    {
      ...interestsSubgraph,
      workers,
      createContext: (db, request) => ({
        ...createContext(db, request),
        notices: noticesOver(db),
        personNames,
        elections: electionsOver(db),
      }),
      jobs: (db) => noticeQueues(noticesOver(db), { retryDelaySeconds: options.noticeRetryDelaySeconds }),
      jobsOptions: options.jobsOptions,
    } satisfies SubgraphDefinition<typeof schema, Context>,
    config satisfies SubgraphConfig,
    logger,
  ).catch((error: unknown) => {
    mailer.close();
    throw error;
  });
  const service = noticesOver(subgraph.database.db);
  const schedule =
    options.automaticNoticeRounds === false
      ? { stop: async () => {} }
      : startRoundSchedule(service, options.noticeScheduleIntervalMs ?? 600_000, logger);
  return {
    ...subgraph,
    notices: service,
    /** The follower of Kommuneregisteret, when configured. */
    follower: follower as RunningFollower | null,
    close: async () => {
      await schedule.stop();
      await service.drain();
      await subgraph.close();
      mailer.close();
    },
  };
}

/** Checks now and then whether an automatic notice round is due, and starts it once. */
function startRoundSchedule(service: NoticeService, intervalMs: number, logger: Logger) {
  let running: Promise<unknown> = Promise.resolve();
  const check = () => {
    running = running
      .then(() => service.startDueRound())
      .catch((error: unknown) => logger.error({ err: error }, 'could not start an automatic notice round'));
  };
  check();
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

export type InterestsSubgraph = Awaited<ReturnType<typeof startInterestsSubgraph>>;
