import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * graphql-js from the realm the schema was built in: @apollo/subgraph and Apollo Server load
 * graphql as CommonJS, and graphql-js refuses a schema of "another realm" (under vitest this
 * module's own `import 'graphql'` may be the ES build).
 */
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Which executor runs a subgraph's operations (`SUBGRAPH_EXECUTOR`). */
export type SubgraphExecutor = 'jit' | 'graphql-js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = Awaited<ReturnType<Gateway['load']>>['executor'] & {};
type RequestContext = Parameters<Executor>[0];

/**
 * Apollo Server's `gateway` option serving one local schema with graphql-jit: each query is
 * compiled once (per query hash and operation name, the `cacheSize` used last kept) and then run
 * as generated code. graphql-js runs everything else, so that every answer is graphql-js's own:
 * - a query whose answer under jit has errors runs again under graphql-js, and graphql-js's
 *   answer is sent: the same errors, in the same order, with the same paths, locations and
 *   extensions (jit reports some that graphql-js never reaches, and makes its own error objects).
 *   A query writes nothing, so running it twice changes nothing; the loaders of its context
 *   already hold what the first run read;
 * - a mutation, which must run once;
 * - variables graphql-js refuses: its own errors, nodes and messages, which Apollo answers as
 *   BAD_USER_INPUT with status 400 (jit's coercion errors would carry neither);
 * - an operation jit cannot compile, and one whose variables jit refuses where graphql-js did not.
 * Apollo parses and validates as without a gateway, against the same schema.
 */
export function jitGateway(schema: GraphQLSchema, { cacheSize = 1_000 } = {}): Gateway {
  const compiled = new Map<string, CompiledQuery | undefined>();
  const compile = (request: RequestContext): CompiledQuery | undefined => {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    if (compiled.has(key)) {
      const query = compiled.get(key);
      // Most recently used last: a Map iterates in insertion order, so the first is the oldest.
      compiled.delete(key);
      compiled.set(key, query);
      return query;
    }
    const result = compileQuery(schema, request.document, request.operationName ?? undefined);
    const query = isCompiledQuery(result) ? result : undefined;
    compiled.set(key, query);
    if (compiled.size > cacheSize) compiled.delete(compiled.keys().next().value!);
    return query;
  };

  const executor: Executor = async (request) => {
    const variables = request.request.variables ?? {};
    const withGraphQLJs = () =>
      graphql.execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName: request.operationName,
      }) as Promise<ExecutionResult> | ExecutionResult;
    if (request.operation.operation !== 'query') return withGraphQLJs();
    // As graphql-js's execute coerces them (at most 50 errors), before any resolver runs.
    const coerced = graphql.getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      variables,
      { maxErrors: 50 },
    );
    const query = 'errors' in coerced ? undefined : compile(request);
    if (!query) return withGraphQLJs();
    const result = await query.query(undefined, request.context, variables);
    // No data: jit refused the variables (no resolver ran), which graphql-js accepted.
    return 'data' in result && !result.errors ? result : withGraphQLJs();
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: graphql.printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
