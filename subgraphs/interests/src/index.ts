export {
  interestsSubgraph,
  startInterestsSubgraph,
  type InterestsSubgraph,
  type InterestsOptions,
} from './server.ts';
export { generateDemoDeclarations, generateDemoKommuneregisteret } from './demo/seed.ts';
export {
  readInterestsConfig,
  readNoticesConfig,
  interestsVariables,
  type InterestsConfig,
} from './config.ts';
export {
  MunicipalityClient,
  followerIdentity,
  type PersonRoleFacts,
} from './modules/kommuneregisteret/client.ts';
export { startFollower, type RunningFollower } from './modules/kommuneregisteret/follower.ts';
export { ProjectionStore, municipalityFeed } from './modules/kommuneregisteret/store.ts';
export { deleteLapsedHolders, roleGraceDays } from './modules/kommuneregisteret/lapses.ts';
export {
  deleteUnconfirmedDeclarations,
  retentionIdentity,
  retentionYears,
} from './modules/declarations/retention.ts';
export { notifyHolderChanged, CHANGE_NOTICE_DELAY_SECONDS } from './modules/notices/service.ts';
