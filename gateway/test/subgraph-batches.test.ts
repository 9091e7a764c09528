import { createServer } from 'node:http';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { SubgraphBatches, type SubgraphAnswer } from '../src/subgraph-batches.ts';
import { listenOnLoopback } from './support/loopback.ts';

/**
 * A subgraph as Apollo Server answers it with `allowBatchedHttpRequests`: an array body gets an
 * array of answers, each naming the caller (the header) and echoing its query; `refuseBatches`
 * makes it answer a batch as a subgraph without batching does (400).
 */
const received: { body: unknown; caller: string | undefined }[] = [];
let refuseBatches = false;
const subgraph = createServer(async (request, response) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  const body = JSON.parse(text) as { query: string } | { query: string }[];
  const caller = request.headers['x-caller'] as string | undefined;
  received.push({ body, caller });
  response.setHeader('content-type', 'application/json');
  if (Array.isArray(body) && refuseBatches) {
    response.statusCode = 400;
    response.end(JSON.stringify({ errors: [{ message: 'Operation batching disabled.' }] }));
    return;
  }
  const answer = (call: { query: string }) => ({ data: { caller, query: call.query } });
  response.end(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)));
});
let url: string;

beforeAll(async () => {
  url = await listenOnLoopback(subgraph, '/graphql');
});
afterAll(() => void subgraph.close());
beforeEach(() => {
  received.length = 0;
  refuseBatches = false;
});

/** Batches over real HTTP; a context's caller goes in a header, as the data source's token does. */
function batchesTo(target: () => string) {
  return new SubgraphBatches(
    async (body, context): Promise<SubgraphAnswer> => {
      const response = await fetch(target(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-caller': (context as { caller: string }).caller },
        body,
      });
      const parsed: unknown = await response.json();
      if (!response.ok)
        throw Object.assign(new Error(`${response.status}`), { extensions: { response: parsed } });
      return { body: parsed, http: response as unknown as SubgraphAnswer['http'] };
    },
    ({ body, http }) => ({ ...(body as object), http }),
  );
}

const entities = (n: number) =>
  `query Pull__interests__${n}($representations:[_Any!]!){_entities(representations:$representations){__typename}}`;

test("one operation's queries at the same moment go in one request, each gets its own answer", async () => {
  const batches = batchesTo(() => url);
  const operation = { caller: 'a' };
  const answers = await Promise.all([1, 2, 3].map((n) => batches.call({ query: entities(n) }, operation)));
  expect(answers.map((answer) => answer.data)).toEqual(
    [1, 2, 3].map((n) => ({ caller: 'a', query: entities(n) })),
  );
  expect(received).toHaveLength(1);
  expect(received[0]!.body).toEqual([1, 2, 3].map((n) => ({ query: entities(n) })));
});

test("two operations' queries never share a request: each goes with its own caller", async () => {
  const batches = batchesTo(() => url);
  const [a, b] = await Promise.all([
    batches.call({ query: entities(1) }, { caller: 'a' }),
    batches.call({ query: entities(2) }, { caller: 'b' }),
  ]);
  expect(a.data).toEqual({ caller: 'a', query: entities(1) });
  expect(b.data).toEqual({ caller: 'b', query: entities(2) });
  expect(received.map(({ caller }) => caller).sort()).toEqual(['a', 'b']);
  expect(received.every(({ body }) => !Array.isArray(body))).toBe(true);
});

test('a mutation is never batched, and a call alone goes alone', async () => {
  const batches = batchesTo(() => url);
  const operation = { caller: 'a' };
  const mutation = 'mutation AddPerson__municipality__0{addPerson(input:{}){__typename}}';
  await Promise.all([
    batches.call({ query: mutation }, operation),
    batches.call({ query: entities(1) }, operation),
  ]);
  await batches.call({ query: entities(2) }, operation);
  expect(received.map(({ body }) => body)).toEqual([
    { query: mutation },
    { query: entities(1) },
    { query: entities(2) },
  ]);
});

test('a batch the subgraph refuses is sent again call by call', async () => {
  refuseBatches = true;
  const batches = batchesTo(() => url);
  const operation = { caller: 'a' };
  const answers = await Promise.all([1, 2].map((n) => batches.call({ query: entities(n) }, operation)));
  expect(answers.map((answer) => answer.data)).toEqual(
    [1, 2].map((n) => ({ caller: 'a', query: entities(n) })),
  );
  expect(received.map(({ body }) => Array.isArray(body))).toEqual([true, false, false]);
});

test('a batch that cannot be sent fails each of its calls, once', async () => {
  const batches = batchesTo(() => 'http://127.0.0.1:1/graphql');
  const operation = { caller: 'a' };
  const results = await Promise.allSettled(
    [1, 2].map((n) => batches.call({ query: entities(n) }, operation)),
  );
  expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  expect(received).toHaveLength(0);
});
