import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * graphql-js 17's KnownOperationTypesRule: an operation whose root type the schema lacks (the
 * supergraph has no Subscription) is an invalid document, GRAPHQL_VALIDATION_FAILED with 400.
 * Without it the gateway's executor fails on a subscription with an internal error, 500.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, {
            nodes: node,
          }),
        );
      }
    },
  };
}

/**
 * How the gateway answers requests that cannot run, after the GraphQL-over-HTTP specification:
 *
 * - No operation to run (an unknown `operationName`, or several operations and none named) is
 *   the caller's mistake, OPERATION_RESOLUTION_FAILURE with 400, as Apollo Server answers it
 *   without a gateway; the gateway's executor fails on it with an internal error, 500.
 * - A subgraph that refuses its part of the operation as invalid (400, see errorFromResponse)
 *   makes a request error, 400 without `data`, as when the gateway refuses it itself. An
 *   answer with data from another part of the operation is a partial response, 200 (no query
 *   spans two subgraphs' root fields today, and every mutation's payload is non-null).
 * - A client that asks for `application/json` rather than `application/graphql-response+json`
 *   is a legacy client: for it the specification wants 200 for every request that is
 *   well-formed, the errors in the body. Clients that ask for the new type or for anything (no
 *   Accept, or `*\/*`, as curl and fetch send) get 400.
 */
export const requestErrorStatuses: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        throw new GraphQLError(
          request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.',
          { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
        );
      },
      async willSendResponse({ request, response }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (Object.values(result.data ?? {}).some((value) => value !== null)) {
          response.http.status = 200;
          return;
        }
        delete result.data;
        if (asksForLegacyJson(request.http?.headers.get('accept'))) response.http.status = 200;
      },
    };
  },
};

/** The Accept header names `application/json` and prefers it to `application/graphql-response+json`. */
function asksForLegacyJson(accept: string | undefined): boolean {
  const quality = new Map<string, number>();
  for (const range of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    quality.set(type, Math.max(quality.get(type) ?? 0, q ? Number(q.slice(2)) || 0 : 1));
  }
  const json = quality.get('application/json') ?? 0;
  return json > 0 && json > (quality.get('application/graphql-response+json') ?? 0);
}
