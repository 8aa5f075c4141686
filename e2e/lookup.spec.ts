import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated, SLUG } from './helpers';

// The popup's code and the dictionary data load on first use: allow for a slow machine.
test.describe.configure({ timeout: 120_000 });
const LOADED = { timeout: 20_000 };

/**
 * The first place where the build's segmentation (/data/<slug>/words-zh.json) has `word` as a
 * word of the Chinese column: the sentence's index among the column's sentences, and the centre
 * of the word's first character, scrolled into view.
 */
async function findChinese(page: Page, word: string): Promise<{ index: number; x: number; y: number }> {
  return page.evaluate(
    async ({ slug, word }) => {
      const data = (await (await fetch(`/data/${slug}/words-zh.json`)).json()) as { segments: string[][] };
      const sentences = [...document.querySelectorAll('[data-column="target"] .sentence')];
      for (const [index, el] of sentences.entries()) {
        const block = Number(el.closest('[data-pair]')!.id.slice(2)) - 1;
        const encoded = data.segments[block]![Number(el.getAttribute('data-i'))]!;
        // The sentence's text as read: Simplified characters, no pinyin.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('rt, .hant')) nodes.push(n as Text);
        const text = nodes.map((n) => n.data).join('');
        let start = 0;
        for (const digit of encoded) {
          const end = start + Number.parseInt(digit, 36);
          if (text.slice(start, end) === word) {
            let at = start;
            for (const n of nodes) {
              if (at < n.length) {
                // The character itself, in case the page is wider than a narrow screen.
                n.parentElement!.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
                const range = document.createRange();
                range.setStart(n, at);
                range.setEnd(n, at + 1);
                const r = range.getBoundingClientRect();
                return { index, x: r.left + r.width / 2, y: r.top + r.height / 2 };
              }
              at -= n.length;
            }
          }
          start = end;
        }
      }
      throw new Error(`${word} is not a word of the Chinese column`);
    },
    { slug: SLUG, word },
  );
}

/** Clicks a Chinese word; returns its sentence. */
async function clickChinese(page: Page, word: string): Promise<Locator> {
  const { index, x, y } = await findChinese(page, word);
  await page.mouse.click(x, y);
  return page.locator('[data-column="target"] .sentence').nth(index);
}

/** Waits until the page is interactive (hydrated). */
const interactive = (page: Page) => hydrated(page, 20_000);

/** Clicks the first occurrence of a whole word in a column's text (Latin script). */
async function clickWord(page: Page, column: 'source' | 'target', word: string) {
  const point = await page.evaluate(
    ({ column, word }) => {
      for (const el of document.querySelectorAll(`[data-column="${column}"] .sentence`)) {
        const node = [...el.childNodes].find((n): n is Text => n instanceof Text && new RegExp(`\\b${word}\\b`, 'u').test(n.data));
        if (!node) continue;
        const at = node.data.search(new RegExp(`\\b${word}\\b`, 'u'));
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`${word} not found`);
    },
    { column, word },
  );
  await page.mouse.click(point.x, point.y);
}

test('a Chinese word opens its pinyin and CC-CEDICT glosses; Escape closes and gives focus back', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const dialog = page.getByRole('dialog', { name: '工程师' });
  await interactive(page);
  const sentence = await clickChinese(page, '工程师');
  await expect(dialog).toBeVisible(LOADED);
  await expect(dialog).toContainText('gōng chéng shī');
  await expect(dialog.getByText('engineer', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Counterpart' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sentence).toBeFocused();
});

test('a click outside the popup closes it; the popup stays on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`/en/${SLUG}/zh`);
  const dialog = page.getByRole('dialog', { name: '工程师' });
  await interactive(page);
  await clickChinese(page, '工程师');
  await expect(dialog).toBeVisible(LOADED);
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);
  await page.mouse.click(box!.x + box!.width / 2, box!.y > 100 ? 20 : 630);
  await expect(dialog).toBeHidden();
});

test('keyboard: Enter on a sentence lists its words, each one looked up', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const { index } = await findChinese(page, '工程师');
  const sentence = page.locator('[data-column="target"] .sentence').nth(index);
  const list = page.getByRole('dialog', { name: 'Words of this sentence' });
  await interactive(page);
  await sentence.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible(LOADED);
  await expect(list.getByRole('heading', { name: 'Words of this sentence' })).toBeFocused();
  await list.getByRole('button', { name: '工程师', exact: true }).first().click();
  const word = page.getByRole('dialog', { name: '工程师' });
  await expect(word).toContainText('engineer', LOADED);
  await word.getByRole('button', { name: 'All words of the sentence' }).click();
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(sentence).toBeFocused();
});

test('a French word shows its counterpart sentence and its other occurrences', async ({ page }) => {
  await page.goto(`/en/${SLUG}/en`);
  const dialog = page.getByRole('dialog', { name: 'ingénieurs' });
  await interactive(page);
  await clickWord(page, 'source', 'ingénieurs');
  await expect(dialog).toBeVisible(LOADED);
  const counterpart = await page.evaluate(() => {
    const first = [...document.querySelectorAll('[data-column="source"] .sentence')].find((s) =>
      /\bingénieurs\b/u.test(s.textContent ?? ''),
    )!;
    const bead = first.getAttribute('data-bead')!;
    return [...first.closest('[data-pair]')!.querySelectorAll(`[data-column="target"] [data-bead="${bead}"]`)]
      .map((s) => s.textContent)
      .join(' ');
  });
  expect(counterpart.length).toBeGreaterThan(10);
  await expect(dialog).toContainText(counterpart);
  const links = dialog.getByRole('link');
  expect(await links.count()).toBeGreaterThan(1);
  await expect(links.first()).toHaveAttribute('href', /^#p-\d+$/u);
  await expect(links.first()).toContainText(/ingénieurs/iu);
  // An occurrence link goes to its pair.
  const href = await links.first().getAttribute('href');
  await links.first().click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${href}$`, 'u'));
});

test('saved words: save, list with context, kept across a reload, exported as TSV and CSV, deleted', async ({ page }) => {
  await page.goto(`/en/${SLUG}/zh`);
  const popup = page.getByRole('dialog', { name: '工程师' });
  await interactive(page);
  await clickChinese(page, '工程师');
  await expect(popup).toBeVisible(LOADED);
  await popup.getByRole('button', { name: 'Save word' }).click();
  await expect(popup.getByRole('button', { name: 'Saved' })).toBeDisabled();
  await page.keyboard.press('Escape');

  await page.reload();
  const open = page.getByRole('button', { name: 'Saved words', exact: true });
  const panel = page.getByRole('dialog', { name: 'Saved words' });
  await interactive(page);
  await open.click();
  await expect(panel).toBeVisible(LOADED);
  const item = panel.getByRole('listitem').filter({ hasText: '工程师' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('gōng chéng shī');
  await expect(item).toContainText('engineer');
  // Its context: the Chinese sentence, and the French counterpart.
  await expect(item.locator('p[lang="zh-Hans"]')).toContainText('工程师');
  await expect(item.locator('p[lang="fr"]')).not.toBeEmpty();

  const [tsv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download for Anki (TSV)' }).click()]);
  expect(tsv.suggestedFilename()).toBe('saved-words-anki.tsv');
  const tsvText = await readFile((await tsv.path())!, 'utf8');
  const note = tsvText.split('\n').find((line) => line.startsWith('工程师\t'));
  expect(note?.split('\t')).toHaveLength(3);
  expect(note).toContain('engineer');

  const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download CSV' }).click()]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText.split('\r\n')[0]).toContain('text,kind,language,pinyin,glosses');
  expect(csvText).toContain('工程师,word,zh-Hans,gōng chéng shī,');

  await item.getByRole('button', { name: /^Delete/u }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: '工程师' })).toHaveCount(0);
  await expect(panel).toContainText('Nothing saved yet');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(open).toBeFocused();
});

test('corrupt saved data is reported and kept aside', async ({ page }) => {
  await page.goto(`/en/${SLUG}/de`);
  await page.evaluate(() => localStorage.setItem('lookup.saved', '{oops'));
  const open = page.getByRole('button', { name: 'Saved words', exact: true });
  const panel = page.getByRole('dialog', { name: 'Saved words' });
  await interactive(page);
  await open.click();
  await expect(panel).toBeVisible(LOADED);
  await expect(panel.getByRole('alert')).toContainText('could not be read');
  await expect(panel.getByRole('alert')).toContainText('lookup.saved.corrupt.');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('lookup.saved.corrupt.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{oops']);
});

test('a click on a hidden translation reveals it and looks nothing up', async ({ page }) => {
  await page.goto(`/en/${SLUG}/de`);
  const hide = page.getByRole('button', { name: 'Hide translation' });
  await expect(async () => {
    await hide.click();
    await expect(hide).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  const block = page.locator('[data-column="target"]').nth(1);
  await block.locator('.sentence').first().click();
  await expect(block).toHaveCSS('filter', 'none');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
