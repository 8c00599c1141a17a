// Real headless Chromium for the browser tests: launch, axe-core checks and screenshots.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts/widget', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/**
 * Runs axe-core (all WCAG 2.x A/AA and best-practice rules) on the page, shadow roots included, and
 * returns one line per violation. Injected through the DevTools protocol, so the page's CSP, which
 * allows no inline scripts, still applies to everything else.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document): Promise<unknown> } }).axe.run(document),
  )) as AxeResult;
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/** Saves a full-page screenshot as test-artifacts/widget/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Collects uncaught errors and CSP violations of a page; the tests expect none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Uncaught/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** The id of the element focused inside `host`'s shadow root (nested roots followed). */
export function focusedId(page: Page, host: string): Promise<string | null> {
  return page.evaluate((selector) => {
    let root: ShadowRoot | null | undefined = document.querySelector(selector)?.shadowRoot;
    let active = root?.activeElement ?? null;
    while (active?.shadowRoot?.activeElement) {
      root = active.shadowRoot;
      active = root.activeElement;
    }
    return active?.id || active?.className || null;
  }, host);
}
