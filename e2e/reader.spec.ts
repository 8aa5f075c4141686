import { expect, test, type Locator } from '@playwright/test';
import { LANG_TAGS, type Locale } from '../i18n/routing';
import { BLOCKS, LOCALES, pickGreekSecondColumn, SLUG } from './helpers';

async function top(locator: Locator): Promise<number> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return box.y;
}

test('every locale reader shows French beside its own language (English for French)', async ({ page }) => {
  for (const locale of LOCALES) {
    const second: Locale = locale === 'fr' ? 'en' : locale;
    await page.goto(`/${locale}/${SLUG}`);
    await expect(page.locator('[data-column="source"][lang="fr"]')).toHaveCount(BLOCKS);
    await expect(page.locator(`[data-column="target"][lang="${LANG_TAGS[second]}"]`)).toHaveCount(BLOCKS);
    await expect(page.getByTestId('translation-notice')).toBeVisible();
  }
});

test('/zh/{slug}: each French block is level with its Chinese block at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/zh/${SLUG}`);
  await expect(page.locator('[data-pair]')).toHaveCount(BLOCKS);
  const rows = await page.locator('[data-pair]').evaluateAll((elements) =>
    elements.map((row) => {
      const source = row.querySelector('[data-column="source"]')!;
      const target = row.querySelector('[data-column="target"]')!;
      const [s, t] = [source.getBoundingClientRect(), target.getBoundingClientRect()];
      return {
        id: row.id,
        langs: [source.getAttribute('lang'), target.getAttribute('lang')],
        dy: Math.abs(s.top - t.top),
        gap: t.left - s.right,
      };
    }),
  );
  expect(rows.map((r) => r.id)).toEqual(Array.from({ length: BLOCKS }, (_, i) => `p-${i + 1}`));
  for (const row of rows) {
    expect(row.langs, row.id).toEqual(['fr', 'zh-Hans']);
    expect(row.dy, `${row.id}: tops differ`).toBeLessThanOrEqual(3);
    expect(row.gap, `${row.id}: Chinese is to the right of French`).toBeGreaterThan(0);
  }
});

test('narrow screens interleave the pairs: French, then its translation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/en/${SLUG}`);
  const order: number[] = [];
  for (const i of [2, 3, 4]) {
    order.push(await top(page.locator(`#p-${i} [data-column="source"]`)));
    order.push(await top(page.locator(`#p-${i} [data-column="target"]`)));
  }
  expect(order).toEqual([...order].sort((a, b) => a - b));
  const s = await page.locator('#p-2 [data-column="source"]').boundingBox();
  const t = await page.locator('#p-2 [data-column="target"]').boundingBox();
  expect(Math.abs(s!.x - t!.x)).toBeLessThanOrEqual(1);
});

test('hovering or focusing a block highlights its counterpart', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const source = page.locator('#p-5 [data-column="source"]');
  const target = page.locator('#p-5 [data-column="target"]');
  const idle = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  await source.hover();
  await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(idle);
  await page.mouse.move(0, 0);
  await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(idle);
  await target.locator('[data-bead]').first().focus();
  await expect.poll(() => source.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(idle);
});

test('the language switcher changes the interface and keeps article, second language and pair', async ({ page }) => {
  await page.goto(`/zh/${SLUG}/ja#p-12`);
  await page.getByRole('banner').locator('summary').click();
  await page.getByRole('navigation', { name: '界面语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/${SLUG}/ja#p-12$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#p-12 [data-column="target"]')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#p-12')).toBeInViewport();
});

test('the switcher keeps the pair the reader scrolled to, without a hash', async ({ page }) => {
  await page.goto(`/fr/${SLUG}`);
  await page.locator('#p-30').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('p-30')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.getByRole('banner').locator('summary').click();
  await page.getByRole('link', { name: 'Deutsch' }).click();
  // The French page showed English: the German interface keeps English as second column.
  await expect(page).toHaveURL(new RegExp(`/de/${SLUG}/en#p-(29|30|31)$`));
});

test('the second-language selector switches the translation column', async ({ page }) => {
  await pickGreekSecondColumn(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('metadata is shown and localized', async ({ page }) => {
  await page.goto(`/de/${SLUG}`);
  const meta = page.locator('article header dl');
  await expect(meta).toContainText('23. Juli 2024');
  await expect(meta).toContainText('Zhou Zihao');
  await expect(meta).toContainText('Wang Weikai');
  await page.goto(`/la/${SLUG}`);
  await expect(page.locator('article header dl')).toContainText('die 23 mensis Iulii anno 2024');
});

test('a pair can be linked: #p-N scrolls to it and marks it', async ({ page }) => {
  await page.goto(`/en/${SLUG}#p-40`);
  await expect(page.locator('#p-40')).toBeInViewport();
  const bg = await page.locator('#p-40 [data-column="target"]').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});

test('hovering or focusing a sentence highlights its counterpart sentence(s), a 2-1 bead whole', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  // A bead that joins two French sentences into one Chinese sentence.
  const bead = await page.evaluate(() => {
    const counts = new Map<string, number>();
    for (const el of document.querySelectorAll('[data-column="source"] [data-bead]')) {
      const id = el.getAttribute('data-bead')!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].find(
      ([id, n]) => n === 2 && document.querySelectorAll(`[data-column="target"] [data-bead="${id}"]`).length === 1,
    )?.[0];
  });
  expect(bead, 'the fr–zh alignment has a 2-1 bead').toBeTruthy();
  const members = page.locator(`[data-bead="${bead}"]`);
  await expect(members).toHaveCount(3);
  // Retried: the listeners arrive with hydration, a moment after the static page shows.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await members.first().hover();
    for (let i = 0; i < 3; i++) await expect(members.nth(i)).toHaveClass(/sentence-active/, { timeout: 500 });
  }).toPass();
  const others = page.locator('.sentence-active');
  await expect(others).toHaveCount(3);

  // Keyboard: focus the Chinese sentence of a 1-1 bead; its French sentence lights up.
  const oneToOne = page.locator('#p-3 [data-column="target"] [data-bead]').first();
  const id = await oneToOne.getAttribute('data-bead');
  // Keep the mouse off the text: focusing scrolls, and a sentence sliding under the pointer would take the highlight.
  await page.mouse.move(0, 0);
  await oneToOne.focus();
  await expect(page.locator(`[data-column="source"] [data-bead="${id}"]`)).toHaveClass(/sentence-active/);
  await expect(members.first()).not.toHaveClass(/sentence-active/);
});

test('every sentence is its own element, with the same bead ids in both columns', async ({ page }) => {
  await page.goto(`/ja/${SLUG}`);
  const ids = await page.evaluate(() => {
    const of = (column: string) =>
      new Set(
        [...document.querySelectorAll(`[data-column="${column}"] [data-bead]:not([data-unmatched])`)].map((e) =>
          e.getAttribute('data-bead'),
        ),
      );
    return { source: [...of('source')].sort(), target: [...of('target')].sort() };
  });
  expect(ids.source.length).toBeGreaterThan(100);
  expect(ids.source).toEqual(ids.target);
});

test('any two languages side by side: Korean beside Chinese, aligned through French, kept in the URL', async ({ page }) => {
  await page.goto(`/ko/${SLUG}/zh#p-11`);
  await page.getByLabel('왼쪽 열').selectOption('ko');
  await expect(page).toHaveURL(new RegExp(`/ko/${SLUG}/zh\\?left=ko#p-11$`));
  await expect(page.locator('[data-column="source"][lang="ko"]')).toHaveCount(BLOCKS);
  await expect(page.locator('#p-11 [data-column="source"]')).toContainText(/[가-힣]/u);
  await expect(page.locator('#article-title [data-left-text="title"]')).toHaveAttribute('lang', 'ko');
  // The left block's play button names the language it now reads.
  await expect(page.locator('#p-11 [data-play="source"]')).toHaveAttribute('aria-label', '소리 내어 읽기: 문단 11, 한국어');

  // Every Korean sentence of a row shares a bead with a Chinese sentence of that row, or is marked unmatched.
  const orphans = await page
    .locator('[data-pair]')
    .evaluateAll((rows) =>
      rows.flatMap((row) =>
        [...row.querySelectorAll('[data-column="source"] [data-bead]:not([data-unmatched])')]
          .map((s) => s.getAttribute('data-bead'))
          .filter((bead) => !row.querySelector(`[data-column="target"] [data-bead="${bead}"]`)),
      ),
    );
  expect(orphans).toEqual([]);
  const korean = page.locator('#p-11 [data-column="source"] [data-bead]').first();
  const bead = await korean.getAttribute('data-bead');
  await korean.hover();
  await expect(page.locator(`#p-11 [data-column="target"] [data-bead="${bead}"]`).first()).toHaveClass(/sentence-active/);

  await page.reload();
  await expect(page.locator('#p-11 [data-column="source"]')).toHaveAttribute('lang', 'ko');
  await expect(page.getByLabel('왼쪽 열')).toHaveValue('ko');

  await page.getByLabel('왼쪽 열').selectOption('fr');
  await expect(page).toHaveURL(new RegExp(`/ko/${SLUG}/zh#p-11$`));
  await expect(page.locator('[data-column="source"][lang="fr"]')).toHaveCount(BLOCKS);
  await expect(page.locator('#p-11 [data-column="source"]')).toContainText('ingénieur');
  await expect(page.locator('#p-11 [data-play="source"]')).toHaveAttribute('aria-label', '소리 내어 읽기: 문단 11, 프랑스어');
});
