import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * How the gateway answers requests that cannot run, after the GraphQL-over-HTTP specification:
 *
 * - A subgraph that refuses its part of the operation as invalid (400, see errorFromResponse)
 *   makes a request error, 400 without `data`, as when the gateway refuses it itself. An
 *   answer with data from another part of the operation is a partial response, 200 (no query
 *   spans two subgraphs' root fields today, and every mutation's payload is non-null).
 */
export const requestErrorStatuses: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (Object.values(result.data ?? {}).some((value) => value !== null)) {
          response.http.status = 200;
          return;
        }
        delete result.data;
      },
    };
  },
};
