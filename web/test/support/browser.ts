import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A browser for the web's tests: Debian's Chromium, headless (Playwright cannot download its
 * own here; `.ci/run` installs it), with a page in Norwegian at a desktop size. The web app
 * itself is built (web/dist) by the test run's setup (scripts/test-setup.ts), as `npm start`
 * builds it, and served by the gateway at `/`.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
  });
}

export function newPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
}

/**
 * Signs the page in as the holder of `token` (as the app's sign-in does: the tab's
 * sessionStorage, see web/src/session.ts) before any script of the app runs.
 */
export async function signInPage(page: Page, token: string) {
  await page.addInitScript((value) => window.sessionStorage.setItem('registertjenester.token', value), token);
}

const screenshots = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));

/** Runs axe-core in the page against WCAG 2.0 and 2.1, levels A and AA; the violations, by rule and element. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${violation.help})`),
  );
}

/** The page as it is now: no axe violations, and its screenshot kept as docs/screenshots/<name>.png. */
export async function checkPage(page: Page, name: string) {
  expect(await accessibilityViolations(page), name).toEqual([]);
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}/${name}.png` });
}
