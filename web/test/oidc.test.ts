import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningService } from '@registers/platform';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGatewayConfig } from '../../gateway/src/config.ts';
import { dataAs, startSystem, type System } from '../../gateway/test/support/system.ts';
import { AssignContactPersonDocument } from '@registers/client';
import { launchBrowser, newPage } from './support/browser.ts';

/**
 * Sign-in at an OpenID Connect provider, in a real browser against a real provider (panva's
 * oidc-provider, with its development login page) and a gateway that trusts it (`AUTH_*`): the
 * web runs the authorization code flow with PKCE, the gateway verifies the ID token against the
 * provider's keys, and the register's assignment, not the provider, says what the person may do.
 */
const clientId = 'registertjenester-web';

let system: System;
let gateway: RunningService;
let browser: Browser;
let providerServer: Server;
let issuer = '';
let base = '';
let handle: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) =>
  response.writeHead(503).end();

const person = () => system.population.persons.find((p) => p.email && p.municipalityNumber)!;

beforeAll(async () => {
  [system, browser] = await Promise.all([
    startSystem({ demoScale: 0.002, driver: 'postgres' }),
    launchBrowser(),
  ]);
  // The provider's address first (the gateway must know it), its clients once the gateway's is known.
  providerServer = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => providerServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;
  gateway = await system.startAnotherGateway({
    AUTH_JWKS_URL: `${issuer}/jwks`,
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: clientId,
    AUTH_CLIENT_ID: clientId,
  });
  base = new URL('/', gateway.url).href;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [new URL('/logg-inn/oidc', base).href],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    // The token endpoint answers the web's origin only, which the browser calls it from.
    clientBasedCORS: (_ctx, origin) => origin === new URL(base).origin,
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // The e-mail in the ID token itself, which is the token the web sends.
    conformIdTokenClaims: false,
    // The development login page takes any login: here, an e-mail address the provider has verified.
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: sub, email_verified: true }),
    }),
  });
  handle = provider.callback();
});
afterAll(async () => {
  await browser?.close();
  await system?.close();
  providerServer?.close();
});

describe('sign-in at the identity provider', () => {
  it('/auth/config.json tells the web where to sign in, from the issuer discovery, and null without a client id', async () => {
    const configured = await (await fetch(new URL('/auth/config.json', base))).json();
    expect(configured).toEqual({
      identityProvider: {
        issuer,
        clientId,
        authorizationEndpoint: `${issuer}/auth`,
        tokenEndpoint: `${issuer}/token`,
        scope: 'openid email',
        token: 'id_token',
      },
    });
    const plain = await (await fetch(new URL('/auth/config.json', system.gateway.url))).json();
    expect(plain).toEqual({ identityProvider: null });
    // A client id without a provider to verify its tokens stops the start, naming it.
    expect(() => readGatewayConfig({ AUTH_CLIENT_ID: clientId })).toThrow(
      /AUTH_CLIENT_ID: needs the identity provider/,
    );
  });

  it("signs in by the provider's login page and comes back to the desk, with rights from the register", async () => {
    const holder = person();
    const name = `${holder.givenName} ${holder.familyName}`;
    const number = holder.municipalityNumber!;
    // An administrator makes the person STV contact of their municipality, in the register (by
    // the system's first gateway, which takes local development tokens).
    const admin = await system.tokenFor({ subject: 'oidc-admin', roles: ['administrator'] });
    await dataAs(system.gateway.url, admin, AssignContactPersonDocument, {
      input: { personId: holder.id, role: 'STV', municipalityNumber: number },
    });

    const page = await newPage(browser);
    page.setDefaultTimeout(8_000);
    // Nothing leaves this machine (the provider's page imports a web font).
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // The sign-in page offers it to contact persons and administrators.
    await page.goto(`${base}logg-inn`);
    await expect
      .poll(() => page.getByRole('button', { name: 'Logg inn med ID-porten / kommunens innlogging' }).count())
      .toBe(1);
    await page.goto(`${base}skrivebord/${number}/varsler`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Du må være logget inn for å bruke denne siden.');
    await page.getByRole('button', { name: 'Logg inn med ID-porten / kommunens innlogging' }).click();

    // The provider's own pages: the login, then the consent.
    await page.waitForURL((url) => url.href.startsWith(issuer));
    await page.locator('input[name="login"]').fill(holder.email!);
    await page.locator('input[name="password"]').fill('hva som helst');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back on the desk, signed in as the person, whom the register made contact person.
    await page.waitForURL(`${base}skrivebord/${number}/varsler`, { timeout: 15_000 });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Send varsel');
    await expect.poll(() => page.locator('main').textContent()).toContain(`Du er logget inn som ${name}.`);
    // The token is the provider's ID token, for the web's client.
    const token = await page.evaluate(() => window.sessionStorage.getItem('registertjenester.token'));
    const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ iss: issuer, aud: clientId, sub: holder.email });
    await page.close();
  });

  it('a callback with no sign-in started in the tab signs no one in', async () => {
    const page = await newPage(browser);
    await page.goto(`${base}logg-inn/oidc?code=forfalsket&state=forfalsket`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Innloggingen mislyktes');
    expect(await page.evaluate(() => window.sessionStorage.getItem('registertjenester.token'))).toBeNull();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});
