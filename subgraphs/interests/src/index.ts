export {
  interestsSubgraph,
  startInterestsSubgraph,
  type InterestsSubgraph,
  type InterestsOptions,
} from './server.ts';
export { generateDemoDeclarations } from './demo/seed.ts';
export {
  readInterestsConfig,
  readNoticesConfig,
  interestsVariables,
  type InterestsConfig,
} from './config.ts';
export { notifyHolderChanged, CHANGE_NOTICE_DELAY_SECONDS } from './modules/notices/service.ts';
