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
 * Errors that null the same field: graphql-js stops completing an object or list at the first
 * failing non-null field and reports that error only; jit completes the rest, and its gateway
 * keeps the first error per nulled field, so both report the same. (Not alike: a nullable
 * field's error after the failing non-null field in the same object, which graphql-js never
 * reaches and jit reports.)
 */
describe('graphql-jit and errors of non-null fields', () => {
  const schema = buildSubgraphSchema({
    typeDefs: parse(`
      type Query { items: [Item!] object: Pair other: Pair! nullable: Pair }
      type Item { n: Int! v: Int! }
      type Pair { a: Int! b: Int! c: Int d: Int }
    `),
    resolvers: {
      Query: {
        items: () => [{ n: 1 }, { n: 2 }, { n: 3 }],
        object: () => ({}),
        other: () => ({}),
        nullable: () => ({}),
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

  it.each([
    '{ items { n v } }',
    '{ object { a b } }',
    '{ object { b a c } }',
    '{ items { n v } object { c a b } }',
    '{ other { a } nullable { c } }',
    // A nullable field's error before the failing non-null field: graphql-js reports both.
    '{ object { d a b } }',
  ])('%s', async (query) => {
    const document = parse(query);
    const { executor } = await jitGateway(schema).load({ apollo: {} });
    const compiled = await executor!({
      request: { variables: {} },
      document,
      operation: document.definitions[0] as OperationDefinitionNode,
      operationName: null,
      queryHash: query,
      context: {},
    } as never);
    const graphqlJs = await execute({ schema, document, contextValue: {} });
    const sorted = (result: ExecutionResult) =>
      JSON.stringify({
        data: result.data,
        errors: result.errors
          ?.map((error) => error.toJSON())
          .sort((x, y) => x.message.localeCompare(y.message)),
      });
    expect(sorted(compiled)).toBe(sorted(graphqlJs));
  });
});
