export { municipalitySubgraph, startMunicipalitySubgraph, type MunicipalitySubgraph } from './server.ts';

export { seedDemoData } from './demo/seed.ts';
