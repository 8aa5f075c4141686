import { expect, test, type Page } from '@playwright/test';
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

/** The computed CSS filter of each block of the second column. */
const targetFilters = (page: Page) =>
  page.locator('[data-column="target"]').evaluateAll((blocks) => blocks.map((b) => getComputedStyle(b).filter));

test('self-test: hide the translation, reveal one block by Enter or a click, reveal all, kept across a reload', async ({ page }) => {
  await page.goto(`/en/${SLUG}/de`);
  const hide = page.getByRole('button', { name: 'Hide translation' });
  const revealAll = page.getByRole('button', { name: 'Reveal all' });
  const blocks = page.locator('[data-column="target"]');
  await expect(hide).toHaveAttribute('aria-pressed', 'false');
  await expect(revealAll).toBeHidden();
  expect(new Set(await targetFilters(page))).toEqual(new Set(['none']));

  await expect(async () => {
    await hide.click();
    await expect(hide).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  const filters = await targetFilters(page);
  expect(filters.length).toBeGreaterThan(3);
  for (const filter of filters) expect(filter).toMatch(/^blur\(/u);
  // Unreadable and unselectable, and the hidden state is said to screen readers.
  const hidden = await blocks.nth(1).evaluate((b) => ({
    select: getComputedStyle(b).userSelect,
    hint: getComputedStyle(b, '::before').content,
  }));
  expect(hidden).toEqual({ select: 'none', hint: '"Translation hidden: press Enter or click to reveal it."' });
  await expect(page.locator('[data-column="source"]').first()).toHaveCSS('filter', 'none');
  await expect(revealAll).toBeVisible();

  // Enter on a sentence of the second block reveals that block only.
  await blocks.nth(1).locator('.sentence').first().focus();
  await page.keyboard.press('Enter');
  await expect(blocks.nth(1)).toHaveCSS('filter', 'none');
  await expect(blocks.nth(1)).toHaveCSS('user-select', 'auto');
  await expect(blocks.nth(0)).toHaveCSS('filter', /^blur\(/u);
  await expect(blocks.nth(2)).toHaveCSS('filter', /^blur\(/u);
  // A click reveals the block clicked only.
  await blocks.nth(2).click();
  await expect(blocks.nth(2)).toHaveCSS('filter', 'none');
  await expect(blocks.nth(3)).toHaveCSS('filter', /^blur\(/u);

  await revealAll.click();
  await expect.poll(async () => new Set(await targetFilters(page))).toEqual(new Set(['none']));
  await expect(hide).toHaveAttribute('aria-pressed', 'true');

  // After a reload the translation is hidden again from the first load event on.
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.dataset.hide)).toBe('on');
  expect(await blocks.first().evaluate((b) => getComputedStyle(b).filter)).toMatch(/^blur\(/u);
  await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Hide translation' }).click();
  await expect.poll(async () => new Set(await targetFilters(page))).toEqual(new Set(['none']));
  await page.goto(`/en/${SLUG}/de`);
  await expect(blocks.first()).toHaveCSS('filter', 'none');
});

test('traditional characters: the Chinese column in Traditional, pinyin still over it, kept across a reload', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const toggle = page.getByRole('button', { name: 'Traditional characters' });
  const shownText = () =>
    page.locator('[data-column="target"]').evaluateAll((blocks) => blocks.map((b) => (b as HTMLElement).innerText).join(''));
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await shownText()).toContain('投资');
  expect(await shownText()).not.toContain('資');

  await expect(async () => {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  const traditional = await shownText();
  expect(traditional).toContain('投資');
  expect(traditional).toContain('軟件');
  expect(traditional).not.toMatch(/[资软发]/u);

  // With pinyin on, 資 still reads zī.
  await page.getByRole('button', { name: 'Pinyin' }).click();
  const reading = page
    .locator('[data-column="target"] ruby')
    .filter({ has: page.locator('.hant', { hasText: '資' }) })
    .first()
    .locator('rt');
  await expect(reading).toBeVisible();
  await expect(reading).toHaveText('zī');

  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.dataset.traditional)).toBe('on');
  // (pinyin is on too, so look at the characters themselves rather than the text read out)
  await expect(page.locator('[data-column="target"] .hant', { hasText: '資' }).first()).toBeVisible();
  await expect(page.locator('[data-column="target"] .hans', { hasText: '资' }).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Traditional characters' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`/en/${SLUG}/de`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Traditional characters' })).toHaveCount(0);
});

test('keyboard: j/k move between pairs, t and p toggle, ? lists the shortcuts, none fires in a field', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const pairs = page.locator('[data-pair]');
  const firstSentence = (i: number) => pairs.nth(i).locator('.sentence').first();
  const html = () => page.evaluate(() => ({ ...document.documentElement.dataset }));

  await expect(async () => {
    await page.keyboard.press('j');
    await expect(firstSentence(0)).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(firstSentence(2)).toBeFocused();
  await expect(pairs.nth(2)).toBeInViewport();
  await page.keyboard.press('k');
  await expect(firstSentence(1)).toBeFocused();

  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute('aria-pressed', 'false');

  // ? opens the list; Escape closes it and gives focus back.
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next pair');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(firstSentence(1)).toBeFocused();
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Nothing fires while the left-column selector has focus.
  const select = page.getByRole('combobox', { name: 'Left column' });
  await select.focus();
  const before = await html();
  for (const key of ['j', 't', '?']) await page.keyboard.press(key);
  await expect(select).toBeFocused();
  await expect(dialog).toBeHidden();
  expect(await html()).toEqual(before);
  // Nor with Ctrl, Alt or Meta held.
  await firstSentence(1).focus();
  await page.keyboard.press('Alt+t');
  await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute('aria-pressed', 'false');
});

test('p toggles pinyin only where there is Chinese text', async ({ page }) => {
  await page.goto(`/en/${SLUG}/de`);
  await expect(async () => {
    await page.keyboard.press('t');
    await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  await page.keyboard.press('p');
  expect(await page.evaluate(() => document.documentElement.dataset.pinyin)).toBeUndefined();
});
