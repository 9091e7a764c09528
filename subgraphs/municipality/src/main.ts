import { readSubgraphConfig, runService } from '@registers/service-runtime';
import { startMunicipalitySubgraph } from './server.ts';

await runService('municipality', () => readSubgraphConfig('municipality', 4001), startMunicipalitySubgraph);
