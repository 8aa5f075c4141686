import { expect, test, type APIResponse } from '@playwright/test';
import { SLUG } from './helpers';

const READER = `/en/${SLUG}/zh`;

/** Every response carries the same security headers, whatever it is. */
function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toMatch(/script-src 'self'/);
  expect(csp, what).not.toContain('unsafe-eval');
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("base-uri 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], what).toBe('DENY');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions, what).toContain(`${feature}=()`);
  // Speech synthesis needs no permission; the speakers stay allowed.
  expect(permissions, what).not.toContain('speaker-selection');
}

test('security headers on a reader page, an index page, a 404 and a data file', async ({ request }) => {
  const cases: [string, number][] = [
    [READER, 200],
    ['/de', 200],
    ['/de/no-such-article', 404],
    [`/data/${SLUG}/ko.json`, 200],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
  const redirect = await request.get('/', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders(redirect, '/ (redirect)');
});

test('the reader raises no CSP violation while hovering, switching the left column and toggling pinyin', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/iu.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto(READER);
  const source = page.locator('#p-5 [data-column="source"] [data-bead]').first();
  await source.hover();
  await expect(page.locator('#p-5 [data-column="target"] [data-bead]').first()).toBeVisible();

  const left = page.getByLabel('Left column');
  await expect(left).toBeVisible();
  await left.selectOption('ko');
  await expect(page).toHaveURL(/[?&]left=ko/);
  await expect(page.locator('#p-5 [data-column="source"]')).toHaveAttribute('lang', 'ko');

  const pinyin = page.getByRole('button', { name: 'Pinyin' });
  await expect(async () => {
    await pinyin.click();
    await expect(pinyin).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  await expect(page.locator('[data-column="target"] rt').first()).toBeVisible();

  await page.reload();
  await expect(page.locator('#p-5 [data-column="source"]')).toHaveAttribute('lang', 'ko');
  expect(violations).toEqual([]);
});

test.describe('malformed requests get a 4xx, never a 500', () => {
  test('a 20 KB query string', async ({ request }) => {
    const response = await request.get(`${READER}?q=${'x'.repeat(20_000)}`);
    expect([414, 431]).toContain(response.status());
  });

  test('bad percent-encoding in the path is a 400; in the query it is ignored', async ({ request }) => {
    for (const path of ['/en/%E0%A4%A', '/%E0%A4%A', `/en/${SLUG}/%ZZ`, '/xx/%']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expectSecurityHeaders(response, path);
    }
    const query = await request.get(`${READER}?left=%E0%A4%A`);
    expect(query.status()).toBe(200);
  });

  test('unknown or malformed Accept-Language values fall back to French', async ({ request }) => {
    for (const header of ['xx-YY', '*', ';;;', 'en;q=abc', 'zz, qq;q=0.1', 'a'.repeat(2000), '']) {
      const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(response.status(), header.slice(0, 20)).toBe(307);
      expect(response.headers()['location'], header.slice(0, 20)).toMatch(/^(http:\/\/[^/]+)?\/[a-z]{2}$/);
    }
  });

  test('HEAD and OPTIONS on a reader page', async ({ request }) => {
    const head = await request.head(READER);
    expect(head.status()).toBe(200);
    expect(head.headers()['content-type']).toContain('text/html');
    expectSecurityHeaders(head, 'HEAD');
    const options = await request.fetch(READER, { method: 'OPTIONS' });
    expect(options.status()).toBe(204);
    expect(options.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  });
});
