import { createServer } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { subgraphFetcher } from '../src/subgraph-fetch.ts';
import { listenOnLoopback } from './support/loopback.ts';

/** A subgraph that is briefly unavailable: it answers 503 to every call but the third. */
let calls = 0;
const subgraph = createServer((request, response) => {
  request.resume();
  calls++;
  response.statusCode = calls % 3 === 0 ? 200 : 503;
  response.end('{"data":{}}');
});
let url: string;

beforeAll(async () => {
  url = await listenOnLoopback(subgraph, '/graphql');
});
afterAll(() => void subgraph.close());

/** A body as Apollo's RemoteGraphQLDataSource writes it: `JSON.stringify({ query, variables })`. */
async function send(query: string, variables: Record<string, unknown> = {}) {
  calls = 0;
  const response = await subgraphFetcher('municipality', 5_000)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, calls };
}

test('a query is tried again after a 503, a mutation never', async () => {
  expect(await send('query Counties__municipality__0{counties{number}}')).toEqual({ status: 200, calls: 3 });
  expect(await send('{counties{number}}')).toEqual({ status: 200, calls: 3 });
  expect(
    await send('query($representations:[_Any!]!){_entities(representations:$representations){__typename}}', {
      representations: Array.from({ length: 10_000 }, (_, i) => ({ __typename: 'Person', id: String(i) })),
    }),
  ).toEqual({ status: 200, calls: 3 });
  expect(
    await send(
      'mutation AddPerson__municipality__0($input:AddPersonInput!){addPerson(input:$input){__typename}}',
    ),
  ).toEqual({ status: 503, calls: 1 });
  expect(await send('\nmutation {addPerson(input:{}){__typename}}')).toEqual({ status: 503, calls: 1 });
  // What cannot be told from the start of the text is not tried again.
  expect(await send('# a comment\nquery {counties{number}}')).toEqual({ status: 503, calls: 1 });
});
