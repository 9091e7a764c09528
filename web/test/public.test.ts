import { execFileSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { generateDemoDeclarations } from '@registers/interests';
import { readMunicipalities } from '@registers/reference-data';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddPositionDocument, UpdateDeclarationDocument } from '../../gateway/src/generated/operations.ts';
import { startSystem, type System, dataAs } from '../../gateway/test/support/system.ts';
import { checkPage, launchBrowser, newPage } from './support/browser.ts';

/**
 * The public pages in a real browser (Debian's Chromium, headless), served by the gateway from
 * the built web app, as the public: a search finds a published declaration and never an
 * unpublished one; county → municipality → unit by links; no axe violations (WCAG 2.1 A and AA)
 * on any page. A screenshot of each page goes to docs/screenshots/ for the README.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const demoScale = 0.005;

let system: System;
let browser: Browser;
let page: Page;
let base = '';

const published = { organization: 'Nettsidetestens Fjordkraft AS', role: 'Styreleder' };
const unpublished = { organization: 'Nettsidetestens Skjulte Eiendom AS', role: 'Styremedlem' };
let publishedName = '';
let unpublishedName = '';
let unpublishedId = '';

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem({ demoScale, driver: 'postgres' }), launchBrowser()]);
  base = new URL('/', system.gateway.url).href;
  page = await newPage(browser);

  // Two persons with no demo declaration, each declaring a position as its holder: one publishes.
  const declared = new Set(generateDemoDeclarations(demoScale).declarations.map((d) => d.personId));
  const [first, second] = system.population.persons.filter((person) => !declared.has(person.id));
  for (const [person, position, publish] of [
    [first!, published, true],
    [second!, unpublished, false],
  ] as const) {
    const token = await system.tokenFor({
      subject: `web-${person.id}`,
      roles: ['position-holder'],
      personId: person.id,
    });
    const asHolder = <TData, TVariables>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
    ) => dataAs(system.gateway.url, token, document, variables);
    await asHolder(AddPositionDocument, {
      input: {
        personId: person.id,
        category: 'COMPANY_BOARD',
        organizationName: position.organization,
        role: position.role,
      },
    });
    await asHolder(UpdateDeclarationDocument, {
      input: { personId: person.id, acceptTerms: true, published: publish },
    });
  }
  publishedName = `${first!.givenName} ${first!.familyName}`;
  unpublishedName = `${second!.givenName} ${second!.familyName}`;
  unpublishedId = second!.id;
});
afterAll(async () => {
  await browser?.close();
  await system?.close();
});

describe('the public web', () => {
  it('is served at / beside /graphql, every page of the app as its index.html', async () => {
    for (const path of ['/', '/kommune/4601', '/sok']) {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<div id="root"></div>');
    }
    expect((await fetch(new URL('/assets/finnes-ikke.js', base))).status).toBe(404);
    expect((await fetch(new URL('/..%2f..%2fpackage.json', base))).status).not.toBe(200);
    expect((await fetch(new URL('/health', base))).status).toBe(200);
  });

  it('finds a published declaration by organisation, and never an unpublished one', async () => {
    await page.goto(base);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Kommuneregisteret og Styrevervregisteret');
    await checkPage(page, 'forside');
    // The keyboard starts at the skip link, which leads to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#innhold');

    // By keyboard: the organisation field, the term, Enter.
    await page.getByLabel('Organisasjon').focus();
    await page.keyboard.type('Nettsidetestens');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\?/);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Viser 1 erklæring.');
    const results = page.locator('main');
    await expect.poll(() => results.textContent()).toContain(publishedName);
    const text = (await results.textContent())!;
    expect(text).toContain(`Styreverv i selskap: ${published.organization} (${published.role})`);
    expect(text).not.toContain(unpublished.organization);
    expect(text).not.toContain(unpublishedName);
    await checkPage(page, 'sok');

    // The unpublished one is not found by its own organisation or its person's name either.
    await page.goto(`${base}sok?organisasjon=${encodeURIComponent(unpublished.organization)}`);
    await expect.poll(() => status.textContent()).toBe('Ingen offentlige erklæringer passer med søket.');
    await page.goto(`${base}sok?navn=${encodeURIComponent(unpublishedName)}`);
    await expect.poll(() => status.textContent()).not.toBe('Søker …');
    expect(await results.textContent()).not.toContain(unpublished.organization);

    // The found person's page shows the declaration.
    await page.goto(`${base}sok?organisasjon=Nettsidetestens`);
    await page.getByRole('link', { name: publishedName }).click();
    await page.waitForURL(/\/person\//);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(publishedName);
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain(published.organization);
    await checkPage(page, 'person');

    // The person who did not publish: their page says so, and shows nothing of the declaration.
    await page.goto(`${base}person/${unpublishedId}`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Personen har ingen offentlig erklæring.');
    expect(await page.locator('main').textContent()).not.toContain(unpublished.organization);
  });

  it('pages through the search results by the connection cursor', async () => {
    // Every published declaration (blank terms filter nothing), 20 a page.
    await page.goto(`${base}sok?navn=&organisasjon=`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Viser 20 erklæringer\. Det finnes flere\.$/);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Viser (2[1-9]|3\d|40) erklæringer/);
    // The second page continues the first: no person twice.
    const persons = await page
      .locator('main h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(persons.length).toBeGreaterThan(20);
    expect(new Set(persons).size).toBe(persons.length);
  });

  it('browses county → municipality → unit by links', async () => {
    // A top unit of a municipality (not a county municipality: those are not in a county's list).
    const municipalities = new Map(readMunicipalities().map((m) => [m.number, m]));
    // Bergen's when it has one: the demo always gives Bergen its elected bodies.
    const tops = system.population.units.filter(
      (u) => u.parentId === null && municipalities.has(u.municipalityNumber),
    );
    const unit = tops.find((u) => u.municipalityNumber === '4601') ?? tops[0]!;
    const municipality = municipalities.get(unit.municipalityNumber)!;

    // By keyboard: the main menu's link, Enter; the new page's heading takes the focus.
    await page.goto(base);
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Fylker og kommuner' })
      .focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.outerHTML))
      .toMatch(/^<h1[^>]*>Fylker<\/h1>$/);
    expect(await page.title()).toBe('Fylker – Registertjenester');
    // Oslo is a county of one municipality.
    expect(await page.getByRole('listitem').filter({ hasText: 'Oslo' }).first().textContent()).toBe(
      'Oslo (1 kommune)',
    );
    await checkPage(page, 'fylker');

    const countyLink = page.locator(`a[href="/fylke/${unit.municipalityNumber.slice(0, 2)}"]`);
    await countyLink.click();
    await page.waitForURL(/\/fylke\/\d{2}$/);
    await page.getByRole('link', { name: municipality.name, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/kommune/${municipality.number}$`));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(municipality.name);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Enheter' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Folkevalgte organer' }).count()).toBe(1);
    await checkPage(page, 'kommune');

    await page.getByRole('link', { name: unit.name, exact: true }).first().click();
    await page.waitForURL(/\/enhet\//);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(unit.name);
    const trail = page.getByRole('navigation', { name: 'Du er her' });
    expect(await trail.getByRole('link', { name: municipality.name }).count()).toBe(1);
    await checkPage(page, 'enhet');

    // Back through the history: the municipality again, from the browser's own back button.
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(municipality.name);
  });

  it("is built by npm start's build only when one of its sources changed", () => {
    const build = (...args: string[]) =>
      execFileSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: root, encoding: 'utf8' });
    // Built by the test run's setup: a warm start builds nothing.
    expect(build('--dry-run')).toBe('nothing to build\n');
    expect(build()).toBe('');

    // A web source changed: the web app would be built again, and the services not. The source's
    // time is put back at once, so no other test file's start builds meanwhile for nothing.
    const source = `${root}web/src/App.tsx`;
    const { atime, mtime } = statSync(source);
    utimesSync(source, new Date(), new Date());
    try {
      expect(build('--dry-run')).toBe('would build the web app\n');
    } finally {
      utimesSync(source, atime, mtime);
    }
    expect(build('--dry-run')).toBe('nothing to build\n');
  });
});
