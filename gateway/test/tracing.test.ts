import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/** A span as the OTLP/HTTP JSON exporter sends it, with its service. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A tiny OTLP/HTTP receiver: takes the JSON exports at /v1/traces and keeps their spans. */
async function startReceiver() {
  const spans: ReceivedSpan[] = [];
  const bodies: string[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      if (request.url !== '/v1/traces' || request.headers['content-type'] !== 'application/json') {
        response.writeHead(415).end();
        return;
      }
      bodies.push(body);
      const exported = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
        }[];
      };
      for (const { resource, scopeSpans } of exported.resourceSpans) {
        const service = resource.attributes.find((attribute) => attribute.key === 'service.name')?.value
          .stringValue;
        for (const scope of scopeSpans)
          for (const span of scope.spans) spans.push({ ...span, service: service! });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    bodies,
    close: () => new Promise((closed) => server.close(closed)),
  };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let system: System;

beforeAll(async () => {
  receiver = await startReceiver();
  system = await startSystem({
    demoScale: 0.002,
    driver: 'postgres',
    // Across the worker boundary, as in production.
    gatewayEnv: { GATEWAY_WORKERS: '1', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
    subgraphEnv: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url },
  });
});
afterAll(async () => {
  await system?.close();
  await receiver?.close();
});

describe('traces', () => {
  it('follow one request from the gateway through its worker into both subgraphs and their SQL', async () => {
    await expectTracedRequest(system.gateway.url);
  });

  it('follow it alike when the operations run on the HTTP thread (GATEWAY_WORKERS=0)', async () => {
    const gateway = await system.startAnotherGateway({
      GATEWAY_WORKERS: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    });
    await expectTracedRequest(gateway.url);
  });
});

/** One request with a client's traceparent, and its spans as they should be linked. */
async function expectTracedRequest(gatewayUrl: string) {
  const person = system.population.persons[0]!;
  const traceId = randomBytes(16).toString('hex');
  const clientSpan = randomBytes(8).toString('hex');
  const answer = await postGraphQL(
    gatewayUrl,
    {
      query: `query TracedPerson($id: ID!) { person(id: $id) { name declaration { positions { category } } } }`,
      variables: { id: person.id },
    },
    { traceparent: `00-${traceId}-${clientSpan}-01` },
  );
  expect(answer.status).toBe(200);
  expect(answer.errors).toBeUndefined();

  const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
  const named = (service: string, name: string) =>
    inTrace().filter((span) => span.service === service && span.name === name);
  const deadline = Date.now() + 10_000;
  // Each thread exports its spans in batches; the gateway's HTTP span ends last.
  while (
    (named('interests', 'interests graphql').length === 0 ||
      named('gateway', 'gateway graphql').length === 0) &&
    Date.now() < deadline
  )
    await new Promise((resolve) => setTimeout(resolve, 100));

  const [gatewayHttp] = named('gateway', 'gateway graphql');
  expect(gatewayHttp?.parentSpanId).toBe(clientSpan);
  const [operation] = named('gateway', 'gateway operation');
  expect(operation?.parentSpanId).toBe(gatewayHttp!.spanId);
  for (const subgraph of ['municipality', 'interests']) {
    const calls = named('gateway', `gateway → ${subgraph}`);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call.parentSpanId).toBe(operation!.spanId);
    const served = named(subgraph, `${subgraph} graphql`);
    expect(served.length).toBe(calls.length);
    for (const span of served) expect(calls.map((call) => call.spanId)).toContain(span.parentSpanId);
    // The statements the subgraph sent for it, under its span.
    const statements = inTrace().filter(
      (span) => span.service === subgraph && /^(SELECT|WITH)\b/.test(span.name),
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements)
      expect(served.map((span) => span.spanId)).toContain(statement.parentSpanId);
  }
  expect(
    gatewayHttp!.attributes.find((attribute) => attribute.key === 'graphql.operation.name')?.value,
  ).toEqual({ stringValue: 'TracedPerson' });
  // No variable, name or address in any export.
  const exported = receiver.bodies.join('\n');
  expect(exported).not.toContain(person.id);
  expect(exported).not.toContain(person.email!);
  expect(exported).not.toContain(person.familyName);
}
