import { expect, test } from '@playwright/test';
import { LANG_TAGS, LOCALE_NAMES } from '../i18n/routing';
import { LOCALES, SLUG } from './helpers';

// The `static` project runs this file against the export too: what only `next start` can do
// (Accept-Language negotiation, redirects, a 404 page per locale) is skipped there.
const serverOnly = () => test.skip(test.info().project.name === 'static', 'needs the Next.js server');

test.describe('locale negotiation at /', () => {
  test('an English browser lands on /en', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test.describe('Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('lands on /zh', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/zh$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    });
  });

  test('a language with no close locale falls back to French', async ({ request }) => {
    serverOnly();
    for (const header of ['nl-NL', 'tr', 'xx']) {
      const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(response.status(), header).toBe(307);
      expect(response.headers()['location'], header).toBe('/fr');
    }
  });

  test('the best of several accepted languages wins', async ({ request }) => {
    serverOnly();
    const response = await request.get('/', { headers: { 'Accept-Language': 'nl, de;q=0.8, en;q=0.5' }, maxRedirects: 0 });
    expect(response.headers()['location']).toBe('/de');
  });
});

test('every locale serves its article list, in its language', async ({ page }) => {
  for (const locale of LOCALES) {
    const response = await page.goto(`/${locale}`);
    expect(response?.status(), locale).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAGS[locale]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator(`main a[href="/${locale}/${SLUG}"]`).first()).toBeVisible();
    // The article's title in the interface language.
    await expect(page.locator('main h2').first()).toHaveAttribute('lang', LANG_TAGS[locale]);
    await expect(page.getByRole('banner').locator('summary')).toContainText(LOCALE_NAMES[locale]);
  }
});

test('reader pages come from the prerendered cache', async ({ request }) => {
  serverOnly();
  const head = await request.get(`/en/${SLUG}`);
  expect(head.headers()['x-nextjs-prerender'] ?? head.headers()['x-nextjs-cache']).toBeTruthy();
});

test('every reader page has a localized title and hreflang alternates for all locales', async ({ page }) => {
  await page.goto(`/de/${SLUG}`);
  await expect(page).toHaveTitle(/Französisch · Deutsch/);
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(LOCALES.length + 1);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`/fr/${SLUG}$`));
});

test.describe('404 pages', () => {
  test.beforeEach(serverOnly);

  test('an unknown slug gives a 404 in the interface language, with a way back', async ({ page }) => {
    const response = await page.goto('/de/no-such-article');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await page.getByRole('link', { name: 'Zurück zu den Artikeln' }).click();
    await expect(page).toHaveURL(/\/de$/);
  });

  test('an unknown second language gives a 404', async ({ page }) => {
    const response = await page.goto(`/en/${SLUG}/xx`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('French is not a second language of itself', async ({ page }) => {
    const response = await page.goto(`/en/${SLUG}/fr`);
    expect(response?.status()).toBe(404);
  });

  test('an unknown locale is sent to a known one, then 404s there', async ({ page }) => {
    const response = await page.goto('/xx/whatever');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/en\/xx\/whatever$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('a path that tries to leave the content folder is a 404', async ({ request }) => {
    const response = await request.get('/fr/..%2f..%2fetc%2fpasswd');
    expect(response.status()).toBe(404);
  });
});
