export { municipalitySubgraph, startMunicipalitySubgraph, type MunicipalitySubgraph } from './server.ts';
