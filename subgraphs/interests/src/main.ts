import { readSubgraphConfig, runService } from '@registers/service-runtime';
import { startInterestsSubgraph } from './server.ts';

await runService('interests', () => readSubgraphConfig('interests', 4002), startInterestsSubgraph);
