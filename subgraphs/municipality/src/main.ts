import { readSubgraphConfig, runService } from '@registers/platform';
import { startMunicipalitySubgraph } from './server.ts';

await runService('municipality', () => readSubgraphConfig('municipality', 4001), startMunicipalitySubgraph);
