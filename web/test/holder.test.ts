import { generateDemoDeclarations } from '@registers/interests';
import { startTestSmtpServer, type TestSmtpServer } from '@registers/platform/testing-mail';
import { RegisterClient, RequestSignInLinkDocument } from '@registers/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../gateway/test/support/npm-start.ts';
import { startSystem, type System } from '../../gateway/test/support/system.ts';
import { checkPage, launchBrowser, newPage } from './support/browser.ts';

/**
 * The position holder's way through the web in a real browser: the personal link from a real
 * e-mail (a real SMTP server; PUBLIC_WEB_URL is the gateway's own address, as by default) signs
 * them in on /logg-inn and leads to /min-side, where they add an interest through the form (the
 * gateway's refusals shown next to their fields), accept the terms and publish it, and the public
 * then finds it; a voided or expired link says so beside the form for a new one; the development sign-in
 * takes a local token, says it is one, and is not there with an identity provider.
 */
const demoScale = 0.005;

let system: System;
let smtp: TestSmtpServer;
let browser: Browser;
let base = '';

/** Two persons of the demo with an address and roles in Kommuneregisteret, and no declaration of their own. */
let holder: { id: string; name: string; email: string };
let other: { id: string; name: string; email: string };
/** The interests subgraph's clock, which a test moves to make a link expire. */
let now: Date | null = null;

const interest = { category: 'Styreverv i organisasjon', organization: 'Holdertestens Idrettslag' };

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  smtp = await startTestSmtpServer();
  [system, browser] = await Promise.all([
    startSystem({
      demoScale,
      driver: 'postgres',
      gatewayEnv: { GATEWAY_PORT: String(port) },
      subgraphEnv: { SMTP_URL: smtp.url, PUBLIC_WEB_URL: base, MAIL_FROM: 'ikke-svar@example.no' },
      interestsOptions: {
        clock: () => now ?? new Date(),
        jobsOptions: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutMs: 5_000 },
      },
    }),
    launchBrowser(),
  ]);
  const declared = new Set(generateDemoDeclarations(demoScale).declarations.map((d) => d.personId));
  const employed = new Set(system.population.employments.map((e) => e.personId));
  const [first, second] = system.population.persons.filter(
    (person) => person.email && employed.has(person.id) && !declared.has(person.id),
  );
  holder = { id: first!.id, name: `${first!.givenName} ${first!.familyName}`, email: first!.email! };
  other = { id: second!.id, name: `${second!.givenName} ${second!.familyName}`, email: second!.email! };
});
afterAll(async () => {
  await browser?.close();
  await system?.close();
  await smtp?.close();
});

/** The personal link in the latest e-mail to `email`, once it has come after `before` mails. */
async function linkInMail(email: string, before: number): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mails = smtp.received.filter((mail) => mail.text?.includes('#lenke=') && recipient(mail) === email);
    const link =
      mails.length > before ? /(\S+\/logg-inn#lenke=stvlenke_[\w-]{43})/.exec(mails.at(-1)!.text!) : null;
    if (link) return link[1]!;
    if (Date.now() > deadline) throw new Error(`no sign-in link came to the holder's address`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const recipient = (mail: (typeof smtp.received)[number]) => {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address;
};
const mailsTo = (email: string) =>
  smtp.received.filter((mail) => mail.text?.includes('#lenke=') && recipient(mail) === email).length;

/** The problem shown with a form field: the text its `aria-describedby` points to in the field's error. */
const fieldError = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => document.getElementById(id))
      .filter((element) => element?.classList.contains('ds-validation-message'))
      .map((element) => element!.textContent)
      .join(' ');
  });

/** A page of its own (no session), whose steps fail within the test's time, naming the step. */
async function openPage() {
  const page = await newPage(browser);
  page.setDefaultTimeout(8_000);
  return page;
}

/** The focused element as `<tag>text</tag>`. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement!;
    return `<${element.localName}>${element.textContent}</${element.localName}>`;
  });

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const status = (page: Page) => page.locator('main [role="status"]').first().textContent();

/** Asks for a personal link on /logg-inn, by keyboard: the address, Enter. */
async function requestLink(page: Page, email: string) {
  await page.getByLabel('E-postadresse').fill('');
  await page.getByLabel('E-postadresse').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
}

describe("the position holder's page and the sign-in", () => {
  it('a position holder arriving by link, adding an interest and publishing it, then the public seeing it', async () => {
    const asker = await openPage();
    await asker.goto(`${base}/logg-inn`);
    await expect.poll(() => heading(asker)).toBe('Logg inn');

    // An address the schema refuses is shown next to the field, and nothing is sent.
    await requestLink(asker, 'ikke-en-adresse');
    await expect.poll(() => fieldError(asker, 'E-postadresse')).toContain('Skriv en gyldig e-postadresse');
    expect(mailsTo(holder.email)).toBe(0);

    await requestLink(asker, holder.email);
    await expect
      .poll(() => asker.locator('form [role="status"]').textContent())
      .toContain('får du en e-post med en ny lenke');
    const link = await linkInMail(holder.email, 0);
    expect(link.startsWith(`${base}/logg-inn#lenke=stvlenke_`)).toBe(true);

    // The link, opened from the e-mail (a new tab), signs in and leads to /min-side; the token
    // leaves the address at once, and the history too.
    await asker.close();
    const page = await openPage();
    await page.goto(link);
    await page.waitForURL(`${base}/min-side`);
    // The link's entry in the history was replaced: a new tab's about:blank, then /min-side.
    expect(await page.evaluate(() => window.history.length)).toBe(2);
    expect(page.url()).not.toContain('lenke');
    await expect.poll(() => heading(page)).toBe('Min side');
    const header = page.getByRole('banner');
    await expect.poll(() => header.textContent()).toContain(`Innlogget som ${holder.name}`);

    // The roles in Kommuneregisteret are there, marked read-only, with nothing to change them by.
    const fromRegister = page.getByRole('table', { name: /fra Kommuneregisteret \(kan ikke endres her\)/ });
    await expect.poll(() => fromRegister.getByRole('row').count()).toBeGreaterThan(1);
    expect(await fromRegister.getByRole('button').count()).toBe(0);

    // An organisation number without a valid check digit: refused by the schema, shown next to its field.
    const form = page.getByRole('form', { name: 'Legg til verv eller interesse' });
    await form.getByLabel('Kategori').selectOption({ label: interest.category });
    await form.getByLabel('Organisasjon', { exact: true }).fill(interest.organization);
    await form.getByLabel('Organisasjonsnummer (valgfritt)').fill('123456789');
    await form.getByLabel('Rolle (valgfritt)').fill('Styremedlem');
    await form.getByRole('button', { name: 'Legg til' }).click();
    await expect
      .poll(() => fieldError(page, 'Organisasjonsnummer (valgfritt)'))
      .toBe('Et organisasjonsnummer er ni siffer med riktig kontrollsiffer.');

    // A valid number, but an end before the start: the mutation's userErrors entry, next to the end date.
    await form.getByLabel('Organisasjonsnummer (valgfritt)').fill('923609016');
    await form.getByLabel('Fra dato (valgfritt)').fill('2024-05-01');
    await form.getByLabel('Til dato (valgfritt)').fill('2023-05-01');
    await form.getByRole('button', { name: 'Legg til' }).click();
    await expect
      .poll(() => fieldError(page, 'Til dato (valgfritt)'))
      .toBe('Til-datoen kan ikke være før fra-datoen.');
    expect(await fieldError(page, 'Organisasjonsnummer (valgfritt)')).toBe('');

    await form.getByLabel('Til dato (valgfritt)').fill('');
    await form.getByRole('button', { name: 'Legg til' }).click();
    await expect.poll(() => status(page)).toBe(`Lagt til: ${interest.organization}.`);
    const own = page.getByRole('table', { name: 'Verv og interesser du har oppgitt selv' });
    expect(await own.textContent()).toContain(`${interest.organization} (org.nr. 923609016)`);
    expect(await form.getByLabel('Organisasjon', { exact: true }).inputValue()).toBe('');

    // The terms, then the publication.
    await page.getByRole('button', { name: 'Godta vilkårene' }).click();
    await expect.poll(() => status(page)).toBe('Du har godtatt vilkårene.');
    // The same button takes the next step, and keeps the focus: Enter publishes.
    expect(await focused(page)).toBe('<button>Gjør erklæringen offentlig</button>');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Erklæringen er nå offentlig.');
    expect(await page.locator('.facts').textContent()).toMatch(
      /VilkårGodtatt \d+\. \w+ \d{4}OffentligOffentlig/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await checkPage(page, 'min-side');

    // The public (a new page: no session) finds it by the search page.
    const publicPage = await openPage();
    await publicPage.goto(`${base}/sok?organisasjon=Holdertestens`);
    await expect.poll(() => status(publicPage)).toBe('Viser 1 erklæring.');
    const results = (await publicPage.locator('main').textContent())!;
    expect(results).toContain(holder.name);
    expect(results).toContain(`${interest.category}: ${interest.organization} (Styremedlem)`);
    expect(await publicPage.getByRole('banner').getByRole('link', { name: 'Logg inn' }).count()).toBe(1);
    await publicPage.close();
    await page.close();
  });

  it('a voided link says so beside the form for a new one; the new one signs in to change and delete all', async () => {
    const page = await openPage();
    const firstLink = await linkInMail(holder.email, 0);
    // A new link, asked for on the sign-in page, voids the first.
    await page.goto(`${base}/logg-inn`);
    const before = mailsTo(holder.email);
    await requestLink(page, holder.email);
    const newLink = await linkInMail(holder.email, before);
    expect(newLink).not.toBe(firstLink);

    const stale = await openPage();
    await stale.goto(firstLink);
    await expect.poll(() => stale.locator('main').textContent()).toContain('Lenken virker ikke lenger');
    expect(await stale.locator('main').textContent()).toContain('Be om en ny lenke nedenfor');
    expect(stale.url()).toBe(`${base}/logg-inn`);
    expect(await stale.evaluate(() => window.sessionStorage.length)).toBe(0);
    expect(await stale.getByLabel('E-postadresse').count()).toBe(1);
    await expect
      .poll(() => stale.getByRole('banner').getByRole('link', { name: 'Logg inn' }).count())
      .toBe(1);
    await checkPage(stale, 'logg-inn');
    await stale.close();

    // The new link: change the interest, confirm, unpublish, remove it, and delete all.
    await page.goto(newLink);
    await page.waitForURL(`${base}/min-side`);
    await page.getByRole('button', { name: `Endre ${interest.organization}` }).click();
    await expect.poll(() => focused(page)).toBe(`<h3>Endre ${interest.organization}</h3>`);
    const edit = page.getByRole('form', { name: `Endre ${interest.organization}` });
    await edit.getByLabel('Rolle (valgfritt)').fill('Styreleder');
    await edit.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect.poll(() => status(page)).toBe(`Lagret: ${interest.organization}.`);
    const own = page.getByRole('table', { name: 'Verv og interesser du har oppgitt selv' });
    expect(await own.textContent()).toContain('Styreleder');

    await page.getByRole('button', { name: 'Bekreft at erklæringen er uendret' }).click();
    await expect.poll(() => status(page)).toBe('Du har bekreftet at erklæringen er uendret.');
    expect(await page.locator('.facts').textContent()).not.toContain('Sist bekreftet uendretAldri');

    await page.getByRole('button', { name: 'Gjør erklæringen ikke-offentlig' }).click();
    await expect.poll(() => status(page)).toBe('Erklæringen er ikke lenger offentlig.');

    await page.getByRole('button', { name: `Fjern ${interest.organization}` }).click();
    await expect.poll(() => status(page)).toBe(`Fjernet: ${interest.organization}.`);
    expect(await page.locator('main').textContent()).toContain(
      'Du har ikke oppgitt noen verv eller interesser selv.',
    );

    // Delete all asks first; Avbryt leaves everything, Ja deletes.
    // By keyboard: the question takes the focus, the next stop is the answer.
    await page.getByRole('button', { name: 'Slett alle opplysningene mine' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('<h3>Er du sikker?</h3>');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('<button>Ja, slett alt</button>');
    await page.keyboard.press('Enter');
    // Deleting all deletes the personal link too: the page says so, and the session ends.
    await expect.poll(() => status(page)).toMatch(/^Opplysningene dine er slettet\. .*du er logget ut\.$/);
    await expect.poll(() => page.getByRole('banner').getByRole('link', { name: 'Logg inn' }).count()).toBe(1);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    const deletedLink = new URLSearchParams(new URL(newLink).hash.slice(1)).get('lenke');
    const withDeletedLink = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${deletedLink}` },
      body: JSON.stringify({ query: '{ viewer { ownDeclarationOnly } }' }),
    });
    expect(withDeletedLink.status).toBe(401);
    await page.close();
  });

  it('an expired link says so too', async () => {
    const asked = await new RegisterClient({ url: system.gateway.url }).execute(RequestSignInLinkDocument, {
      input: { email: other.email },
    });
    expect(asked.requestSignInLink.accepted).toBe(true);
    const link = await linkInMail(other.email, 0);
    // A link is valid for 12 months.
    now = new Date(Date.now() + 367 * 86_400_000);
    try {
      const page = await openPage();
      await page.goto(link);
      await expect.poll(() => page.locator('main').textContent()).toContain('Lenken virker ikke lenger');
      expect(page.url()).toBe(`${base}/logg-inn`);
      expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
      await page.close();
    } finally {
      now = null;
    }
  });

  it('the development sign-in takes a local token and says it is for development; not with an identity provider', async () => {
    const page = await openPage();
    await page.goto(`${base}/logg-inn`);
    const development = page.getByRole('region', { name: 'Innlogging for utvikling' });
    await expect.poll(() => development.count()).toBe(1);
    expect(await development.textContent()).toContain('Dette er en innlogging for utvikling og testing');

    await development.getByLabel('Nøkkel (token)').fill('ikke.en.nøkkel');
    await development.getByRole('button', { name: 'Logg inn for utvikling' }).click();
    await expect.poll(() => fieldError(page, 'Nøkkel (token)')).toContain('Nøkkelen ble ikke godtatt');

    const token = await system.tokenFor({
      subject: 'web-dev',
      roles: ['position-holder'],
      personId: other.id,
    });
    await development.getByLabel('Nøkkel (token)').fill(token);
    await development.getByRole('button', { name: 'Logg inn for utvikling' }).click();
    await page.waitForURL(`${base}/min-side`);
    const header = page.getByRole('banner');
    await expect.poll(() => header.textContent()).toContain(`Innlogget som ${other.name}`);
    await header.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(`${base}/`);
    await expect.poll(() => header.getByRole('link', { name: 'Logg inn' }).count()).toBe(1);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

    // A gateway with an identity provider names it, and offers no development sign-in.
    const withProvider = await system.startAnotherGateway({
      AUTH_JWKS_URL: 'https://login.example.invalid/jwks',
      AUTH_ISSUER: 'https://login.example.invalid',
      AUTH_AUDIENCE: 'registertjenester',
    });
    const providerBase = new URL('/', withProvider.url).href;
    expect(await (await fetch(`${base}/auth/config.json`)).json()).toEqual({ identityProvider: null });
    expect(await (await fetch(`${providerBase}auth/config.json`)).json()).toEqual({
      identityProvider: { issuer: 'https://login.example.invalid' },
    });
    await page.goto(`${providerBase}logg-inn`);
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'Innlogging for kontaktpersoner og administratorer' }).count(),
      )
      .toBe(1);
    expect(await page.getByRole('region', { name: 'Innlogging for utvikling' }).count()).toBe(0);
    await page.close();
  });
});
