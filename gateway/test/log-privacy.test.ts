import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * No personal data in the logs: the kinds of traffic the other tests send (reads and writes by
 * each kind of caller, refusals, bad input, database errors, bad tokens, GET requests), then
 * every log line of all three services is searched for the register's e-mail addresses and
 * phone numbers.
 */
const logLines: Record<string, unknown>[] = [];
let system: System;
const tokens: Record<string, string> = {};
const written = {
  email: 'kari.nordmann.logg@example.no',
  phone: '+4791234567',
  nulEmail: 'nul.byte@example.no',
};

beforeAll(async () => {
  // With a worker thread, whose log lines the HTTP thread writes, as in production.
  system = await startSystem({
    demoScale: 0.002,
    driver: 'postgres',
    logLines,
    gatewayEnv: { GATEWAY_WORKERS: '1' },
  });
  const person = system.population.persons[0]!;
  tokens['admin'] = await system.tokenFor({ subject: 'admin', roles: ['administrator'] });
  tokens['kr'] = await system.tokenFor({
    subject: 'kr',
    roles: ['kr-contact'],
    municipalities: [person.municipalityNumber!],
  });
  tokens['bound'] = await system.tokenFor({ subject: 'bound', email: person.email! });
});
afterAll(async () => {
  await system?.close();
});

async function send(token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(
    system.gateway.url,
    { query, variables },
    token ? { authorization: `Bearer ${token}` } : {},
  );
}

describe('the logs', () => {
  it('hold no e-mail address or phone number, whatever the traffic', async () => {
    const [first, second] = system.population.persons;
    const contactQuery = 'query ($id: ID!) { person(id: $id) { name email phone } }';
    const addPerson = `mutation ($input: AddPersonInput!) { addPerson(input: $input) { person { id } userErrors { code } } }`;
    const updateContact = `mutation ($input: UpdatePersonContactDetailsInput!) {
      updatePersonContactDetails(input: $input) { person { email } userErrors { code } } }`;

    for (const token of [undefined, tokens['kr'], tokens['admin'], tokens['bound']]) {
      await send(token, contactQuery, { id: first!.id });
      await send(token, contactQuery, { id: second!.id });
    }
    await send(
      undefined,
      'query ($name: SearchText!) { searchPersons(name: $name) { edges { node { name } } } }',
      {
        name: first!.email!,
      },
    );
    // A GET request carries its variables in the URL.
    await fetch(
      `${system.gateway.url}?query=${encodeURIComponent(contactQuery)}&variables=${encodeURIComponent(
        JSON.stringify({ id: first!.id, note: first!.email }),
      )}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    const input = (overrides: Record<string, unknown>) => ({
      input: {
        municipalityNumber: first!.municipalityNumber,
        givenName: 'Kari',
        familyName: 'Nordmann',
        email: written.email,
        phone: written.phone,
        ...overrides,
      },
    });
    // Refused by the policy, then written, then refused as a duplicate.
    await send(tokens['bound'], addPerson, input({}));
    await send(tokens['admin'], addPerson, input({}));
    await send(tokens['admin'], addPerson, input({}));
    // Bad input the database itself refuses (a NUL byte), and input the scalars refuse.
    await send(tokens['admin'], addPerson, input({ givenName: 'Ka\u0000ri', email: written.nulEmail }));
    await send(tokens['admin'], addPerson, input({ email: 'not an address but personal@' }));
    await send(tokens['admin'], updateContact, { input: { personId: second!.id, email: first!.email } });
    await send(tokens['admin'], updateContact, { input: { personId: second!.id, phone: '+4799887766' } });
    // A token that does not verify, and one for nobody.
    await send('not-a-token', contactQuery, { id: first!.id });

    const emails = [written.email, written.nulEmail, ...system.population.persons.map((p) => p.email!)];
    const phones = [
      written.phone,
      '+4799887766',
      ...system.population.persons.flatMap((p) => (p.phone ? [p.phone] : [])),
    ];
    const needles = [...emails, ...phones, ...phones.map((phone) => phone.replace(/^\+47/, ''))];
    expect(logLines.length).toBeGreaterThan(20);
    // The traffic above did reach the subgraphs and fail there at least once.
    expect(logLines.some((line) => line['service'] === 'municipality' && line['msg'] === 'request')).toBe(
      true,
    );
    const leaks = logLines
      .map((line) => JSON.stringify(line))
      .flatMap((line) =>
        needles.filter((needle) => line.includes(needle)).map((needle) => ({ needle, line })),
      );
    expect(leaks).toEqual([]);
  });
});
