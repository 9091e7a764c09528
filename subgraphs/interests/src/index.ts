export { interestsSubgraph, startInterestsSubgraph, type InterestsSubgraph } from './server.ts';
export { generateDemoDeclarations } from './demo/seed.ts';
