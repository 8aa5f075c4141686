import { expect, test, type Page } from '@playwright/test';
import { hydrated, SLUG } from './helpers';

const READER = `/en/${SLUG}/zh`;

// Pages of over 1 MB (pinyin for every character) hydrate slowly on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Every script the page fetches from now on (paths), as they come. */
function scriptsFetched(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
  });
  return fetched;
}

/** The scripts the page's HTML names: its first-load JavaScript. */
const firstLoad = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).pathname));

test('with every tool off, the reader fetches no script beyond its first load until a tool is used', async ({ page }) => {
  const fetched = scriptsFetched(page);
  await page.goto(READER);
  await hydrated(page);
  // What the first load does by itself: the bead under the pointer lights up.
  const sentence = page.locator('[data-column="target"] .sentence').first();
  await sentence.hover();
  await expect(sentence).toHaveClass(/sentence-active/u);
  await page.waitForLoadState('networkidle');
  const initial = await firstLoad(page);
  expect(initial.length).toBeGreaterThan(0);
  expect(fetched.filter((path) => !initial.includes(path))).toEqual([]);

  // The first use of a tool fetches the tools, which then work as before.
  const pinyin = page.getByRole('button', { name: 'Pinyin' });
  await pinyin.click();
  await expect(pinyin).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'on');
  expect(fetched.filter((path) => !initial.includes(path)).length).toBeGreaterThan(0);
  await page.keyboard.press('p');
  await expect(pinyin).toHaveAttribute('aria-pressed', 'false');
});

test('the first key press of a shortcut, caught before the tools are loaded, still acts', async ({ page }) => {
  await page.goto(READER);
  await hydrated(page);
  await page.keyboard.press('j');
  await expect(page.locator('#p-1 .sentence').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator('#p-2 .sentence').first()).toBeFocused();
});

test('a saved setting loads the tools at once, and its button shows it pressed', async ({ page }) => {
  await page.goto(READER);
  await page.evaluate(() => localStorage.setItem('reader.hide', 'on'));
  await page.goto(READER);
  await hydrated(page);
  await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute('aria-pressed', 'false');
});
