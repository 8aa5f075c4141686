import { expect, test } from '@playwright/test';
import { BLOCKS, pickGreekSecondColumn, SLUG } from './helpers';

// Runs in the `nojs` project only (javaScriptEnabled: false): what a reader gets from the HTML alone.

test('the article reads side by side: French beside the second language, row by row', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  await expect(page.locator('[data-pair]')).toHaveCount(BLOCKS);
  await expect(page.locator('[data-column="source"][lang="fr"]')).toHaveCount(BLOCKS);
  await expect(page.locator('[data-column="target"][lang="zh-Hans"]')).toHaveCount(BLOCKS);
  for (const id of ['p-1', 'p-30', `p-${BLOCKS}`]) {
    const source = await page.locator(`#${id} [data-column="source"]`).boundingBox();
    const target = await page.locator(`#${id} [data-column="target"]`).boundingBox();
    expect(source && target, id).toBeTruthy();
    expect(Math.abs(source!.y - target!.y), `${id}: level`).toBeLessThanOrEqual(3);
    expect(target!.x, `${id}: translation on the right`).toBeGreaterThan(source!.x + source!.width);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('tools that need JavaScript are not offered; the second-column selector is', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  await expect(page.getByText('Second column: Chinese')).toBeVisible();
  for (const name of ['Read aloud', 'Saved words', 'Pinyin', 'Hide translation', 'Keyboard shortcuts']) {
    await expect(page.getByRole('button', { name, exact: true }), name).toBeHidden();
  }
  await expect(page.getByText('Layout', { exact: true })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Left column' })).toBeHidden();
  // The block play buttons are in the HTML (no layout shift when JavaScript runs) but not shown.
  const play = page.locator('#p-1 button[data-play]');
  await expect(play).toHaveCount(2);
  await expect(play.first()).toBeHidden();
  await expect(play.last()).toBeHidden();
});

test('the locale switcher is a disclosure of links that changes the interface and keeps the second language', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const switcher = page.getByRole('banner').locator('details');
  await switcher.locator('summary').click();
  await expect(switcher).toHaveAttribute('open', '');
  await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/${SLUG}/zh$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('[data-column="target"][lang="zh-Hans"]')).toHaveCount(BLOCKS);
});

test('the second-language selector is a disclosure of links to the other translations', async ({ page }) => {
  await pickGreekSecondColumn(page);
});

test('the index links to the reader', async ({ page }) => {
  await page.goto('/en');
  await page.locator(`main a[href="/en/${SLUG}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/en/${SLUG}$`));
  await expect(page.locator('[data-column="target"][lang="en"]')).toHaveCount(BLOCKS);
});

test('an unknown page answers 404, not indexed, in the locale', async ({ page }) => {
  const response = await page.goto('/de/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page).toHaveTitle(/Parallel lesen/);
});

// The proxy answers unknown paths with the locale's prerendered 404 page: complete HTML, no JavaScript needed.
test('the 404 page shows its text and a way back', async ({ page }) => {
  await page.goto('/de/no-such-article');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de', { timeout: 2_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await page.getByRole('link', { name: 'Zurück zu den Artikeln' }).click();
  await expect(page).toHaveURL(/\/de$/);
});

test('a deeper unknown path under a reader page is a complete 404 page too', async ({ page }) => {
  const response = await page.goto(`/en/${SLUG}/xx`);
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found — Parallel Reader$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Back to the articles' })).toHaveAttribute('href', '/en');
});
