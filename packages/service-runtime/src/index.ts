export {
  readConfig,
  readSubgraphConfig,
  subgraphVariables,
  ConfigurationError,
  env,
  type SubgraphConfig,
} from './config.ts';
export { createLogger, type Logger } from './logger.ts';
export {
  openDatabase,
  anyOf,
  insertInBatches,
  violatedConstraint,
  type AnyTransaction,
  type Transaction,
  type Database,
  type OpenDatabase,
} from './database.ts';
export { UserFacingError, NotFoundError, BadRequestError, maskUnexpectedErrors, found } from './errors.ts';
export {
  startGraphQLService,
  runService,
  REQUEST_ID_HEADER,
  type RequestInfo,
  type RunningService,
} from './http.ts';
export * as identifiers from './identifiers.ts';
export * as scalars from './scalars.ts';
export { loadOneByKey, loadManyByKey, withFreshLoaders } from './loaders.ts';
export { seedingProgress } from './seeding.ts';
export {
  startSubgraph,
  openSubgraphDatabase,
  contextFactory,
  INTERNAL_TOKEN_KEY_NAME,
  type SubgraphDefinition,
  type SubgraphContext,
  type RunningSubgraph,
} from './subgraph.ts';
export * from './auth/index.ts';
export { auditEntries, writeAuditEntry, type AuditEntryRow, type AuditedChange } from './audit.ts';
export { userError, type UserError } from './user-errors.ts';
export { mergeResolvers } from './resolvers.ts';
export { encodeCursor, decodeCursor, connectionFrom, pageSize } from './connections.ts';
