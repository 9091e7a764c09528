import { createRequire } from 'node:module';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { inTurns, turnsOf } from '@registers/graphql-kit';
import type { ExecutionResult, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitGateway } from '../src/executor.ts';

// The schema is built by @apollo/subgraph with graphql's CommonJS build: executed with the same.
const { execute, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * A large list answered in turns (`inTurns`, as the subgraphs' root lists and `_entities` are)
 * lets other work run between its chunks under graphql-jit as under graphql-js: jit completes a
 * list item when its promise resolves, as graphql-js does.
 */
describe('graphql-jit and the turns of the event loop', () => {
  const schema = buildSubgraphSchema({
    typeDefs: parse(`
      type Query { items: [Item!]! }
      type Item { n: Int! square: Int! }
    `),
    resolvers: {
      Query: { items: (_: unknown, __: unknown, context: object) => inTurns(rows, turnsOf(context)) },
      Item: {
        square: ({ n }: { n: number }) => {
          // About 0.05 ms of work per item: 2,000 items hold the loop for about 100 ms in all.
          const until = performance.now() + 0.05;
          while (performance.now() < until);
          return n * n;
        },
      },
    } as never,
  });
  const rows = Array.from({ length: 2_000 }, (_, n) => ({ n }));
  const document = parse('{ items { n square } }');

  async function turnsWhile(run: () => Promise<ExecutionResult>) {
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await run();
    done = true;
    return { result, turns };
  }

  it('answers as graphql-js does, a chunk per turn', async () => {
    const { executor } = await jitGateway(schema).load({ apollo: {} });
    const request = (context: object) =>
      ({
        request: { variables: {} },
        document,
        operation: document.definitions[0] as OperationDefinitionNode,
        operationName: null,
        queryHash: 'items',
        context,
      }) as unknown as Parameters<NonNullable<typeof executor>>[0];
    const compiled = await turnsWhile(() => executor!(request({})));
    const graphqlJs = await turnsWhile(async () => execute({ schema, document, contextValue: {} }));
    expect(JSON.stringify(compiled.result)).toBe(JSON.stringify(graphqlJs.result));
    expect((compiled.result.data as { items: unknown[] }).items).toHaveLength(2_000);
    // Chunks of about 20 ms: some five turns for 100 ms of work, and never one turn for all.
    expect(compiled.turns).toBeGreaterThanOrEqual(4);
    expect(graphqlJs.turns).toBeGreaterThanOrEqual(4);
  });
});

/**
 * Errors: a query whose answer under jit has errors is answered by graphql-js instead, so the
 * errors are graphql-js's own, in its order. (jit alone differs: it completes an object or list
 * past a failing non-null field, reporting errors graphql-js never reaches, and makes its own
 * error objects.) A mutation runs under graphql-js alone, once.
 */
describe('graphql-jit and errors', () => {
  const runs = { mutation: 0, items: 0 };
  const schema = buildSubgraphSchema({
    typeDefs: parse(`
      type Query { items: [Item!] object: Pair other: Pair! nullable: Pair }
      type Mutation { write: Pair }
      type Item { n: Int! v: Int! }
      type Pair { a: Int! b: Int! c: Int d: Int }
    `),
    resolvers: {
      Query: {
        items: () => {
          runs.items++;
          return [{ n: 1 }, { n: 2 }, { n: 3 }];
        },
        object: () => ({}),
        other: () => ({}),
        nullable: () => ({}),
      },
      Mutation: {
        write: () => {
          runs.mutation++;
          return {};
        },
      },
      Item: { v: ({ n }: { n: number }) => (n === 2 ? 2 : Promise.reject(new Error(`item ${n} failed`))) },
      Pair: {
        a: () => {
          throw new Error('a failed');
        },
        b: () => Promise.reject(new Error('b failed')),
        c: () => 3,
        d: () => Promise.reject(new Error('d failed')),
      },
    } as never,
  });

  const throughJit = async (query: string) => {
    const document = parse(query);
    const { executor } = await jitGateway(schema).load({ apollo: {} });
    return executor!({
      request: { variables: {} },
      document,
      operation: document.definitions[0] as OperationDefinitionNode,
      operationName: null,
      queryHash: query,
      context: {},
    } as never);
  };
  const answer = (result: ExecutionResult) =>
    JSON.stringify({ data: result.data, errors: result.errors?.map((error) => error.toJSON()) });

  it.each([
    '{ items { n v } }',
    '{ object { a b } }',
    '{ object { b a c } }',
    '{ items { n v } object { c a b } }',
    '{ other { a } nullable { c } }',
    // A nullable field's error before the failing non-null field: graphql-js reports both.
    '{ object { d a b } }',
    // ... and after it: graphql-js never completes `d`, and jit alone would report its error too.
    '{ object { a d } }',
    '{ object { b d } nullable { d a } }',
  ])('%s: the same data and errors, in the same order', async (query) => {
    const compiled = await throughJit(query);
    const graphqlJs = await execute({ schema, document: parse(query), contextValue: {} });
    expect(compiled.errors?.length).toBeGreaterThan(0);
    expect(answer(compiled)).toBe(answer(graphqlJs));
  });

  it('runs a query without errors once, under jit, and a mutation once, under graphql-js', async () => {
    runs.items = 0;
    const fine = await throughJit('{ items { n } }');
    expect(fine).toEqual({ data: { items: [{ n: 1 }, { n: 2 }, { n: 3 }] } });
    expect(runs.items).toBe(1);
    // With errors: jit's run, then graphql-js's, whose answer is sent.
    await throughJit('{ items { n v } }');
    expect(runs.items).toBe(3);

    runs.mutation = 0;
    const written = await throughJit('mutation { write { c a } }');
    expect(written.errors?.map((error) => error.message)).toEqual(['a failed']);
    expect(runs.mutation).toBe(1);
  });
});
