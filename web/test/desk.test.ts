import { CreateUnitDocument, DeskUnitsDocument, UnitDocument } from '@registers/client';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataAs, postGraphQL, startSystem, type System } from '../../gateway/test/support/system.ts';
import { checkPage, launchBrowser, newPage, signInPage } from './support/browser.ts';

/**
 * The contact persons' desk in a real browser against the whole system: a Kommuneregisteret
 * contact person of one municipality keeps its units, persons, elected bodies, change messages
 * and companies, sees each userError next to its field, and the contact person of another
 * municipality gets none of it (neither from the page nor from the gateway). axe on every page,
 * with a screenshot of each for the README.
 */
const demoScale = 0.005;

let system: System;
let browser: Browser;
let page: Page;
let base = '';
let number = '';
let municipalityName = '';
let contactToken = '';
let otherToken = '';
let otherNumber = '';
let adminToken = '';
/** The unit Enhetsregisteret's change message is about. */
let registeredUnit = { id: '', name: '', organizationNumber: '' };
const renamedByEnhetsregisteret = 'Skrivebordstestens servicetorg';

/** A valid organisation number (mod 11) not in the demo register: 8 digits and a check digit. */
function organizationNumber(seed: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = seed; ; n++) {
    const digits = String(99_000_000 + n)
      .split('')
      .map(Number);
    const rest = digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
    const check = rest === 0 ? 0 : 11 - rest;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

/** Enhetsregisteret's name for the registered unit, taken in as an administrator: the pending messages made. */
async function importName(name: string): Promise<number> {
  const imported = await postGraphQL<{
    importEnhetsregisteretEntities: { messages: { id: string }[] };
  }>(
    system.gateway.url,
    {
      query: `mutation ($input: ImportEnhetsregisteretEntitiesInput!) {
        importEnhetsregisteretEntities(input: $input) { messages { id } } }`,
      variables: {
        input: {
          json: JSON.stringify([{ organisasjonsnummer: registeredUnit.organizationNumber, navn: name }]),
        },
      },
    },
    { authorization: `Bearer ${adminToken}` },
  );
  return imported.data?.importEnhetsregisteretEntities.messages.length ?? 0;
}

const heading = () => page.getByRole('heading', { level: 1 }).textContent();
const main = () => page.locator('main');

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem({ demoScale, driver: 'postgres' }), launchBrowser()]);
  base = new URL('/', system.gateway.url).href;
  const unit =
    system.population.units.find((u) => u.organizationNumber && u.municipalityNumber === '4601') ??
    system.population.units.find((u) => u.organizationNumber)!;
  number = unit.municipalityNumber;
  registeredUnit = { id: unit.id, name: unit.name, organizationNumber: unit.organizationNumber! };
  otherNumber = number === '0301' ? '4601' : '0301';
  contactToken = await system.tokenFor({
    subject: 'desk-kr',
    roles: ['kr-contact'],
    municipalities: [number],
  });
  otherToken = await system.tokenFor({
    subject: 'desk-other',
    roles: ['kr-contact'],
    municipalities: [otherNumber],
  });
  adminToken = await system.tokenFor({ subject: 'desk-admin', roles: ['administrator'] });
  const { municipality } = await dataAs(system.gateway.url, contactToken, DeskUnitsDocument, { number });
  municipalityName = municipality!.name;

  // A pending change message: Enhetsregisteret names the unit otherwise.
  expect(await importName(renamedByEnhetsregisteret)).toBe(1);

  page = await newPage(browser);
  await signInPage(page, contactToken);
});
afterAll(async () => {
  await browser?.close();
  await system?.close();
});

describe("the contact persons' desk", () => {
  it('lists the municipalities the contact person keeps, and leads to its desk', async () => {
    await page.goto(`${base}skrivebord`);
    await expect.poll(heading).toBe('Skrivebord');
    const link = page.getByRole('link', { name: `${municipalityName} (${number})` });
    await expect.poll(() => link.count()).toBe(1);
    expect(await main().textContent()).toContain('kontaktperson for Kommuneregisteret');
    await checkPage(page, 'skrivebord');
    await link.click();
    await page.waitForURL(`${base}skrivebord/${number}`);
    await expect.poll(heading).toBe(`Skrivebord – ${municipalityName}`);
    const navigation = page.getByRole('navigation', { name: `Skrivebordet for ${municipalityName}` });
    expect(await navigation.getByRole('link').allTextContents()).toEqual([
      'Oversikt',
      'Enheter',
      'Personer og ansettelser',
      'Folkevalgte organer',
      'Endringsmeldinger',
      'Selskaper',
    ]);
  });

  it('creates a unit, with a blank name and a bad organisation number shown next to their fields, and moves it', async () => {
    await page.goto(`${base}skrivebord/${number}/enheter`);
    await expect.poll(heading).toBe(`Enheter – ${municipalityName}`);
    const form = page.getByRole('form', { name: 'Ny enhet' });
    const name = form.getByRole('textbox', { name: 'Navn' });
    const orgnr = form.getByRole('textbox', { name: 'Organisasjonsnummer' });

    // Only spaces: the register's userError, next to the name.
    await name.fill('   ');
    await form.getByRole('button', { name: 'Opprett enhet' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toBe('Ikke lagret. Se feilene i skjemaet.');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(name)).toContain('Navnet må ha 1 til 200 tegn på én linje.');

    // A number with a wrong check digit: refused by its scalar, shown next to the number.
    await name.fill('Skrivebordstestens enhet');
    await orgnr.fill('123456789');
    await form.getByRole('button', { name: 'Opprett enhet' }).click();
    await expect
      .poll(() => accessibleDescription(orgnr))
      .toContain('Et organisasjonsnummer er ni siffer med riktig kontrollsiffer.');
    expect(await accessibleDescription(name)).not.toContain('Navnet');

    await orgnr.fill('');
    await form.getByRole('button', { name: 'Opprett enhet' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toBe('Skrivebordstestens enhet er opprettet.');
    const tree = page.locator('.unit-tree').first();
    await expect.poll(() => tree.textContent()).toContain('Skrivebordstestens enhet');
    await checkPage(page, 'skrivebord-enheter');

    // Flytt by keyboard, under the unit of the change message: the form takes the focus, and
    // gives it back to the button that opened it.
    const opener = page.getByRole('button', { name: 'Flytt: Skrivebordstestens enhet' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const move = page.getByRole('form', { name: 'Flytt Skrivebordstestens enhet' });
    const parent = move.getByRole('combobox', { name: 'Ny plassering: under' });
    await expect.poll(() => parent.evaluate((element) => element === document.activeElement)).toBe(true);
    await parent.selectOption({ label: registeredUnit.name });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('main [role=status]').allTextContents())
      .toContain('Enheten er flyttet.');
    await expect.poll(() => opener.evaluate((element) => element === document.activeElement)).toBe(true);
    const { municipality } = await dataAs(system.gateway.url, contactToken, DeskUnitsDocument, { number });
    expect(municipality!.units.find((u) => u.name === 'Skrivebordstestens enhet')?.parent?.id).toBe(
      registeredUnit.id,
    );
  });

  it('adds a person, employs them in the new unit, and makes them a member of a new committee', async () => {
    await page.goto(`${base}skrivebord/${number}/personer`);
    await expect.poll(heading).toBe(`Personer og ansettelser – ${municipalityName}`);
    const add = page.getByRole('form', { name: 'Ny person' });
    await add.getByRole('textbox', { name: 'Fornavn' }).fill('Kari');
    await add.getByRole('textbox', { name: 'Etternavn' }).fill('Skrivebordsen');
    await add.getByRole('textbox', { name: 'E-post' }).fill('kari.skrivebordsen@example.no');
    await add.getByRole('button', { name: 'Legg til person' }).click();
    await expect.poll(() => add.getByRole('status').textContent()).toBe('Kari Skrivebordsen er lagt til.');
    // The list shows the new person (searched by the family name).
    await expect.poll(() => page.getByRole('heading', { name: 'Kari Skrivebordsen' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Ny ansettelse: Kari Skrivebordsen' }).click();
    const employ = page.getByRole('form', { name: 'Ny ansettelse: Kari Skrivebordsen' });
    await employ.getByRole('combobox', { name: 'Enhet' }).selectOption({ label: 'Skrivebordstestens enhet' });
    await employ.getByRole('textbox', { name: 'Stillingstittel' }).fill('Rådgiver');
    await employ.getByRole('button', { name: 'Start ansettelse' }).click();
    await expect.poll(() => main().textContent()).toContain('Rådgiver, Skrivebordstestens enhet');
    await checkPage(page, 'skrivebord-personer');

    await page.getByRole('link', { name: 'Folkevalgte organer' }).click();
    await expect.poll(heading).toBe(`Folkevalgte organer – ${municipalityName}`);
    const create = page.getByRole('form', { name: 'Nytt organ' });
    await create.getByRole('textbox', { name: 'Navn' }).fill('Skrivebordsutvalget');
    await create.getByRole('button', { name: 'Opprett organ' }).click();
    await expect
      .poll(() => create.getByRole('status').textContent())
      .toBe('Skrivebordsutvalget er opprettet.');

    const addMember = page.getByRole('button', { name: /^Legg til medlem: Skrivebordsutvalget/ });
    await expect.poll(() => addMember.count()).toBe(1);
    await addMember.click();
    const member = page.getByRole('form', { name: 'Nytt medlem av Skrivebordsutvalget' });
    await member.getByRole('textbox', { name: 'Søk etter person' }).fill('Skrivebordsen');
    await member.getByRole('button', { name: 'Finn person' }).click();
    await expect
      .poll(() => member.getByRole('combobox', { name: 'Person' }).locator('option').allTextContents())
      .toEqual(['Kari Skrivebordsen']);
    const party = member.getByRole('combobox', { name: 'Parti' });
    await expect.poll(() => party.locator('option').count()).toBeGreaterThan(1);
    await party.selectOption({ label: 'Høyre' });
    await member.getByRole('button', { name: 'Legg til medlem' }).click();
    const members = page.getByRole('table', { name: /^Medlemmer av Skrivebordsutvalget/ });
    await expect.poll(() => members.textContent()).toContain('Kari Skrivebordsen');
    expect(
      await members
        .getByRole('row', { name: /Kari Skrivebordsen/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(expect.arrayContaining(['Kari Skrivebordsen', 'Medlem', 'Høyre']));
    await checkPage(page, 'skrivebord-organer');
  });

  it('shows a change message side by side, and approving it changes the unit', async () => {
    await page.goto(`${base}skrivebord/${number}/endringsmeldinger`);
    await expect.poll(heading).toBe(`Endringsmeldinger – ${municipalityName}`);
    const table = page.getByRole('table', { name: `Endringer foreslått for ${registeredUnit.name}` });
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.getByRole('row', { name: /^Navn/ }).locator('td').allTextContents()).toEqual([
      registeredUnit.name,
      renamedByEnhetsregisteret,
    ]);
    await checkPage(page, 'skrivebord-endringsmeldinger');
    await page.getByRole('button', { name: 'Godkjenn' }).click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain(`Godkjent: ${renamedByEnhetsregisteret} er oppdatert.`);
    const { unit } = await dataAs(system.gateway.url, contactToken, UnitDocument, { id: registeredUnit.id });
    expect(unit!.name).toBe(renamedByEnhetsregisteret);
  });

  it('rejects a change message with a reason, and leaves the unit as it is', async () => {
    expect(await importName('Et navn som avvises')).toBe(1);
    await page.goto(`${base}skrivebord/${number}/endringsmeldinger`);
    await expect.poll(() => page.getByRole('button', { name: 'Avvis …' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Avvis …' }).click();
    const reject = page.getByRole('form', {
      name: `Avvis endringsmeldingen for ${renamedByEnhetsregisteret}`,
    });
    const reason = reject.getByRole('textbox', { name: 'Begrunnelse' });
    await reason.fill('  ');
    await reject.getByRole('button', { name: 'Avvis' }).click();
    await expect
      .poll(() => accessibleDescription(reason))
      .toContain('Skriv en begrunnelse på 1 til 200 tegn.');
    await reason.fill('Navnet er feil i Enhetsregisteret');
    await reject.getByRole('button', { name: 'Avvis' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Endringsmeldingen er avvist.');
    const { unit } = await dataAs(system.gateway.url, contactToken, UnitDocument, { id: registeredUnit.id });
    expect(unit!.name).toBe(renamedByEnhetsregisteret);
  });

  it('registers a company owned by the municipality and gives it a chief executive', async () => {
    await page.goto(`${base}skrivebord/${number}/selskaper`);
    await expect.poll(heading).toBe(`Selskaper – ${municipalityName}`);
    const create = page.getByRole('form', { name: 'Nytt selskap' });
    const orgnr = create.getByRole('textbox', { name: 'Organisasjonsnummer' });
    await create.getByRole('textbox', { name: 'Navn' }).fill('Skrivebordstestens Eiendom AS');
    await orgnr.fill('99999999');
    await create.getByRole('button', { name: 'Registrer selskap' }).click();
    await expect
      .poll(() => accessibleDescription(orgnr))
      .toContain('Et organisasjonsnummer er ni siffer med riktig kontrollsiffer.');
    await orgnr.fill(organizationNumber(4242));
    await create.getByRole('button', { name: 'Registrer selskap' }).click();
    await expect
      .poll(() => create.getByRole('status').textContent())
      .toBe('Skrivebordstestens Eiendom AS er registrert.');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Skrivebordstestens Eiendom AS' }).count())
      .toBe(1);

    await page.getByRole('button', { name: 'Ny rolle: Skrivebordstestens Eiendom AS' }).click();
    const role = page.getByRole('form', { name: 'Ny rolle i Skrivebordstestens Eiendom AS' });
    await role.getByRole('textbox', { name: 'Søk etter person' }).fill('Skrivebordsen');
    await role.getByRole('button', { name: 'Finn person' }).click();
    await expect.poll(() => role.getByRole('combobox', { name: 'Person' }).count()).toBe(1);
    await role.getByRole('combobox', { name: 'Rolle' }).selectOption('CHIEF_EXECUTIVE');
    await role.getByRole('button', { name: 'Start rollen' }).click();
    await expect.poll(() => main().textContent()).toContain('Daglig leder: Kari Skrivebordsen');
    await checkPage(page, 'skrivebord-selskaper');
  });

  it("lets an administrator open any municipality's desk", async () => {
    const admin = await newPage(browser);
    await signInPage(admin, adminToken);
    await admin.goto(`${base}skrivebord`);
    const pick = admin.getByRole('combobox', { name: 'Kommune eller fylkeskommune' });
    await expect.poll(() => pick.count()).toBe(1);
    await pick.selectOption(otherNumber);
    await admin.getByRole('button', { name: 'Åpne skrivebordet' }).click();
    await admin.waitForURL(`${base}skrivebord/${otherNumber}`);
    // Every section of both registers: the overview, Kommuneregisteret's five, Styrevervregisteret's two.
    await expect
      .poll(() =>
        admin
          .getByRole('navigation', { name: /^Skrivebordet for / })
          .getByRole('link')
          .allTextContents(),
      )
      .toEqual([
        'Oversikt',
        'Enheter',
        'Personer og ansettelser',
        'Folkevalgte organer',
        'Endringsmeldinger',
        'Selskaper',
        'Send varsel',
        'Avstemming etter valg',
      ]);
    await admin.close();
  });

  it("gives the contact person of another municipality none of this desk's actions", async () => {
    const other = await newPage(browser);
    await signInPage(other, otherToken);
    await other.goto(`${base}skrivebord`);
    await expect.poll(() => other.getByRole('heading', { level: 1 }).textContent()).toBe('Skrivebord');
    await expect.poll(() => other.locator('main').getByRole('link').count()).toBe(1);
    expect(await other.locator('main').textContent()).not.toContain(municipalityName);

    await other.goto(`${base}skrivebord/${number}/enheter`);
    await expect
      .poll(() => other.locator('main').textContent())
      .toContain(`Du er ikke kontaktperson for ${municipalityName}`);
    expect(await other.getByRole('form').count()).toBe(0);
    await other.close();

    // And the gateway refuses the change, whatever a page offers.
    const refused = await postGraphQL<unknown>(
      system.gateway.url,
      {
        query: print(CreateUnitDocument),
        variables: { input: { municipalityNumber: number, name: 'Ikke min enhet', kind: 'OTHER' } },
      },
      { authorization: `Bearer ${otherToken}` },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

/** The texts a field's aria-describedby points at: its description and its error message. */
async function accessibleDescription(field: ReturnType<Page['locator']>): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}
