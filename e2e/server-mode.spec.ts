import { expect, test } from '@playwright/test';
import { SLUG } from './helpers';

// `next start` (server mode): pages a CDN can cache, and no 500 for paths the proxy's first pattern skips.

test('pages set no cookie and are cacheable by a shared cache', async ({ request }) => {
  for (const path of [`/en/${SLUG}`, `/en/${SLUG}/zh`, '/de']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['set-cookie'], path).toBeUndefined();
    const cacheControl = headers['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/s-maxage=\d+/u);
    expect(cacheControl, path).not.toMatch(/private|no-store|no-cache/u);
  }
  const redirect = await request.get('/', { headers: { 'Accept-Language': 'de' }, maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['set-cookie']).toBeUndefined();
});

test('an unknown page is the prerendered 404 page of its locale, with status 404', async ({ request }) => {
  const response = await request.get('/ja/no-such-article');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('<html lang="ja"');
  expect(html).toMatch(/<h1[^>]*>ページが見つかりません<\/h1>/u);
});

test('broken percent-encoding in asset and file paths is a 400, never a 500', async ({ request }) => {
  for (const path of ['/_next/%E0%A4%A', '/_next/static/%E0%A4%A.js', '/x%E0%A4%A.txt', `/data/${SLUG}/%E0%A4%A.json`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  // A well-formed escape in the same places is still served or a plain 404.
  expect((await request.get('/icon%2Esvg')).status()).toBeLessThan(500);
  expect((await request.get('/_next/static/no-such-file%20.js')).status()).toBe(404);
});
