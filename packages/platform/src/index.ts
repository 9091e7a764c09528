export {
  readConfig,
  readSubgraphConfig,
  subgraphVariables,
  ConfigurationError,
  env,
  type SubgraphConfig,
} from './config.ts';
export { createLogger, writeLogLine, type Logger } from './logger.ts';
export {
  openDatabase,
  anyOf,
  escapeLike,
  jsonRowsOf,
  pointedToBy,
  proposedValues,
  insertInBatches,
  violatedConstraint,
  type AnyTransaction,
  type Transaction,
  type Database,
  type OpenDatabase,
} from './database.ts';
export { maskUnexpectedErrors } from './error-masking.ts';
export { jitGateway, type SubgraphExecutor } from './executor.ts';
export {
  startGraphQLService,
  runService,
  readinessCheckTimeoutMs,
  REQUEST_ID_HEADER,
  type GraphQLHttpRequest,
  type GraphQLHttpResponse,
  type HttpRoutes,
  type OperationRunner,
  type RequestInfo,
  type RunningService,
} from './http.ts';
export { seedingProgress } from './seeding.ts';
export {
  startSubgraph,
  openSubgraphDatabase,
  contextFactory,
  INTERNAL_TOKEN_KEY_NAME,
  type SubgraphDefinition,
  type BackgroundWorker,
  type SubgraphContext,
  type RunningSubgraph,
} from './subgraph.ts';
export {
  startJobs,
  sendJob,
  JOBS_SCHEMA,
  type JobQueue,
  type JobQueues,
  type JobContext,
  type JobsOptions,
  type RunningJobs,
  type SendJobOptions,
} from './jobs.ts';
export { auditEntries, writeAuditEntry, type AuditEntryRow, type AuditedChange } from './audit.ts';
export {
  changeEvents,
  changeType,
  ChangeFeedWriter,
  changedFieldsOf,
  changeTypeOf,
  listChangeEvents,
  latestChangeSequence,
  type ChangeEventRow,
  type NewChangeEvent,
  type ChangeType,
  type ChangeFeedFilter,
} from './change-feed.ts';
export {
  createMailer,
  mailConfigShape,
  mailConfigFrom,
  type Mailer,
  type MailMessage,
  type MailConfig,
} from './mail.ts';
export {
  metricsRegistry,
  OperationLabels,
  subgraphCallMetrics,
  Gauge,
  Registry,
  type MetricsSnapshot,
} from './metrics.ts';
