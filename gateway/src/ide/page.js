// The gateway's GraphiQL page (gateway/src/ide/graphiql.ts serves it): queries and mutations over
// HTTP, subscriptions over graphql-ws, each with the headers editor's `authorization`.
/* global React, ReactDOM, GraphiQL, graphqlWs */
(function () {
  const config = JSON.parse(document.getElementById('ide-config').textContent);
  const endpoint = new URL(config.endpoint, location.href);
  const socketUrl = new URL(endpoint);
  socketUrl.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

  /** Headers with a value: an empty `authorization` is the public, not a malformed token. */
  function filled(headers) {
    return Object.fromEntries(Object.entries(headers || {}).filter(([, value]) => value !== ''));
  }

  function isSubscription(documentAST, operationName) {
    const operations = (documentAST ? documentAST.definitions : []).filter(
      (definition) => definition.kind === 'OperationDefinition',
    );
    const operation = operationName
      ? operations.find((definition) => definition.name && definition.name.value === operationName)
      : operations[0];
    return Boolean(operation) && operation.operation === 'subscription';
  }

  /** One connection per subscription, closed when GraphiQL stops it. */
  async function* subscribe(params, headers) {
    const client = graphqlWs.createClient({
      url: socketUrl.href,
      connectionParams: headers.authorization ? { authorization: headers.authorization } : {},
      retryAttempts: 0,
    });
    try {
      yield* client.iterate(params);
    } finally {
      await client.dispose();
    }
  }

  const http = GraphiQL.createFetcher({ url: endpoint.href });
  function fetcher(params, options) {
    const headers = filled(options && options.headers);
    if (isSubscription(options && options.documentAST, params.operationName))
      return subscribe(params, headers);
    return http(params, Object.assign({}, options, { headers }));
  }

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: config.tabs,
      defaultHeaders: config.headers,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
})();
