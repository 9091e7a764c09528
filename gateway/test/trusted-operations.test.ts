import { CountiesDocument, documentId, MunicipalityOrganisationDocument } from '@registers/client';
import manifest from '@registers/client/persisted-documents.json' with { type: 'json' };
import type { RunningService } from '@registers/platform';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startSystem, type System } from './support/system.ts';

/**
 * Trusted operations: the manifest of @registers/client's operations, run by hash in Apollo's
 * convention and GraphQL over HTTP's; a partner system runs nothing else. On the HTTP thread
 * (the system's gateway) and through a worker thread alike.
 */
let system: System;
let withWorker: RunningService;
let partner = '';
let contact = '';

const countiesHash = documentId(CountiesDocument).replace('sha256:', '');
const apq = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const freeForm = '{ counties { number } }';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.01, driver: 'postgres' });
  withWorker = await system.startAnotherGateway({ GATEWAY_WORKERS: '1' });
  partner = await system.tokenFor({ subject: 'ssb', roles: ['partner'] });
  contact = await system.tokenFor({ subject: 'kr', roles: ['kr-contact'], municipalities: ['4601'] });
});
afterAll(async () => {
  await system?.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each([
  ['on the HTTP thread', () => system.gateway.url],
  ['in a worker thread', () => withWorker.url],
])('trusted operations %s', (_where, url) => {
  it("answers a partner's operation by its hash in Apollo's convention", async () => {
    const response = await postGraphQL<{ counties: unknown[] }>(url(), apq(countiesHash), bearer(partner));
    expect(response.errors).toBeUndefined();
    expect(response.data!.counties).toHaveLength(15);
  });

  it('answers it by documentId, with or without sha256:, and by doc_id, with variables', async () => {
    const hash = documentId(MunicipalityOrganisationDocument);
    for (const body of [
      { documentId: hash },
      { documentId: hash.replace('sha256:', '') },
      { doc_id: hash.replace('sha256:', '') },
    ]) {
      const response = await postGraphQL<{ municipality: { name: string; county: { number: string } } }>(
        url(),
        { ...body, variables: { number: '4601' } },
        bearer(partner),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.municipality).toMatchObject({ name: 'Bergen', county: { number: '46' } });
    }
  });

  it('answers it by GET', async () => {
    const search = new URLSearchParams({ documentId: `sha256:${countiesHash}` });
    const response = await fetch(`${url()}?${search}`, {
      headers: { ...bearer(partner), 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { counties: unknown[] } }).data.counties).toHaveLength(15);
  });

  it('answers an unknown hash PERSISTED_QUERY_NOT_FOUND, in either convention, for anyone', async () => {
    const unknown = 'ab'.repeat(32);
    for (const [body, headers] of [
      [apq(unknown), bearer(partner)],
      [{ documentId: `sha256:${unknown}` }, bearer(partner)],
      [apq(unknown), {}],
      [{ documentId: 'not-a-hash' }, bearer(contact)],
    ] as const) {
      const response = await postGraphQL(url(), body, headers);
      expect(response.status).toBe(404);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });

  it("refuses a partner's query of its own, PERSISTED_QUERY_NOT_IN_LIST", async () => {
    const response = await postGraphQL(url(), { query: freeForm }, bearer(partner));
    expect(response.status).toBe(403);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it("refuses a partner's batch or malformed GET before Apollo sees it", async () => {
    const batch = await postGraphQL(url(), [apq(countiesHash), { query: freeForm }], bearer(partner));
    expect(batch.status).toBe(400);
    expect(batch.errors?.[0]).toMatchObject({
      message: 'Not a request a partner may send.',
      extensions: { code: 'BAD_REQUEST' },
    });
    const search = new URLSearchParams({ query: freeForm, extensions: '{not json' });
    const response = await fetch(`${url()}?${search}`, {
      headers: { ...bearer(partner), 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Not a request a partner may send.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('runs the same query for the public and a signed-in caller who is no partner', async () => {
    for (const headers of [{}, bearer(contact)]) {
      const response = await postGraphQL<{ counties: unknown[] }>(url(), { query: freeForm }, headers);
      expect(response.errors).toBeUndefined();
      expect(response.data!.counties).toHaveLength(15);
    }
  });

  it("runs a partner's query that is a trusted document's exact text", async () => {
    const text = (manifest as Record<string, string>)[`sha256:${countiesHash}`]!;
    const response = await postGraphQL<{ counties: unknown[] }>(url(), { query: text }, bearer(partner));
    expect(response.errors).toBeUndefined();
    expect(response.data!.counties).toHaveLength(15);
  });

  it("never runs another query under a trusted document's hash", async () => {
    const widened = '{ changeReceipts { follower } counties { number name } }';
    for (const headers of [bearer(partner), bearer(contact)]) {
      for (const body of [
        { query: widened, ...apq(countiesHash) },
        { query: widened, documentId: `sha256:${countiesHash}` },
        { query: print(CountiesDocument).replace('name', 'name organizationNumber'), ...apq(countiesHash) },
      ]) {
        const response = await postGraphQL(url(), body, headers);
        expect(response.status).toBe(400);
        expect(response.data).toBeUndefined();
        expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
      }
    }
  });

  it("runs a caller's own query sent with its own hash (an APQ client's retry) for a non-partner only", async () => {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(freeForm).digest('hex');
    const asContact = await postGraphQL<{ counties: unknown[] }>(
      url(),
      { query: freeForm, ...apq(hash) },
      bearer(contact),
    );
    expect(asContact.errors).toBeUndefined();
    expect(asContact.data!.counties).toHaveLength(15);
    const asPartner = await postGraphQL(url(), { query: freeForm, ...apq(hash) }, bearer(partner));
    expect(asPartner.status).toBe(403);
    expect(asPartner.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('refuses a persistedQuery version other than 1', async () => {
    const response = await postGraphQL(
      url(),
      { extensions: { persistedQuery: { version: 2, sha256Hash: countiesHash } } },
      bearer(partner),
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('the manifest', () => {
  it("holds every document of @registers/client, each under its text's sha256", async () => {
    const { createHash } = await import('node:crypto');
    for (const [id, text] of Object.entries(manifest as Record<string, string>)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
    expect(Object.keys(manifest)).toContain(documentId(CountiesDocument));
  });

  it('stops start-up when a hash is not its document', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    writeFileSync(path, JSON.stringify({ [`sha256:${countiesHash}`]: freeForm }));
    await expect(system.startAnotherGateway({ PERSISTED_DOCUMENTS_PATH: path })).rejects.toThrow(
      /PERSISTED_DOCUMENTS_PATH: sha256:[0-9a-f]+ is not the sha256 of its document/,
    );
  });
});
