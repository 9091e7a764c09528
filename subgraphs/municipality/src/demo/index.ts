export { generateDemoPopulation, nationalSize, DEMO_SEED, type DemoPopulation } from './population.ts';
