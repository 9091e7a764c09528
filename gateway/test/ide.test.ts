import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type System } from './support/system.ts';

/**
 * The IDE a browser gets at `GET /graphql`: GraphiQL, its every file served by the gateway from
 * the installed packages, so it works on a machine with no internet. Apollo's hosted Sandbox
 * (from Apollo's CDN) stays as an option, `GATEWAY_IDE=sandbox`.
 */
let system: System;

/** What a browser's navigation asks for. */
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

beforeAll(async () => {
  system = await startSystem({ demoScale: 0.002, driver: 'postgres' });
});
afterAll(async () => {
  await system?.close();
});

/** Every URL the HTML refers to: attributes that load something, and any absolute URL in its text. */
function referencedUrls(html: string) {
  const loaded = [
    ...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\s(?:src|href)\s*=\s*"([^"]*)"/gi),
  ].map((match) => match[1]!);
  const absolute = [...html.matchAll(/(?:https?:|wss?:)?\/\/[a-z0-9.-]+[a-z0-9]/gi)].map((match) => match[0]);
  return { loaded, absolute };
}

describe('GraphiQL at /graphql', () => {
  it('is a page whose every script and stylesheet the gateway serves itself, none from elsewhere', async () => {
    const page = await fetch(system.gateway.url, { headers: { accept: browserAccept } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('id="graphiql"');
    const { loaded, absolute } = referencedUrls(html);
    expect(absolute).toEqual([]);
    // react, react-dom, GraphiQL, graphql-ws, the page script, GraphiQL's styles.
    expect(loaded).toHaveLength(6);
    const origin = new URL(system.gateway.url).origin;
    for (const reference of loaded) {
      const url = new URL(reference, system.gateway.url);
      expect(url.origin).toBe(origin);
      const asset = await fetch(url);
      expect(asset.status, reference).toBe(200);
      const text = await asset.text();
      expect(text.length, reference).toBeGreaterThan(100);
      if (reference.endsWith('.css')) {
        // Fonts and images inline: no url() to another machine, no @import.
        expect(text).not.toMatch(/url\(\s*['"]?(?:https?:)?\/\//i);
        expect(text).not.toMatch(/@import/i);
        expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
      } else {
        expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      }
    }
  });

  it('opens with the example operations and a headers editor for the bearer token', async () => {
    const html = await (await fetch(system.gateway.url, { headers: { accept: browserAccept } })).text();
    const config = JSON.parse(
      /<script type="application\/json" id="ide-config">(.*?)<\/script>/s.exec(html)![1]!,
    ) as {
      endpoint: string;
      tabs: { query: string }[];
      headers: string;
    };
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs.some((tab) => tab.query.includes('query DeclarationChanges('))).toBe(true);
    expect(JSON.parse(config.headers)).toEqual({ authorization: '' });
  });

  it('leaves GraphQL over GET as it was for clients that ask for JSON', async () => {
    const url = `${system.gateway.url}?query=${encodeURIComponent('{ parties { code } }')}`;
    // CSRF prevention wants a header a browser's simple request cannot send.
    const response = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { parties: unknown[] } }).data.parties.length).toBeGreaterThan(
      0,
    );
  });

  it('is Apollo Sandbox from its CDN when GATEWAY_IDE=sandbox', async () => {
    const gateway = await system.startAnotherGateway({ GATEWAY_IDE: 'sandbox' });
    const html = await (await fetch(gateway.url, { headers: { accept: browserAccept } })).text();
    expect(html).toContain('https://embeddable-sandbox.cdn.apollographql.com/');
    expect(html).not.toContain('id="graphiql"');
  });
});

describe('GraphiQL in a real browser', () => {
  it('renders from the gateway alone, no request leaving it, and runs an operation', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
    });
    try {
      const page = await browser.newPage();
      const origin = new URL(system.gateway.url).origin;
      const elsewhere: string[] = [];
      // Every request the page makes is seen here; one to another origin is recorded and refused.
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        elsewhere.push(url);
        return route.abort();
      });
      page.on('websocket', (socket) => {
        if (new URL(socket.url()).host !== new URL(origin).host) elsewhere.push(socket.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(system.gateway.url);
      await page.locator('.graphiql-container').waitFor({ timeout: 15_000 });
      // The first tab's operation (the counties), run with GraphiQL's own button: the answer shows.
      await page.locator('.graphiql-execute-button').click();
      await expect
        .poll(() => page.locator('.graphiql-response').textContent(), { timeout: 10_000 })
        .toContain('"counties"');
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
