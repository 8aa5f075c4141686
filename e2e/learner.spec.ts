import { expect, test } from '@playwright/test';
import { SLUG } from './helpers';

test('pinyin: off by default, toggled on with tone marks read in context, kept across a reload before first paint', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const toggle = page.getByRole('button', { name: 'Pinyin' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const firstRt = page.locator('[data-column="target"] rt').first();
  await expect(firstRt).toBeHidden();

  await expect(async () => {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  await expect(firstRt).toBeVisible();
  // 行业 (industry): 行 is háng here, not xíng.
  const readings = await page.locator('[data-column="target"] ruby').evaluateAll((rubies) => {
    const pairs: string[] = [];
    rubies.forEach((ruby, i) => {
      const next = rubies[i + 1];
      if (ruby.firstChild?.textContent === '行' && next?.firstChild?.textContent === '业') {
        pairs.push(`${ruby.querySelector('rt')?.textContent} ${next.querySelector('rt')?.textContent}`);
      }
    });
    return pairs;
  });
  expect(readings.length).toBeGreaterThan(0);
  expect(new Set(readings)).toEqual(new Set(['háng yè']));

  // After a reload the setting is on at the first load event, before any script of the app ran.
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.dataset.pinyin)).toBe('on');
  await expect(page.locator('[data-column="target"] rt').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Pinyin' }).click();
  await expect(page.locator('[data-column="target"] rt').first()).toBeHidden();
  await page.goto(`/en/${SLUG}/zh`);
  await expect(page.locator('[data-column="target"] rt').first()).toBeHidden();
});

test('pinyin is offered only where there is Chinese text', async ({ page }) => {
  await page.goto(`/en/${SLUG}/de`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveCount(0);
});
