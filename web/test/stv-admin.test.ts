import { generateDemoDeclarations } from '@registers/interests';
import {
  ChangeReceiptsDocument,
  ElectionReconciliationDocument,
  MunicipalityContactPersonsDocument,
} from '@registers/client';
import { startTestSmtpServer, type TestSmtpServer } from '@registers/platform/testing-mail';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAs, postGraphQL, startSystem, type System } from '../../gateway/test/support/system.ts';
import { checkPage, launchBrowser, newPage, signInPage } from './support/browser.ts';

/**
 * The Styrevervregisteret desk and the administrators' pages in a real browser against the whole
 * system: a contact person's manual notice arrives at a real SMTP server; the reconciliation
 * after an election is started, followed and a holder's report resolved; an administrator
 * imports change messages from a file, assigns a contact person and reads the feed's receipts;
 * someone else gets a plain refusal, and the gateway refuses them too. axe on every page.
 */
const demoScale = 0.002;
const period = 2027;

let system: System;
let smtp: TestSmtpServer;
let browser: Browser;
let base = '';
const tokens: Record<string, string> = {};

/** The municipality with a council, its re-elected members, the municipality of the notice's recipient. */
let M = '';
let councillors: { id: string; name: string; list: string }[] = [];
let recipient: { id: string; name: string; email: string; municipalityNumber: string };

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL<Record<string, any>>(
    system.gateway.url,
    { query, variables },
    { authorization: `Bearer ${token}` },
  );
  expect(response.errors, query).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  [system, browser] = await Promise.all([
    startSystem({
      demoScale,
      driver: 'postgres',
      subgraphEnv: { SMTP_URL: smtp.url, MAIL_FROM: 'ikke-svar@example.no' },
      interestsOptions: {
        jobsOptions: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutMs: 5_000 },
        noticeRetryDelaySeconds: 1,
        electionLinkDelaySeconds: 0,
      },
    }),
    launchBrowser(),
  ]);
  base = new URL('/', system.gateway.url).href;
  tokens['admin'] = await system.tokenFor({ subject: 'web-admin', roles: ['administrator'] });

  // A holder with a declaration and an address, whom their municipality's contact person notifies.
  const declared = new Set(generateDemoDeclarations(demoScale).declarations.map((d) => d.personId));
  const person = system.population.persons.find(
    (p) => declared.has(p.id) && p.email && p.municipalityNumber,
  )!;
  recipient = {
    id: person.id,
    name: `${person.givenName} ${person.familyName}`,
    email: person.email!,
    municipalityNumber: person.municipalityNumber!,
  };
  tokens['stv-recipient'] = await system.tokenFor({
    subject: 'web-stv-r',
    roles: ['stv-contact'],
    municipalities: [recipient.municipalityNumber],
  });

  // A municipality with a council, and three of its members with a name of their own.
  const { municipalities } = await gql(
    tokens['admin'],
    `{ municipalities { number electedBodies { kind members { role party { code name } person { id name } } } } }`,
  );
  const withCouncil = municipalities.find((m: any) =>
    m.electedBodies.some((b: any) => b.kind === 'MUNICIPAL_COUNCIL'),
  );
  M = withCouncil.number;
  const everyone = withCouncil.electedBodies.flatMap((b: any) => b.members);
  const named = (name: string) =>
    new Set(everyone.filter((m: any) => m.person.name === name).map((m: any) => m.person.id)).size;
  councillors = withCouncil.electedBodies
    .find((b: any) => b.kind === 'MUNICIPAL_COUNCIL')
    .members.filter((m: any) => m.role !== 'SUBSTITUTE' && m.party && named(m.person.name) === 1)
    .slice(0, 2)
    .map((m: any) => ({ id: m.person.id, name: m.person.name, list: m.party.code ?? m.party.name }));
  expect(councillors).toHaveLength(2);
  tokens['stv-M'] = await system.tokenFor({
    subject: 'web-stv-m',
    roles: ['stv-contact'],
    municipalities: [M],
  });
  tokens['kr-M'] = await system.tokenFor({ subject: 'web-kr-m', roles: ['kr-contact'], municipalities: [M] });
});
afterAll(async () => {
  await browser?.close();
  await system?.close();
  await smtp?.close();
});

/** A fresh tab (its own sessionStorage) signed in as one of the tokens above. */
async function pageAs(who: string): Promise<Page> {
  const page = await newPage(browser);
  // An action that finds nothing fails the test by name, before the test's own time is up.
  page.setDefaultTimeout(8_000);
  await signInPage(page, tokens[who]!);
  return page;
}
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe("Styrevervregisteret's desk", () => {
  it("sends a contact person's manual notice to a chosen holder, who gets it by e-mail", async () => {
    const page = await pageAs('stv-recipient');
    const number = recipient.municipalityNumber;
    await page.goto(`${base}skrivebord/${number}/varsler`);
    await expect.poll(() => heading(page)).toBe('Send varsel');
    await expect.poll(() => page.getByRole('checkbox').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: `Tilbake til skrivebordet for ${number}` }).count()).toBe(1);
    // Only persons the municipality registered, with a declaration: the recipient is one.
    await page.getByLabel('Finn person på navn').fill(recipient.name);
    await page.getByRole('button', { name: 'Søk' }).click();
    const box = page.getByRole('checkbox', { name: recipient.name });
    await expect.poll(() => box.count()).toBe(1);
    // By keyboard: Space chooses the person, Enter on the button sends.
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await checkPage(page, 'skrivebord-varsler');
    await page.getByRole('button', { name: 'Send varsel til 1 person' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main').textContent()).toContain('Varselet er sendt til 1 person.');

    await expect
      .poll(
        () => smtp.received.find((mail) => !Array.isArray(mail.to) && mail.to?.text === recipient.email),
        {
          timeout: 20_000,
        },
      )
      .toBeTruthy();
    const mail = smtp.received.find((m) => !Array.isArray(m.to) && m.to?.text === recipient.email)!;
    expect(mail.subject).toBe('Se over dine verv og interesser i Styrevervregisteret');
    await page.close();
  });

  it('starts the reconciliation after an election, shows its progress, and resolves a report', async () => {
    // Kommuneregisteret's contact person loads and confirms the result: the two re-elected and a newcomer.
    const loaded = await gql(
      tokens['kr-M']!,
      `mutation ($input: LoadElectionResultInput!) { loadElectionResult(input: $input) { electionResult { id } userErrors { code message } } }`,
      {
        input: {
          municipalityNumber: M,
          periodStartYear: period,
          candidates: [
            ...councillors.map((c) => ({ body: 'MUNICIPAL_COUNCIL', list: c.list, name: c.name })),
            { body: 'MUNICIPAL_COUNCIL', list: 'Bygdelista for framtida', name: 'Synnøve Nettsidetest' },
          ],
        },
      },
    );
    expect(loaded['loadElectionResult'].userErrors).toEqual([]);
    const confirmed = await gql(
      tokens['kr-M']!,
      `mutation ($input: ConfirmElectionResultInput!) { confirmElectionResult(input: $input) { electionResult { candidates { match person { id } } } userErrors { code } } }`,
      { input: { id: loaded['loadElectionResult'].electionResult.id } },
    );
    expect(confirmed['confirmElectionResult'].userErrors).toEqual([]);
    const newcomerId = confirmed['confirmElectionResult'].electionResult.candidates.find(
      (c: any) => c.match === 'NEW_PERSON',
    ).person.id;

    const page = await pageAs('stv-M');
    await page.goto(`${base}skrivebord/${M}/valg?periode=${period}`);
    await expect.poll(() => heading(page)).toBe(`Avstemming etter valget i ${period}`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Ikke startet' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Start avstemmingen' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Framdrift' }).count(), { timeout: 15_000 })
      .toBe(1);

    // The page's counts per state are the register's.
    const { electionReconciliation } = await dataAs(
      system.gateway.url,
      tokens['stv-M']!,
      ElectionReconciliationDocument,
      {
        municipalityNumber: M,
        periodStartYear: period,
      },
    );
    expect(electionReconciliation!.persons.map((p) => p.person.id)).toEqual(
      expect.arrayContaining([...councillors.map((c) => c.id), newcomerId]),
    );
    const progressTable = page.getByRole('table', { name: 'Antall personer i hver tilstand' });
    await expect.poll(() => progressTable.getByRole('row').count()).toBeGreaterThan(1);

    // The newcomer reports a wrong match; the contact person resolves it on the page.
    const holder = await system.tokenFor({
      subject: 'web-newcomer',
      roles: ['position-holder'],
      personId: newcomerId,
    });
    const reported = await gql(
      holder,
      `mutation ($input: ReportElectionMatchErrorInput!) { reportElectionMatchError(input: $input) { report { id } userErrors { code } } }`,
      { input: { personId: newcomerId, message: 'Jeg satt i kommunestyret før under et annet navn.' } },
    );
    expect(reported['reportElectionMatchError'].userErrors).toEqual([]);
    await page.reload();
    await expect.poll(() => page.locator('main').textContent()).toContain('1 melding venter på deg.');
    expect(await page.locator('main').textContent()).toContain(
      '«Jeg satt i kommunestyret før under et annet navn.»',
    );
    await checkPage(page, 'skrivebord-valg');
    await page.getByLabel('Hvordan ble det løst?').selectOption('DISMISSED');
    await page.getByLabel('Notat (valgfritt)').fill('Ingen tidligere registrering funnet.');
    await page.getByRole('button', { name: 'Marker som løst' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('0 meldinger venter på deg.');
    expect(await page.locator('main').textContent()).toContain(
      'Avvist: ingenting var feil: Ingen tidligere registrering funnet.',
    );
    const after = await dataAs(system.gateway.url, tokens['stv-M']!, ElectionReconciliationDocument, {
      municipalityNumber: M,
      periodStartYear: period,
    });
    expect(after.electionReconciliation!.reports.map((r) => r.resolution)).toEqual(['DISMISSED']);
    await page.close();
  });
});

describe("the administrators' pages", () => {
  it('imports a file of Enhetsregisteret entities in batches as change messages', async () => {
    const unit = system.population.units.find((u) => u.organizationNumber)!;
    // Some 600 kB: sent in more than one request, each well under the gateway's body limit.
    const padding = 'x'.repeat(500);
    const entities = [
      { organisasjonsnummer: unit.organizationNumber, navn: `${unit.name} (nytt navn)` },
      { organisasjonsnummer: '923609016', navn: 'Ukjent AS' },
      ...Array.from({ length: 1_200 }, () => ({
        organisasjonsnummer: '923609016',
        navn: 'Ukjent AS',
        padding,
      })),
    ];
    const page = await pageAs('admin');
    await page.goto(`${base}admin/endringsmeldinger`);
    await expect.poll(() => heading(page)).toBe('Importer endringsmeldinger');
    await page.getByLabel('Fil fra Enhetsregisteret').setInputFiles({
      name: 'enheter.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(entities)),
    });
    const requestSizes: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql'))
        requestSizes.push(request.postDataBuffer()?.length ?? 0);
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    const main = page.locator('main');
    await expect
      .poll(() => main.textContent(), { timeout: 20_000 })
      .toContain('Importert: 1202 enheter lest.');
    const text = (await main.textContent())!;
    // Some 660 kB of entities in three requests, each well under the gateway's 1 MB body limit.
    expect(requestSizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...requestSizes)).toBeLessThan(400_000);
    expect(text).toContain('1 ny endringsmelding');
    expect(text).toContain('1 organisasjonsnummer uten enhet i Kommuneregisteret: 923609016');
    await checkPage(page, 'admin-endringsmeldinger');

    // The message is there to approve, against the unit.
    const { changeMessages } = await gql(
      tokens['admin']!,
      `query ($m: MunicipalityNumber) { changeMessages(municipalityNumber: $m) { edges { node { unit { id } } } } }`,
      { m: unit.municipalityNumber },
    );
    expect(changeMessages.edges.map((e: any) => e.node.unit.id)).toContain(unit.id);

    // A file that is not JSON is refused before anything is sent.
    await page.getByLabel('Fil fra Enhetsregisteret').setInputFiles({
      name: 'feil.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ ikke json'),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect.poll(() => main.textContent()).toContain('Importen stoppet: Filen er ikke gyldig JSON.');
    await page.close();
  });

  it('assigns a contact person found by name, removes the assignment, and shows the receipts', async () => {
    const person = system.population.persons.find((p) => p.municipalityNumber && p.id !== recipient.id)!;
    const name = `${person.givenName} ${person.familyName}`;
    const number = person.municipalityNumber!;
    // The interests subgraph's follower has read the feed to its end and acknowledged it.
    await system.interests.follower!.catchUp();
    const page = await pageAs('admin');
    await page.goto(`${base}admin`);
    await expect.poll(() => heading(page)).toBe('Administrasjon');
    await page.getByRole('link', { name: 'Kontaktpersoner og administratorer' }).click();
    await expect.poll(() => heading(page)).toBe('Kontaktpersoner og administratorer');

    await page.getByLabel('Finn person på navn').fill(name);
    await page.getByRole('button', { name: 'Søk' }).click();
    await page.getByRole('radio', { name }).first().check();
    await page.getByLabel('Rolle', { exact: true }).selectOption('STV');
    await page.getByLabel('Kommunenummer', { exact: false }).first().fill(number);
    await page.getByRole('button', { name: 'Tildel' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Tildelt: ${name}`);
    const table = page.getByRole('table', { name: /^Kontaktpersoner i / });
    await expect.poll(() => table.textContent()).toContain(name);
    await checkPage(page, 'admin-kontaktpersoner');

    // The register has it: the municipality's contact persons list them.
    const listed = async () =>
      (
        await dataAs(system.gateway.url, tokens['admin']!, MunicipalityContactPersonsDocument, { number })
      ).municipality!.contactPersons.filter((c) => c.person.id === person.id && c.role === 'STV').length;
    expect(await listed()).toBe(1);

    // Removed from the page's list of assignments made here.
    await page
      .getByRole('table', { name: 'Tildelinger gjort på denne siden' })
      .getByRole('button', { name: /^Fjern/ })
      .click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Fjernet: ${name}`);
    expect(await listed()).toBe(0);

    // The receipts: the interests subgraph's follower, behind by (at least) the assignment and its removal.
    await page.goto(`${base}admin/mottakere`);
    await expect.poll(() => heading(page)).toBe('Mottakere av endringer');
    const receipts = page.getByRole('table', { name: /^Kvitteringer/ });
    const row = receipts.getByRole('row', { name: /system:follower:interests/ });
    await expect.poll(() => row.textContent()).toMatch(/\d+ endring(er)?/);
    const { changeReceipts } = await dataAs(system.gateway.url, tokens['admin']!, ChangeReceiptsDocument, {});
    const follower = changeReceipts.find((r) => r.follower === 'system:follower:interests')!;
    expect(follower.behind).toBeGreaterThanOrEqual(2);
    expect(await row.textContent()).toContain(`${follower.behind} endringer`);
    await checkPage(page, 'admin-mottakere');

    // It acknowledges only the kinds of change it follows: after a person's change, read and
    // acknowledged, it is at the feed's end.
    await gql(
      tokens['admin']!,
      `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { code } } }`,
      { input: { id: person.id, givenName: `${person.givenName} Nettsidetest` } },
    );
    await system.interests.follower!.catchUp();
    await page.getByRole('button', { name: 'Oppdater' }).click();
    await expect.poll(() => row.textContent()).toContain('À jour');
    await page.close();
  });

  it('are refused to anyone else, with a plain message, and the gateway refuses them too', async () => {
    const page = await pageAs('stv-M');
    for (const path of ['admin', 'admin/endringsmeldinger', 'admin/kontaktpersoner', 'admin/mottakere']) {
      await page.goto(`${base}${path}`);
      await expect
        .poll(() => page.locator('main').textContent(), { message: path })
        .toContain(
          'Du har ikke tilgang til denne siden. Den er bare for administratorer av Registertjenester.',
        );
      expect(await page.getByRole('button', { name: /Importer|Tildel|Oppdater/ }).count(), path).toBe(0);
    }
    await checkPage(page, 'admin-ingen-tilgang');
    // Another municipality's desk is not theirs either.
    await page.goto(`${base}skrivebord/${M === '0301' ? '4601' : '0301'}/varsler`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Du er ikke kontaktperson for Styrevervregisteret');

    const refused = await postGraphQL<Record<string, any>>(
      system.gateway.url,
      { query: '{ changeReceipts { follower } }' },
      { authorization: `Bearer ${tokens['stv-M']}` },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const assign = await postGraphQL<Record<string, any>>(
      system.gateway.url,
      {
        query: `mutation ($input: AssignContactPersonInput!) { assignContactPerson(input: $input) { contactPerson { id } } }`,
        variables: { input: { personId: recipient.id, role: 'ADMINISTRATOR' } },
      },
      { authorization: `Bearer ${tokens['stv-M']}` },
    );
    expect(assign.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    // Signed out: the page asks for a sign-in.
    const signedOut = await newPage(browser);
    await signedOut.goto(`${base}admin/mottakere`);
    await expect
      .poll(() => signedOut.locator('main').textContent())
      .toContain('Du må være logget inn for å bruke denne siden.');
    await signedOut.close();
    await page.close();
  });
});
