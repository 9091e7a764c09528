import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AllMunicipalitiesOrganisationDocument,
  type AllMunicipalitiesOrganisationQuery,
} from '@registers/client';
import {
  AddPersonDocument,
  AddPositionDocument,
  CompanyByOrganizationNumberDocument,
  StartCompanyRoleDocument,
  UpdateCompanyDocument,
  StartEmploymentDocument,
  UpdateDeclarationDocument,
  UpdatePersonContactDetailsDocument,
  UpdateUnitDocument,
} from '../src/generated/operations.ts';
import { readGatewayConfig } from '../src/config.ts';
import { kommunenokkelenPath } from '../src/kommunenokkelen/route.ts';
import { execute, startSystem, type System, dataAs } from './support/system.ts';

/**
 * The Kommunenøkkelen document (GET /kommunenokkelen.json): what the public pull answers, kept
 * current from both change feeds, with a strong ETag that changes exactly with the content.
 */
let system: System;
let adminToken = '';
let documentUrl = '';

beforeAll(async () => {
  system = await startSystem({
    demoScale: 0.005,
    driver: 'postgres',
    // The test polls the document far more often than the public's rate limit allows.
    gatewayEnv: { KOMMUNENOKKELEN_POLL_MS: '100', RATE_LIMIT_PER_MINUTE: '1000000' },
  });
  adminToken = await system.tokenFor({ subject: 'kn-admin', roles: ['administrator'] });
  documentUrl = new URL(kommunenokkelenPath, system.gateway.url).href;
});
afterAll(async () => {
  await system?.close();
});

const asAdmin = <TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) =>
  dataAs(system.gateway.url, adminToken, document, variables);

async function fetchDocument(headers: Record<string, string> = {}) {
  const response = await fetch(documentUrl, { headers });
  const text = await response.text();
  return { response, text, etag: response.headers.get('etag') };
}

/** The document once built (503 with Retry-After until then). */
async function readyDocument() {
  for (let tries = 0; ; tries++) {
    const fetched = await fetchDocument();
    if (fetched.response.status === 200) return fetched;
    expect(fetched.response.status).toBe(503);
    expect(fetched.response.headers.get('retry-after')).toBe('5');
    if (tries > 300) throw new Error('the document was not built within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls the document until `seen` holds; returns it and how long that took. */
async function documentWhere(seen: (document: AllMunicipalitiesOrganisationQuery, text: string) => boolean) {
  const started = performance.now();
  for (;;) {
    const fetched = await fetchDocument();
    expect(fetched.response.status).toBe(200);
    const document = JSON.parse(fetched.text) as AllMunicipalitiesOrganisationQuery;
    if (seen(document, fetched.text)) return { ...fetched, document, ms: performance.now() - started };
    if (performance.now() - started > 5_000) throw new Error('the change did not reach the document in 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The public pull through the gateway, as an anonymous caller sends it. */
async function publicPull() {
  const response = await execute(system.gateway.url, AllMunicipalitiesOrganisationDocument);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const secret = 'Hemmelig Upublisert AS';

describe('the Kommunenøkkelen document', () => {
  let etag = '';
  let municipalityNumber = '';
  let unitId = '';
  let personId = '';

  it('is the public pull, with a strong ETag and both feed positions', async () => {
    const { response, text } = await readyDocument();
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(response.headers.has('x-feed-position-municipality')).toBe(true);
    expect(response.headers.has('x-feed-position-interests')).toBe(true);
    const document = JSON.parse(text) as AllMunicipalitiesOrganisationQuery;
    expect(document).toEqual(await publicPull());
    expect(document.municipalities.length).toBeGreaterThan(300);
    etag = response.headers.get('etag')!;
    const withUnits = document.municipalities.find((municipality) => municipality.units.length > 0)!;
    municipalityNumber = withUnits.number;
    unitId = withUnits.units[0]!.id;
  });

  it('answers 304 to a matching If-None-Match, 200 to another', async () => {
    const matching = await fetchDocument({ 'if-none-match': etag });
    expect(matching.response.status).toBe(304);
    expect(matching.text).toBe('');
    expect(matching.etag).toBe(etag);
    expect((await fetchDocument({ 'if-none-match': '"another"' })).response.status).toBe(200);
  });

  it('is gzipped when the client accepts it', async () => {
    const plain = await fetchDocument({ 'accept-encoding': 'identity' });
    const gzipped = await fetchDocument({ 'accept-encoding': 'gzip' });
    expect(gzipped.response.headers.get('content-encoding')).toBe('gzip');
    // fetch undoes the gzip.
    expect(gzipped.text).toBe(plain.text);
    expect(gzipped.etag).toBe(plain.etag);
  });

  it('is the same for an administrator as for the public', async () => {
    const anonymous = await fetchDocument();
    const administrator = await fetchDocument({ authorization: `Bearer ${adminToken}` });
    expect(administrator.response.status).toBe(200);
    expect(administrator.etag).toBe(anonymous.etag);
    expect(administrator.text).toBe(anonymous.text);
  });

  it('shows a renamed unit after the next poll', async () => {
    const { updateUnit } = await asAdmin(UpdateUnitDocument, { input: { id: unitId, name: 'Omdøpt enhet' } });
    expect(updateUnit.userErrors).toEqual([]);
    const after = await documentWhere((document) =>
      document.municipalities.some((m) =>
        m.units.some((unit) => unit.id === unitId && unit.name === 'Omdøpt enhet'),
      ),
    );
    expect(after.document).toEqual(await publicPull());
    expect(after.etag).not.toBe(etag);
    etag = after.etag!;
  });

  it('shows a new person with an employment', async () => {
    const { addPerson } = await asAdmin(AddPersonDocument, {
      input: {
        municipalityNumber,
        givenName: 'Kari',
        familyName: 'Nøkkelsen',
        email: 'kari.nokkelsen@example.no',
      },
    });
    expect(addPerson.userErrors).toEqual([]);
    personId = String(addPerson.person!.id);
    const { startEmployment } = await asAdmin(StartEmploymentDocument, {
      input: { personId, unitId, title: 'Rådgiver', startDate: '2026-01-01' },
    });
    expect(startEmployment.userErrors).toEqual([]);
    const after = await documentWhere((_document, text) => text.includes(personId));
    expect(after.document).toEqual(await publicPull());
    expect(after.etag).not.toBe(etag);
    etag = after.etag!;
  });

  it("shows a company's new name and a new role in it under every owner", async () => {
    const document = JSON.parse((await fetchDocument()).text) as AllMunicipalitiesOrganisationQuery;
    const owners = new Map<string, string[]>();
    for (const municipality of document.municipalities) {
      for (const { company } of municipality.companyOwnerships) {
        owners.set(company.organizationNumber, [
          ...(owners.get(company.organizationNumber) ?? []),
          municipality.number,
        ]);
      }
    }
    const [organizationNumber, shownIn] = [...owners].find(([, numbers]) => numbers.length > 1)!;
    const { company } = await asAdmin(CompanyByOrganizationNumberDocument, { organizationNumber });
    const shows = (
      document: AllMunicipalitiesOrganisationQuery,
      seen: (c: { name: string; roles: { person: { id: string } }[] }) => boolean,
    ) =>
      shownIn.every((number) =>
        document.municipalities
          .find((municipality) => municipality.number === number)!
          .companyOwnerships.some(
            (ownership) =>
              ownership.company.organizationNumber === organizationNumber && seen(ownership.company),
          ),
      );

    const { updateCompany } = await asAdmin(UpdateCompanyDocument, {
      input: { id: company!.id, name: 'Nøkkelselskapet AS' },
    });
    expect(updateCompany.userErrors).toEqual([]);
    const renamed = await documentWhere((document) =>
      shows(document, (c) => c.name === 'Nøkkelselskapet AS'),
    );
    expect(renamed.document).toEqual(await publicPull());

    // A role is filed under the first owner only; every owner shows it.
    const { startCompanyRole } = await asAdmin(StartCompanyRoleDocument, {
      input: { companyId: company!.id, personId, role: 'BOARD_MEMBER', startDate: '2026-01-01' },
    });
    expect(startCompanyRole.userErrors).toEqual([]);
    const withRole = await documentWhere((document) =>
      shows(document, (c) => c.roles.some((role) => role.person.id === personId)),
    );
    expect(withRole.document).toEqual(await publicPull());
    etag = withRole.etag!;
  });

  it('keeps its ETag when a change shows nowhere in it, yet moves its feed position', async () => {
    const before = await fetchDocument();
    const position = before.response.headers.get('x-feed-position-municipality');
    const { updatePersonContactDetails } = await asAdmin(UpdatePersonContactDetailsDocument, {
      input: { personId, phone: '55 55 55 55' },
    });
    expect(updatePersonContactDetails.userErrors).toEqual([]);
    const started = performance.now();
    for (;;) {
      const fetched = await fetchDocument();
      if (fetched.response.headers.get('x-feed-position-municipality') !== position) {
        expect(fetched.etag).toBe(etag);
        expect(fetched.text).toBe(before.text);
        break;
      }
      if (performance.now() - started > 5_000) throw new Error('the feed position did not move in 5 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  it('shows a published declaration, and never an unpublished one', async () => {
    // Styrevervregisteret knows the new person once it has followed Kommuneregisteret's feed.
    await system.interests.follower!.catchUp();
    const accepted = await asAdmin(UpdateDeclarationDocument, { input: { personId, acceptTerms: true } });
    expect(accepted.updateDeclaration.userErrors).toEqual([]);
    const { addPosition } = await asAdmin(AddPositionDocument, {
      input: { personId, category: 'OTHER', organizationName: secret },
    });
    expect(addPosition.userErrors).toEqual([]);
    // Unpublished: nothing of it may show, however long we wait.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await fetchDocument()).text).not.toContain(secret);

    const { updateDeclaration } = await asAdmin(UpdateDeclarationDocument, {
      input: { personId, published: true },
    });
    expect(updateDeclaration.userErrors).toEqual([]);
    const published = await documentWhere((_document, text) => text.includes(secret));
    expect(published.document).toEqual(await publicPull());
    expect(published.etag).not.toBe(etag);
    etag = published.etag!;

    await asAdmin(UpdateDeclarationDocument, { input: { personId, published: false } });
    const unpublished = await documentWhere((_document, text) => !text.includes(secret));
    expect(unpublished.document).toEqual(await publicPull());
    expect(unpublished.etag).not.toBe(etag);
  });
});

describe('KOMMUNENOKKELEN_POLL_MS', () => {
  it('is 250 ms by default; 0 or off turns the document off; anything else stops the start', () => {
    expect(readGatewayConfig({}).kommunenokkelenPollMs).toBe(250);
    expect(readGatewayConfig({ KOMMUNENOKKELEN_POLL_MS: 'off' }).kommunenokkelenPollMs).toBe(0);
    expect(readGatewayConfig({ KOMMUNENOKKELEN_POLL_MS: '0' }).kommunenokkelenPollMs).toBe(0);
    expect(() => readGatewayConfig({ KOMMUNENOKKELEN_POLL_MS: 'soon' })).toThrow(/KOMMUNENOKKELEN_POLL_MS/);
  });

  it('a gateway closing during the first build does not wait for the rest of it', async () => {
    const gateway = await system.startAnotherGateway({ KOMMUNENOKKELEN_POLL_MS: '100' });
    expect((await fetch(new URL(kommunenokkelenPath, gateway.url))).status).toBe(503);
    const started = performance.now();
    await gateway.close();
    // The whole first build takes seconds here; a stop waits only for the fragments in flight.
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('off: the gateway serves no document', async () => {
    const gateway = await system.startAnotherGateway({ KOMMUNENOKKELEN_POLL_MS: 'off' });
    expect((await fetch(new URL(kommunenokkelenPath, gateway.url))).status).toBe(404);
  });
});
