export { municipalitySubgraph, startMunicipalitySubgraph, type MunicipalitySubgraph } from './server.ts';
export { readElectionResultCsv, writeElectionResultCsv } from './modules/elections/csv.ts';
