import { repoRoot } from '@qz/testing';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (deploy/local/test.sh installs it with apt-get when missing); never a download. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the screenshots go, for a person to look at what each test saw. */
export const SCREENSHOTS = join(process.env.STACK_DIR ?? join(repoRoot, '.stack'), 'test-output', 'console');

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk (deploy/local/test.sh does)`,
    );
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that records every request it makes (to check that none leaves 127.0.0.1). */
export async function recordingPage(browser: Browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, requests, problems, close: () => context.close() };
}

/** Hosts other than 127.0.0.1 that the page asked for (data: and blob: URLs stay in the page). */
export const foreignRequests = (urls: string[]) =>
  urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1');

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Words of Latin letters in the visible text that are not codes: anything holding a digit (ids,
 * case numbers, region codes) is a code and passes; a word like "Submit" or "REVIEW" fails.
 */
export async function nonChineseWords(page: Page): Promise<string[]> {
  // A string, run in the page: the tests' type check has no DOM library.
  const text = (await page.evaluate('document.body.innerText')) as string;
  return text
    .split(/[\s，。、：；（）()“”·,.:;/|[\]{}<>《》！？!?'"]+/)
    .filter((word) => /[A-Za-z]{2,}/.test(word) && !/\d/.test(word));
}

/** Signs in on the console's sign-in page as a demo user. */
export async function signInAs(page: Page, base: string, userId: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByTestId(`sign-in-${userId}`).click();
  await page.getByTestId('user-name').waitFor();
}
