import { readSubgraphConfig, runService } from '@registers/platform';
import { startInterestsSubgraph } from './server.ts';

await runService('interests', () => readSubgraphConfig('interests', 4002), startInterestsSubgraph);
