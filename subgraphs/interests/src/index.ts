export { interestsSubgraph, startInterestsSubgraph, type InterestsSubgraph } from './server.ts';
export { generateDemoDeclarations, seedDemoData } from './demo/seed.ts';
