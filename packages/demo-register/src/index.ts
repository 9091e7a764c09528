export {
  generateDemoPopulation,
  nationalSize,
  DEMO_SEED,
  DEMO_PERIOD,
  type DemoPopulation,
  type DemoPopulationOptions,
} from './population.ts';
export type * from './rows.ts';
export {
  generateNextElection,
  type ElectedCandidate,
  type NextElection,
  type SittingCouncil,
} from './election.ts';
