import { runService } from '@registers/platform';
import { readInterestsConfig } from './config.ts';
import { startInterestsSubgraph } from './server.ts';

await runService(
  'interests',
  () => readInterestsConfig(),
  (config, logger) => startInterestsSubgraph(config, logger),
);
