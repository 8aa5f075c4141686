import { expect, test } from '@playwright/test';
import { LOCALES, SLUG } from './helpers';

/** Text without whitespace, to compare a description with the page's text however it is laid out. */
const squeeze = (text: string) => text.replace(/\s+/gu, '');

test('robots.txt allows crawling and points to the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*/iu);
  expect(text).toMatch(/Allow: \//u);
  expect(text).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/u);
});

test('sitemap.xml lists every locale index and reader page, with hreflang alternates', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => new URL(m[1]!).pathname);
  expect(new Set(urls).size).toBe(urls.length);
  for (const locale of LOCALES) {
    expect(urls).toContain(`/${locale}`);
    expect(urls).toContain(`/${locale}/${SLUG}`);
  }
  expect(urls).toContain(`/en/${SLUG}/zh`);
  expect(urls).toContain(`/zh/${SLUG}/en`);
  // The locale's own second language is the same page as /{locale}/{slug}: only the canonical URL is listed.
  expect(urls).not.toContain(`/en/${SLUG}/en`);
  // Every locale × every other second language, plus every locale index and default reader.
  expect(urls.length).toBe(LOCALES.length * 2 + LOCALES.length * (LOCALES.length - 2));

  const entry = xml.split('<url>').find((u) => u.includes(`/de/${SLUG}</loc>`)) ?? '';
  expect(entry.match(/hreflang="/gu)?.length).toBe(LOCALES.length + 1);
  expect(entry).toMatch(new RegExp(`hreflang="zh-Hans"\\s+href="[^"]+/zh/${SLUG}"`, 'u'));
  expect(entry).toMatch(new RegExp(`hreflang="x-default"\\s+href="[^"]+/fr/${SLUG}"`, 'u'));
});

test('a reader page has a canonical URL and Open Graph and Twitter cards in its language', async ({ page }) => {
  await page.goto(`/de/${SLUG}/zh`);
  const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/de/${SLUG}/zh$`));
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:locale')).toHaveAttribute('content', 'de_DE');
  await expect(meta('og:url')).toHaveAttribute('content', new RegExp(`/de/${SLUG}/zh$`));
  await expect(meta('og:title')).toHaveAttribute('content', /Französisch · Chinesisch/);
  await expect(meta('og:site_name')).toHaveAttribute('content', /.+/);
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
  await expect(meta('twitter:title')).toHaveAttribute('content', /Französisch · Chinesisch/);

  // The description is the start of the first paragraph in the page's (German) language.
  const description = await meta('description').getAttribute('content');
  expect(description?.length).toBeGreaterThan(40);
  expect(description?.length).toBeLessThanOrEqual(200);
  await expect(meta('og:description')).toHaveAttribute('content', description!);
  await expect(meta('twitter:description')).toHaveAttribute('content', description!);
  await page.goto(`/de/${SLUG}`);
  const german = squeeze((await page.locator('[data-column="target"][lang="de"]').allTextContents()).join(''));
  expect(german).toContain(squeeze(description!).slice(0, 60));
});

test('the French page describes itself in French, and the default second language has one canonical URL', async ({ page }) => {
  await page.goto(`/fr/${SLUG}/en`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/fr/${SLUG}$`));
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
  const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
  const french = squeeze((await page.locator('[data-column="source"][lang="fr"]').allTextContents()).join(''));
  expect(description.length).toBeGreaterThan(40);
  expect(french).toContain(squeeze(description).slice(0, 60));
});

test('an index page has its own cards', async ({ page }) => {
  await page.goto('/ja');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ja$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ja_JP');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(LOCALES.length - 1);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('no hreflang Link header contradicts the alternates in the page', async ({ request }) => {
  const response = await request.get(`/de/${SLUG}/zh`);
  expect(response.status()).toBe(200);
  expect(response.headers()['link'] ?? '').not.toContain('hreflang');
});
