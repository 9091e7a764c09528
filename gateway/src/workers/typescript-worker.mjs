// A worker thread's entry when the gateway runs from source (tsx, vitest; `npm start` runs the
// built worker instead): Node 20 does not apply `--import tsx` (or the parent's tsx) to a
// worker's own entry module, so the worker registers tsx itself, then loads its TypeScript module.
// Plain JavaScript, so that it loads the same under tsx and in vitest.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
