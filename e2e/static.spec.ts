import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LANG_TAGS, LOCALE_NAMES } from '../i18n/routing';
import { IMMUTABLE_CACHE_CONTROL, SECURITY_HEADERS } from '../lib/security-headers.js';
import { BLOCKS, LOCALES, pickGreekSecondColumn, SLUG } from './helpers';

// Runs in the `static` project only: out/ (npm run export) served by a plain static file server.
const OUT = path.join(import.meta.dirname, '..', 'out');

test.beforeAll(() => {
  if (!existsSync(path.join(OUT, 'index.html')))
    throw new Error('out/ holds no export: run `npm run export` first (npm run test:e2e does)');
});

test.describe('/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every locale as a link, named in its own language', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisissez votre langue');
    const links = page.getByRole('main').getByRole('link');
    await expect(links).toHaveCount(LOCALES.length);
    for (const locale of LOCALES) {
      const link = page.getByRole('link', { name: LOCALE_NAMES[locale], exact: true });
      await expect(link).toHaveAttribute('href', `/${locale}`);
      await expect(link).toHaveAttribute('hreflang', LANG_TAGS[locale]);
    }
    await page.getByRole('link', { name: 'Suomi', exact: true }).click();
    await expect(page).toHaveURL(/\/fi$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  });
});

test.describe('/ with JavaScript picks from navigator.languages', () => {
  test.use({ locale: 'pt-BR' });
  test('a Brazilian Portuguese browser lands on /pt', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/pt$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  });
});

test.describe('/ with a language no locale fits', () => {
  test.use({ locale: 'nl-NL' });
  test('falls back to French', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
  });
});

test('reader pages answer 200 in their interface language, French beside the second language', async ({ page }) => {
  for (const [locale, lang] of [
    ['en', 'zh'],
    ['zh', 'ko'],
    ['la', 'sa'],
    ['fr', 'en'],
  ] as const) {
    const response = await page.goto(`/${locale}/${SLUG}/${lang}`);
    expect(response?.status(), `${locale}/${lang}`).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAGS[locale]);
    await expect(page.locator(`[data-column="target"][lang="${LANG_TAGS[lang]}"]`)).toHaveCount(BLOCKS);
  }
  const own = await page.goto(`/de/${SLUG}`);
  expect(own?.status()).toBe(200);
  await expect(page.locator('[data-column="target"][lang="de"]')).toHaveCount(BLOCKS);
});

test('an unknown path answers 404 with the 404 page, not indexed', async ({ page }) => {
  for (const url of ['/en/no-such-article', `/en/${SLUG}/xx`, '/nowhere']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText('Page introuvable');
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('link', { name: 'Retour aux articles' }).click();
  await expect(page).toHaveURL(/\/fr$/);
});

test('a path that tries to leave the folder is refused', async ({ request }) => {
  const response = await request.get('/fr/..%2f..%2fetc%2fpasswd');
  expect([400, 404]).toContain(response.status());
  expect(await response.text()).not.toContain('root:');
});

test('each locale has its own 404 page, for hosts that serve the nearest one', async ({ page }) => {
  await page.goto('/de/404');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('the locale switcher navigates and keeps the second language and the pair', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh#p-30`);
  await expect(page.locator('#p-30')).toBeInViewport();
  await page.getByRole('banner').locator('summary').click();
  await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/${SLUG}/zh#p-30$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#p-30')).toBeInViewport();
});

test('the second-language picker navigates', async ({ page }) => {
  await pickGreekSecondColumn(page);
});

test('the left-column picker loads its column from the static data file', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const data = page.waitForResponse(`**/data/${SLUG}/ko.json`);
  await page.getByLabel('Left column').selectOption('ko');
  expect((await data).status()).toBe(200);
  await expect(page).toHaveURL(/[?&]left=ko/);
  await expect(page.locator('#p-5 [data-column="source"]')).toHaveAttribute('lang', 'ko');
  await page.reload();
  await expect(page.locator('#p-5 [data-column="source"]')).toHaveAttribute('lang', 'ko');
});

test('the data files, sitemap, robots.txt and icon are served', async ({ request }) => {
  const data = await request.get(`/data/${SLUG}/zh.json`);
  expect(data.status()).toBe(200);
  expect(data.headers()['content-type']).toContain('json');
  expect(Object.keys(await data.json()).length).toBeGreaterThan(0);
  for (const [url, type] of [
    ['/sitemap.xml', 'xml'],
    ['/robots.txt', 'text/plain'],
    ['/icon.svg', 'image/svg+xml'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toContain(type);
  }
});

test('the security headers are in _headers for the host, and sent by the test server', async ({ page, request }) => {
  const file = readFileSync(path.join(OUT, '_headers'), 'utf8');
  for (const { key, value } of SECURITY_HEADERS) expect(file).toContain(`  ${key}: ${value}\n`);
  expect(file).toContain(`/_next/static/*\n  Cache-Control: ${IMMUTABLE_CACHE_CONTROL}`);

  const response = await request.get(`/en/${SLUG}`);
  for (const { key, value } of SECURITY_HEADERS) expect(response.headers()[key.toLowerCase()], key).toBe(value);
  expect(response.headers()['set-cookie']).toBeUndefined();

  await page.goto('/en');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
});
