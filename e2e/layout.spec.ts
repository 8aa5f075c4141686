import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated, SLUG } from './helpers';

const READER = `/en/${SLUG}/zh`;
const PLACE_KEY = `reader.place.${SLUG}`;
/** The notice appears once the page (over 1 MB of HTML with pinyin) is hydrated: slow on a busy machine. */
const HYDRATION = 20_000;

async function box(locator: Locator) {
  await expect(locator).toBeVisible();
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** Opens the "Layout" disclosure; its inputs are server-rendered, so they work before hydration too. */
async function openLayout(page: Page) {
  const summary = page.locator('summary', { hasText: /^Layout$/u });
  await expect(summary).toBeVisible();
  await summary.click();
  const columns = page.getByRole('group', { name: 'Columns' });
  await expect(columns).toBeVisible();
  return columns;
}

/** Saves settings the way the layout options do, then loads the reader afresh. */
async function withSaved(page: Page, saved: Record<string, string>, url = READER) {
  await page.goto(url);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, saved);
  await page.goto(url);
}

// Pages of over 1 MB (pinyin for every character) hydrate slowly on a busy machine.
test.describe.configure({ timeout: 120_000 });

const backgroundOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('each layout changes what is visible on a wide screen', async ({ page }) => {
  await page.goto(READER);
  const source = page.locator('#p-3 [data-column="source"]');
  const target = page.locator('#p-3 [data-column="target"]');
  const [s0, t0] = [await box(source), await box(target)];
  expect(Math.abs(s0.y - t0.y)).toBeLessThanOrEqual(3);
  expect(t0.x).toBeGreaterThan(s0.x + s0.width);

  const columns = await openLayout(page);
  await columns.getByRole('radio', { name: 'Interleaved' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
  const [s1, t1] = [await box(source), await box(target)];
  expect(t1.y).toBeGreaterThanOrEqual(s1.y + s1.height - 1);
  expect(Math.abs(t1.x - s1.x)).toBeLessThanOrEqual(1);

  await columns.getByRole('radio', { name: 'French only' }).check();
  await expect(source).toBeVisible();
  await expect(target).toBeHidden();
  await expect(page.locator('[data-column="target"]:visible')).toHaveCount(0);
  await expect(page.getByTestId('translation-notice')).toBeHidden();

  await columns.getByRole('radio', { name: 'Translation only' }).check();
  await expect(target).toBeVisible();
  await expect(page.locator('[data-column="source"]:visible')).toHaveCount(0);

  await columns.getByRole('radio', { name: 'Side by side' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-layout');
  await page.getByRole('checkbox', { name: 'Swap columns' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-swap', 'on');
  const [s2, t2] = [await box(source), await box(target)];
  expect(s2.x).toBeGreaterThan(t2.x + t2.width);
  expect(Math.abs(s2.y - t2.y)).toBeLessThanOrEqual(3);
  expect(await page.evaluate(() => localStorage.getItem('reader.swap'))).toBe('on');
});

test('j/k still move between pairs when a layout hides the French column', async ({ page }) => {
  await withSaved(page, { 'reader.layout': 'translation-only' });
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'translation-only');
  await expect(async () => {
    await page.keyboard.press('j');
    await expect(page.locator('[data-column="target"] .sentence:focus')).toHaveCount(1, { timeout: 500 });
  }).toPass();
  await page.keyboard.press('j');
  await expect(page.locator('#p-2 [data-column="target"] .sentence').first()).toBeFocused();
});

test('font size scales the article text, not the page chrome', async ({ page }) => {
  await page.goto(READER);
  const text = page.locator('#p-3 [data-column="source"]');
  const title = page.getByRole('heading', { level: 1 });
  await expect(text).toHaveCSS('font-size', '16px');
  const titleSize = await title.evaluate((h) => getComputedStyle(h).fontSize);

  await openLayout(page);
  const sizes = page.getByRole('group', { name: 'Font size' });
  await sizes.getByRole('radio', { name: 'Extra large' }).check();
  await expect(text).toHaveCSS('font-size', '20px');
  await sizes.getByRole('radio', { name: 'Small', exact: true }).check();
  await expect(text).toHaveCSS('font-size', '14px');
  await expect(title).toHaveCSS('font-size', titleSize);
  await sizes.getByRole('radio', { name: 'Medium' }).check();
  await expect(text).toHaveCSS('font-size', '16px');
});

test('the largest font size causes no horizontal scrolling at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await withSaved(page, { 'reader.size': 'x-large', 'reader.layout': 'interleaved' });
  await expect(page.locator('#p-3 [data-column="source"]')).toHaveCSS('font-size', '20px');
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});

test('no horizontal scrolling at 360 px in the default layout, Chinese and Japanese included, pinyin on or off', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const lang of ['zh', 'ja', 'de']) {
    await page.goto(`/en/${SLUG}/${lang}`);
    await expect(page.locator('#p-1 [data-column="target"]')).toBeVisible();
    expect(await overflow(), lang).toBeLessThanOrEqual(0);
  }
  await withSaved(page, { 'reader.pinyin': 'on' });
  await expect(page.locator('#p-1 rt').first()).toBeVisible();
  expect(await overflow(), 'zh with pinyin').toBeLessThanOrEqual(0);
});

test('themes: dark darkens the page, the default follows the system, an explicit light wins over it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(READER);
  const light = await backgroundOf(page);

  await openLayout(page);
  const theme = page.getByRole('group', { name: 'Theme' });
  await theme.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await backgroundOf(page);
  expect(dark).not.toBe(light);

  await theme.getByRole('radio', { name: 'System' }).check();
  await expect.poll(() => backgroundOf(page)).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundOf(page)).toBe(dark);

  await theme.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => backgroundOf(page)).toBe(light);
  await expect(page.locator('#p-3 [data-column="source"]')).not.toHaveCSS('color', 'rgb(245, 245, 244)');
});

test('saved settings are on <html> and styled at the first load event after a reload, without app scripts', async ({ page }) => {
  await page.goto(READER);
  await openLayout(page);
  await page.getByRole('radio', { name: 'Interleaved' }).check();
  await page.getByRole('checkbox', { name: 'Swap columns' }).check();
  await page.getByRole('group', { name: 'Font size' }).getByRole('radio', { name: 'Large', exact: true }).check();
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await backgroundOf(page);
  const pinyin = page.getByRole('button', { name: 'Pinyin' });
  await pinyin.click();
  await expect(pinyin).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(0, 0);
  const pressed = await pinyin.evaluate((button) => getComputedStyle(button).backgroundColor);

  // No app JavaScript at all on reload: what the page shows comes from the inline script and CSS.
  await page.route(/\/_next\/static\/chunks\/[^/]+\.js$/u, (route) => route.abort());
  await page.reload({ waitUntil: 'domcontentloaded' });
  const state = await page.evaluate(() => ({ ...document.documentElement.dataset }));
  expect(state).toMatchObject({ layout: 'interleaved', swap: 'on', size: 'large', theme: 'dark', pinyin: 'on' });
  await expect(page.locator('body')).toHaveCSS('background-color', dark);
  // A setting that is on shows its button pressed before any script could set aria-pressed.
  await expect(pinyin).toHaveCSS('background-color', pressed);
  await expect(page.getByRole('button', { name: 'Hide translation' })).not.toHaveCSS('background-color', pressed);
  const source = page.locator('#p-3 [data-column="source"]');
  const target = page.locator('#p-3 [data-column="target"]');
  await expect(source).toHaveCSS('font-size', '18px');
  const [s, t] = [await box(source), await box(target)];
  // Interleaved and swapped: the translation above the French.
  expect(s.y).toBeGreaterThanOrEqual(t.y + t.height - 1);
  await expect(page.locator('summary', { hasText: /^Layout$/u })).toBeVisible();
});

test('stored values a setting cannot take are ignored', async ({ page }) => {
  await withSaved(page, { 'reader.layout': 'upside-down', 'reader.theme': 'sepia', 'reader.size': '99px' });
  await expect(page.locator('html')).not.toHaveAttribute('data-layout');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.locator('#p-3 [data-column="source"]')).toHaveCSS('font-size', '16px');
});

test('the reading progress bar grows as the article is scrolled', async ({ page }) => {
  await page.goto(READER);
  const bar = page.locator('.reading-progress');
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  const width = async () => (await bar.boundingBox())?.width ?? 0;
  expect(await width()).toBeLessThan(20);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
  await expect.poll(width).toBeGreaterThan(1280 * 0.3);
  await expect.poll(width).toBeLessThan(1280 * 0.7);
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect.poll(width).toBeGreaterThan(1280 * 0.98);
});

test('"Continue where you left off" is offered on return and jumps to the last pair read', async ({ page }) => {
  await page.goto(READER);
  await page.evaluate((key) => localStorage.removeItem(key), PLACE_KEY);
  await page.locator('#p-20').evaluate((pair) => pair.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PLACE_KEY)).toBe('p-20');

  // Another reader page of the same article, later.
  await page.goto(`/de/${SLUG}/ko`);
  await expect(page.getByRole('link', { name: 'Dort weiterlesen, wo Sie aufgehört haben' })).toBeVisible({ timeout: HYDRATION });
  await page.goto(READER);
  const link = page.getByRole('link', { name: 'Continue where you left off' });
  await expect(link).toBeVisible({ timeout: HYDRATION });
  await expect(page).toHaveURL(/\/zh$/u);
  await link.click();
  await expect(page).toHaveURL(/#p-20$/u);
  await expect(page.locator('#p-20')).toBeInViewport();
  await expect(page.locator('#p-20 .sentence').first()).toBeFocused();
  await expect(link).toBeHidden();
});

test('"Continue where you left off" is dismissible, and not offered with a hash or for the first pair', async ({ page }) => {
  await withSaved(page, { [PLACE_KEY]: 'p-12' });
  const link = page.getByRole('link', { name: 'Continue where you left off' });
  await expect(link).toBeVisible({ timeout: HYDRATION });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(link).toBeHidden();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goto(`${READER}#p-5`);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#p-5')).toBeInViewport();
  await expect(link).toHaveCount(0);

  await withSaved(page, { [PLACE_KEY]: 'p-1' });
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(link).toHaveCount(0);
});

/** The page's cumulative layout shift so far, read once the page is hydrated and two frames passed. */
async function layoutShift(page: Page) {
  await hydrated(page, HYDRATION);
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shifts: number }).shifts))),
      ),
  );
}

test('loading with saved settings and a saved place adds no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(READER);
  await page.evaluate(() => localStorage.clear());
  await page.goto(READER);
  const plain = await layoutShift(page);
  await page.evaluate((saved) => Object.entries(saved).forEach(([k, v]) => localStorage.setItem(k, v)), {
    'reader.layout': 'interleaved',
    'reader.size': 'large',
    'reader.theme': 'dark',
    [PLACE_KEY]: 'p-9',
  });
  await page.goto(READER);
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible({ timeout: HYDRATION });
  const saved = await layoutShift(page);
  // Nothing moves as the page hydrates (every control is in the server's HTML), and the saved
  // settings (applied before first paint) and the floating notice move nothing either.
  expect(plain).toBe(0);
  expect(saved).toBe(0);
});
