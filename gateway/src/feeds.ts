import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLHttpRequest, GraphQLHttpResponse } from '@registers/platform';
import { print } from 'graphql';
import {
  KommunenokkelenChangesDocument,
  KommunenokkelenDeclarationChangesDocument,
} from './generated/operations.ts';

/**
 * Both change feeds as the gateway itself reads them, through its own operation runner as the
 * public: the Kommunenøkkelen document and the live subscriptions' watcher.
 */

/** Runs one operation through the gateway's own operation runner, as the public. */
export type PublicOperationRunner = (request: GraphQLHttpRequest) => Promise<GraphQLHttpResponse>;

export class OperationFailed extends Error {}

const feedPage = 1_000;
const decoder = new TextDecoder();
const printed = new WeakMap<object, string>();

/** An operation as a JSON POST, printed once per document. */
export function operationRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): GraphQLHttpRequest {
  let query = printed.get(document);
  if (!query) printed.set(document, (query = print(document)));
  return {
    method: 'POST',
    headers: [['content-type', 'application/json']],
    search: '',
    body: { query, variables },
  };
}

/** An operation's data; any error fails it. */
export async function runOperation<TData, TVariables>(
  run: PublicOperationRunner,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await run(operationRequest(document, variables));
  const answer = JSON.parse(decoder.decode(response.body)) as { data?: TData | null; errors?: unknown[] };
  if (response.status !== 200 || answer.errors || !answer.data) {
    throw new OperationFailed(`${JSON.stringify(answer.errors ?? response.status).slice(0, 500)}`);
  }
  return answer.data;
}

/** Kommuneregisteret's `changes` after a position, to the feed's end. */
export function readMunicipalityFeed(run: PublicOperationRunner, after: string | null) {
  return readFeed(run, KommunenokkelenChangesDocument, (data) => data.changes, after);
}

/** Styrevervregisteret's `declarationChanges` after a position, to the feed's end. */
export function readDeclarationFeed(run: PublicOperationRunner, after: string | null) {
  return readFeed(run, KommunenokkelenDeclarationChangesDocument, (data) => data.declarationChanges, after);
}

/** A feed's changes after a position, page by page to its end, and the position reached. */
async function readFeed<TData, TNode>(
  run: PublicOperationRunner,
  document: TypedDocumentNode<TData, { after?: string | null; first?: number | null }>,
  connection: (data: TData) => {
    edges: { node: TNode }[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  },
  after: string | null,
) {
  const changes: TNode[] = [];
  let position = after;
  for (;;) {
    const page = connection(await runOperation(run, document, { after: position, first: feedPage }));
    changes.push(...page.edges.map((edge) => edge.node));
    position = page.pageInfo.endCursor ?? position;
    if (!page.pageInfo.hasNextPage) return { changes, position };
  }
}
