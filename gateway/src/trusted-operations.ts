import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { accessPolicy, type Identity } from '@registers/access';
import { ConfigurationError, type GraphQLHttpRequest, type GraphQLHttpResponse } from '@registers/platform';
import { z } from 'zod';

/** The trusted operations: each document by the hex sha256 of its text. */
export type PersistedDocuments = ReadonlyMap<string, string>;

const sha256Hex = /^[0-9a-f]{64}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const manifestShape = z.record(z.string().regex(/^sha256:[0-9a-f]{64}$/), z.string().min(1));

/**
 * Reads the manifest graphql-codegen writes (`{ "sha256:<hex>": "<document>" }`), once, at start.
 * A hash that is not its document's would serve another operation than the one asked for by it,
 * so it stops start-up like any bad configuration.
 */
export function loadPersistedDocuments(path: string): PersistedDocuments {
  let manifest: z.infer<typeof manifestShape>;
  try {
    manifest = manifestShape.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new ConfigurationError(
      `PERSISTED_DOCUMENTS_PATH: ${path} is not a manifest of persisted documents (${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)})`,
    );
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(manifest)) {
    const hash = id.slice('sha256:'.length);
    if (sha256(document) !== hash) {
      throw new ConfigurationError(`PERSISTED_DOCUMENTS_PATH: ${id} is not the sha256 of its document`);
    }
    documents.set(hash, document);
  }
  return documents;
}

/** The names of the manifest's operations: the operation labels of the gateway's metrics. */
export function operationNamesOf(documents: PersistedDocuments): Set<string> {
  const names = new Set<string>();
  for (const document of documents.values()) {
    for (const [, name] of document.matchAll(/\b(?:query|mutation|subscription)\s+([A-Za-z_]\w*)/g)) {
      names.add(name!);
    }
  }
  return names;
}

type Checked = { request: GraphQLHttpRequest } | { refused: GraphQLHttpResponse };

/** The GraphQL parameters of a request that name an operation, from a POST body or a GET query. */
interface OperationParameters {
  query?: unknown;
  documentId?: unknown;
  doc_id?: unknown;
  extensions?: unknown;
  [parameter: string]: unknown;
}

/**
 * Persisted operations, before Apollo sees a request. An operation is named by its hash in
 * either convention: Apollo's (`extensions.persistedQuery.sha256Hash`, version 1) or GraphQL over
 * HTTP's and Hive's and Relay's (`documentId`, or `doc_id`; `sha256:` before the hash or not).
 * A known hash becomes its document; an unknown one is PERSISTED_QUERY_NOT_FOUND (404). A query
 * sent with a hash must be the hash's text (else BAD_REQUEST), so a hash cannot lend its trust to
 * another query. A partner system may run only the manifest's documents: by hash, or as their
 * exact text; any other query is PERSISTED_QUERY_NOT_IN_LIST (403), Apollo Router's code for a
 * query outside its safelist. Everyone else may still send a query of their own.
 */
export function trustedOperations(documents: PersistedDocuments) {
  const mayRun = mayRunOperation(documents);
  return (request: GraphQLHttpRequest, identity: Identity): Checked => {
    const freeFormAllowed = accessPolicy.runFreeFormOperation(identity);
    const parameters = parametersOf(request);
    // Apollo refuses these (a batch, malformed JSON); a partner's never reach it regardless.
    if (!parameters) {
      return freeFormAllowed ? { request } : refuse(400, 'BAD_REQUEST', 'Not a request a partner may send.');
    }
    const query = typeof parameters.query === 'string' ? parameters.query : undefined;
    const id = operationId(parameters);

    if (id === undefined) {
      if (query === undefined || mayRun(identity, query)) return { request };
      return refuse(403, 'PERSISTED_QUERY_NOT_IN_LIST', notInList);
    }
    if (id === unsupportedVersion) {
      return refuse(400, 'PERSISTED_QUERY_NOT_SUPPORTED', 'Only version 1 of persistedQuery is supported.');
    }
    if (typeof id !== 'string') {
      return refuse(
        400,
        'BAD_REQUEST',
        'An operation id (documentId, doc_id or sha256Hash) must be a string.',
      );
    }
    const hash = id.replace(/^sha256:/, '');
    const document = sha256Hex.test(hash) ? documents.get(hash) : undefined;
    if (query !== undefined && sha256(query) !== hash) {
      return refuse(400, 'BAD_REQUEST', 'The query sent is not the one its hash names.');
    }
    if (document === undefined) {
      if (query === undefined) {
        return refuse(
          404,
          'PERSISTED_QUERY_NOT_FOUND',
          'No trusted operation has this hash: the operations are those of @registers/client.',
        );
      }
      if (!freeFormAllowed) return refuse(403, 'PERSISTED_QUERY_NOT_IN_LIST', notInList);
    }
    return { request: withQuery(request, parameters, document ?? query!) };
  };
}

/**
 * Whether a caller may run this document's text: anyone but a partner system any document; a
 * partner only one of the manifest's (over HTTP as over WebSocket).
 */
export function mayRunOperation(documents: PersistedDocuments) {
  return (identity: Identity, query: string) =>
    accessPolicy.runFreeFormOperation(identity) || documents.has(sha256(query));
}

/** Why a partner's document of its own is refused (PERSISTED_QUERY_NOT_IN_LIST). */
export const notInList =
  "A partner system may run only the trusted operations of @registers/client's manifest, sent by their hash; this query is not one of them.";

function parametersOf(request: GraphQLHttpRequest): OperationParameters | undefined {
  if (request.method === 'POST') {
    const body = request.body;
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as OperationParameters)
      : undefined;
  }
  if (request.method !== 'GET') return undefined;
  const search = new URLSearchParams(request.search);
  const parameters: OperationParameters = Object.fromEntries(search);
  const extensions = search.get('extensions');
  if (extensions !== null) {
    try {
      parameters.extensions = JSON.parse(extensions);
    } catch {
      // Apollo answers malformed extensions.
      return undefined;
    }
  }
  return parameters;
}

const unsupportedVersion = Symbol('unsupported persistedQuery version');

/** The id a request names its operation by, in either convention; undefined when none. */
function operationId(parameters: OperationParameters): unknown {
  if (parameters.documentId !== undefined) return parameters.documentId;
  if (parameters.doc_id !== undefined) return parameters.doc_id;
  const persisted = (
    parameters.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } }
  )?.persistedQuery;
  if (persisted === undefined || persisted === null) return undefined;
  if (persisted.version !== 1) return unsupportedVersion;
  return persisted.sha256Hash;
}

/** The request as Apollo is to run it: the document's text, no persisted-operation parameters. */
function withQuery(request: GraphQLHttpRequest, parameters: OperationParameters, query: string) {
  const { documentId: _documentId, doc_id: _docId, extensions, ...rest } = parameters;
  const { persistedQuery: _persisted, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  const plain: OperationParameters = {
    ...rest,
    query,
    ...(Object.keys(otherExtensions).length > 0 ? { extensions: otherExtensions } : {}),
  };
  if (request.method === 'POST') return { ...request, body: plain };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(plain)) {
    search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return { ...request, search: `?${search}` };
}

const utf8 = new TextEncoder();

function refuse(status: number, code: string, message: string): { refused: GraphQLHttpResponse } {
  return {
    refused: {
      status,
      headers: [['content-type', 'application/json; charset=utf-8']],
      body: utf8.encode(JSON.stringify({ errors: [{ message, extensions: { code } }] })),
      operationName: null,
    },
  };
}
