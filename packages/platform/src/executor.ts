import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
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
 * Apollo Server's `gateway` option serving one local schema with graphql-jit: each operation is
 * compiled once (per query hash and operation name, the `cacheSize` used last kept) and then run
 * as generated code. graphql-js still runs what jit should not:
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
    // As graphql-js's execute coerces them (at most 50 errors), before any resolver runs.
    const coerced = graphql.getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      variables,
      {
        maxErrors: 50,
      },
    );
    const query = 'errors' in coerced ? undefined : compile(request);
    if (!query) return withGraphQLJs();
    const result = await query.query(undefined, request.context, variables);
    // jit refused the variables (no resolver ran): graphql-js accepted them, so it runs them.
    if (!('data' in result)) return withGraphQLJs();
    if (!result.errors) return result;
    const errors = onePerNulledField(result.data, result.errors, nonNullFieldsOf(schema, request.document));
    return { data: result.data, errors: errors.map(asGraphQLJsError) };
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

/**
 * graphql-js stops completing an object or list once a non-null field in it fails, so of the
 * errors of non-null fields that null the same field (the nearest nullable one above them) it
 * reports the first only; jit completes the rest and reports every one. Kept here: every error of
 * a nullable field, and of the non-null fields' errors the first to reach each nulled field, in
 * jit's order (the order they happened). Which fields are non-null: by their locations in the
 * document (`nonNullFieldsOf`).
 */
function onePerNulledField(
  data: unknown,
  errors: readonly GraphQLError[],
  nonNullFields: ReadonlySet<string>,
): GraphQLError[] {
  const nulledFields = new Set<string>();
  return errors.filter((error) => {
    const ofNonNullField = error.locations?.some(({ line, column }) =>
      nonNullFields.has(`${line}:${column}`),
    );
    if (!ofNonNullField) return true;
    // It bubbled to the deepest field on its path still in the answer, which is null.
    const path = error.path ?? [];
    let value = data;
    let depth = 0;
    while (depth < path.length && value != null && typeof value === 'object') {
      value = (value as Record<string | number, unknown>)[path[depth]!];
      depth++;
    }
    const nulled = JSON.stringify(path.slice(0, value === null ? depth : depth - 1));
    if (nulledFields.has(nulled)) return false;
    nulledFields.add(nulled);
    return true;
  });
}

/** The locations (`line:column`) of the document's fields whose type is non-null. */
function nonNullFieldsOf(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const typeInfo = new graphql.TypeInfo(schema);
  const fields = new Set<string>();
  graphql.visit(
    document,
    graphql.visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (type && graphql.isNonNullType(type) && node.loc) {
          const { line, column } = graphql.getLocation(node.loc.source, node.loc.start);
          fields.add(`${line}:${column}`);
        }
      },
    }),
  );
  return fields;
}

/**
 * A field error as graphql-js's `locatedError` makes it: jit's own error class leaves
 * `extensions` undefined when what was thrown had none (Apollo Server then fails formatting it),
 * and keeps its locations only as numbers, without the nodes.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const thrown = error.originalError;
  const located = new graphql.GraphQLError(error.message, {
    path: error.path,
    // graphql-js wraps what is not an Error; jit's own errors (a null for a non-null field) are
    // made by graphql-js from a plain Error too.
    originalError: thrown instanceof Error ? thrown : new Error(error.message),
  });
  // graphql-js computes them from the field nodes, as jit did.
  (located as { locations: GraphQLError['locations'] }).locations = error.locations;
  return located;
}
