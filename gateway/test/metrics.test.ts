import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * `/metrics` of every service, scraped after real traffic: the gateway's operations run in a
 * worker thread, whose subgraph calls the HTTP thread must sum into its own answer.
 */
let system: System;
let adminToken: string;
const metricsToken = 'scrape-secret';
const written = { email: 'kari.metrikk@example.no', familyName: 'Metrikkdottir' };

beforeAll(async () => {
  system = await startSystem({
    demoScale: 0.002,
    driver: 'postgres',
    // Two workers, so that the HTTP thread's answer must sum theirs.
    gatewayEnv: { GATEWAY_WORKERS: '2', METRICS_TOKEN: metricsToken },
  });
  adminToken = await system.tokenFor({ subject: 'admin', roles: ['administrator'] });
});
afterAll(async () => {
  await system?.close();
});

async function scrape(graphqlUrl: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(new URL('/metrics', graphqlUrl), { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}
const scrapeGateway = () => scrape(system.gateway.url, { authorization: `Bearer ${metricsToken}` });

/** The value of the series with exactly these labels (besides `service`), or undefined. */
function valueOf(text: string, metric: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)\{(.*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== metric) continue;
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    delete found['service'];
    if (JSON.stringify(Object.entries(found).sort()) === JSON.stringify(Object.entries(labels).sort()))
      return Number(match[3]);
  }
  return undefined;
}

/** Every label value in the text. */
const labelValues = (text: string) =>
  [...text.matchAll(/\w+="([^"]*)"/g)].map((match) => match[1]!).filter((value) => value !== '');

const addPerson = `mutation AddPerson($input: AddPersonInput!) {
  addPerson(input: $input) { person { id } userErrors { code } } }`;

describe('/metrics', () => {
  it('counts operations per name and the subgraph calls made in the worker thread', async () => {
    const before = await scrapeGateway();
    const counted = (text: string) =>
      valueOf(text, 'graphql_requests_total', { operation: 'MetricsMunicipalities', outcome: 'ok' }) ?? 0;
    const calls = (text: string, subgraph: string) =>
      valueOf(text, 'gateway_subgraph_requests_total', { subgraph, outcome: 'ok' }) ?? 0;
    // At once, so that both workers take some (a worker with none in flight is chosen first).
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        postGraphQL(system.gateway.url, {
          query: 'query MetricsMunicipalities { municipalities { number name } }',
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const failed = await postGraphQL(system.gateway.url, { query: 'query MetricsBroken { noSuchField }' });
    expect(failed.status).toBe(400);

    const after = await scrapeGateway();
    expect(counted(after) - counted(before)).toBe(3);
    expect(valueOf(after, 'graphql_requests_total', { operation: 'MetricsBroken', outcome: 'error' })).toBe(
      1,
    );
    expect(
      valueOf(after, 'graphql_request_duration_seconds_count', { operation: 'MetricsMunicipalities' }),
    ).toBeGreaterThanOrEqual(3);
    // Made in the worker threads, one call each, summed in the HTTP thread.
    expect(calls(after, 'municipality') - calls(before, 'municipality')).toBe(3);
    expect(
      valueOf(after, 'gateway_subgraph_request_duration_seconds_count', { subgraph: 'municipality' }),
    ).toBeGreaterThanOrEqual(3);
    expect(valueOf(after, 'gateway_workers_ready', {})).toBe(2);
    expect(valueOf(after, 'gateway_workers_busy', {})).toBe(0);

    // The subgraph counts the gateway's calls to it by their own operation names.
    const municipality = await scrape(system.municipality.url);
    expect(municipality).toMatch(
      /graphql_requests_total\{operation="MetricsMunicipalities__municipality__0"/,
    );
  });

  it('asks for the token when one is configured, and is not rate-limited', async () => {
    expect((await fetch(new URL('/metrics', system.gateway.url))).status).toBe(401);
    const wrong = await fetch(new URL('/metrics', system.gateway.url), {
      headers: { authorization: `Bearer ${metricsToken}x` },
    });
    expect(wrong.status).toBe(401);
    // Past RATE_LIMIT_PER_MINUTE scrapes a minute, while GraphQL requests are limited.
    const limited = await system.startAnotherGateway({ RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 6; i++) await scrape(limited.url);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postGraphQL(limited.url, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('holds no personal data, and stays bounded under random operation names', async () => {
    const person = system.population.persons[0]!;
    const added = await postGraphQL(
      system.gateway.url,
      {
        query: addPerson,
        variables: {
          input: {
            municipalityNumber: person.municipalityNumber,
            givenName: 'Kari',
            familyName: written.familyName,
            email: written.email,
          },
        },
      },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(added.status).toBe(200);
    // Names a client made up, some not even GraphQL names.
    for (let i = 0; i < 150; i++) {
      const name = i % 10 === 0 ? `x${written.email}` : `Random_${randomUUID().replaceAll('-', '')}`;
      await postGraphQL(system.gateway.url, { query: `query ${name} { __typename }` }).catch(() => undefined);
    }
    const texts = [
      await scrapeGateway(),
      await scrape(system.municipality.url),
      await scrape(system.interests.url),
    ];
    for (const text of texts) {
      expect(text).not.toContain(written.email);
      expect(text).not.toContain(written.familyName);
      expect(text).not.toContain(person.email!);
    }
    const gateway = texts[0]!;
    const operations = new Set(
      [...gateway.matchAll(/^graphql_requests_total\{[^}]*operation="([^"]*)"/gm)].map((match) => match[1]),
    );
    // At most the first 100 names not in the manifest, the manifest's own and `other`.
    expect(operations.size).toBeLessThanOrEqual(110);
    expect(operations.has('other')).toBe(true);
    expect(valueOf(gateway, 'graphql_requests_total', { operation: 'other', outcome: 'ok' })).toBeGreaterThan(
      0,
    );
    for (const value of labelValues(gateway)) expect(value).not.toContain('@');
  });

  it("reports the job queues' depth and each follower's lag behind the municipality feed", async () => {
    const interests = await scrape(system.interests.url);
    expect(valueOf(interests, 'jobs_queue_depth', { queue: 'notice' })).toBeGreaterThanOrEqual(0);

    const follower = { follower: 'system:follower:interests' };
    await system.interests.follower!.catchUp();
    expect(valueOf(await scrape(system.municipality.url), 'feed_follower_lag', follower)).toBe(0);
    const person = system.population.persons[1]!;
    const added = await postGraphQL(
      system.gateway.url,
      {
        query: addPerson,
        variables: {
          input: {
            municipalityNumber: person.municipalityNumber,
            givenName: 'Ola',
            familyName: 'Forsinket',
            email: 'ola.forsinket@example.no',
          },
        },
      },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(added.status).toBe(200);
    expect(valueOf(await scrape(system.municipality.url), 'feed_follower_lag', follower)).toBeGreaterThan(0);
    await system.interests.follower!.catchUp();
    expect(valueOf(await scrape(system.municipality.url), 'feed_follower_lag', follower)).toBe(0);
  });
});
