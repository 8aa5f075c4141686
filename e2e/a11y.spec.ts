import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANG_TAGS, LOCALE_NAMES, type Locale } from '../i18n/routing';
import type { ReaderFlag } from '../lib/reader/settings';
import { hydrated, LOCALES, SLUG } from './helpers';

// WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices (the bar).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const WIDTHS = { wide: 1280, narrow: 375 } as const;
const SCHEMES = ['light', 'dark'] as const;

interface PageCase {
  name: string;
  path: string;
  /** Reader settings saved before the page loads, as a returning reader would have them. */
  flags?: ReaderFlag[];
  /** Brings the page into the state under test, once it is interactive. */
  prepare?: (page: Page) => Promise<void>;
  /**
   * Checks only the first rows of the article: with pinyin and both scripts every character is a
   * <ruby>, tens of thousands of nodes of the same markup, too many for axe on a busy machine.
   */
  sampleRows?: number;
}

// Every page type, across a sample of interface locales (Latin, CJK, Cyrillic, Greek, Devanagari).
const PAGES: PageCase[] = [
  { name: 'locale index (fr)', path: '/fr' },
  { name: 'locale index (ru)', path: '/ru' },
  {
    name: 'reader, default second column, a row hovered and a sentence focused (en)',
    path: `/en/${SLUG}`,
    prepare: async (page) => {
      await hydrated(page);
      // The row's highlight and its number link (wide screens), and a lit bead in both columns.
      await page.locator('#p-3 [data-column="source"]').hover();
      await page.locator('#p-5 [data-column="target"] .sentence').first().focus();
      await expect(page.locator('#p-5 .sentence-active')).not.toHaveCount(0);
    },
  },
  {
    name: 'reader zh with pinyin and Traditional (fr)',
    path: `/fr/${SLUG}/zh`,
    flags: ['pinyin', 'traditional'],
    sampleRows: 8,
    prepare: async (page) => {
      await hydrated(page);
      await expect(page.locator('[data-column="target"] rt').first()).toBeVisible();
      await expect(page.locator('[data-column="target"] .hant').first()).toBeVisible();
    },
  },
  { name: 'reader ja (el)', path: `/el/${SLUG}/ja`, prepare: hydrated },
  { name: 'reader sa (ja)', path: `/ja/${SLUG}/sa`, prepare: hydrated },
  {
    name: 'reader with Korean on the left (en)',
    path: `/en/${SLUG}/de?left=ko`,
    prepare: async (page) => {
      await expect(page.locator('[data-column="source"][lang="ko"]').first()).toBeVisible({ timeout: 20_000 });
    },
  },
  {
    name: 'keyboard-shortcuts dialog open (zh)',
    path: `/zh/${SLUG}/en`,
    prepare: async (page) => {
      await hydrated(page);
      await page.getByRole('button', { name: '键盘快捷键' }).click();
      await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
    },
  },
  {
    name: 'self-test, translation hidden (sa)',
    path: `/sa/${SLUG}/de`,
    flags: ['hide'],
    prepare: async (page) => {
      await hydrated(page);
      await expect(page.locator('main button[aria-pressed="true"]')).toHaveCount(1);
    },
  },
  {
    name: 'interface and second-column switchers open (el)',
    path: `/el/${SLUG}/fi`,
    prepare: async (page) => {
      await hydrated(page);
      for (const summary of await page.locator('summary').all()) await summary.click();
      await expect(page.getByRole('navigation')).toHaveCount(2);
    },
  },
  { name: 'localized 404 (ja)', path: '/ja/no-such-article' },
];

/** One line per failing node: rule, impact, selector and the start of its HTML. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')} — ${n.html.slice(0, 160)}`),
  );
}

/** Saves reader settings before any page script runs, as a returning reader would have them. */
async function withFlags(page: Page, flags: readonly ReaderFlag[] | undefined) {
  if (!flags) return;
  await page.addInitScript((keys) => {
    for (const key of keys) localStorage.setItem(`reader.${key}`, 'on');
  }, flags);
}

test.describe('axe-core: no violations', () => {
  // axe needs tens of seconds on a reader page when the machine is busy.
  test.describe.configure({ timeout: 240_000 });
  for (const { name, path, flags, prepare, sampleRows } of PAGES) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      for (const colorScheme of SCHEMES) {
        test(`${name}, ${size}, ${colorScheme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await withFlags(page, flags);
          await page.goto(path);
          await expect(page.getByRole('main')).toBeVisible();
          await prepare?.(page);
          // Colour transitions end before contrast is measured.
          await page.evaluate(() =>
            Promise.all(
              document
                .getAnimations()
                .filter((a) => a.timeline === document.timeline) // not the scroll-driven progress bar, which never finishes
                .map((a) => a.finished),
            ),
          );
          const axe = new AxeBuilder({ page }).withTags(AXE_TAGS);
          // Rows are siblings after the column headings: row N is the (N + 1)th <div>.
          if (sampleRows) axe.exclude(`[data-pair]:nth-of-type(n+${sampleRows + 2})`);
          const { violations } = await axe.analyze();
          expect(describeViolations(violations), `${path} in ${colorScheme} mode at ${width} px`).toEqual([]);
        });
      }
    }
  }
});

test.describe('landmarks, skip link and focus', () => {
  test('every page type has one banner, one main, one contentinfo, and named navigation', async ({ page }) => {
    for (const path of ['/en', `/fr/${SLUG}`, `/ru/${SLUG}/el`, '/de/no-such-article']) {
      await page.goto(path);
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('main'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
      for (const summary of await page.locator('summary').all()) await summary.click();
      const navigation = page.getByRole('navigation');
      expect(await navigation.count(), path).toBeGreaterThan(0);
      for (const nav of await navigation.all()) await expect(nav, path).toHaveAccessibleName(/\S/u);
    }
    await expect(page.getByRole('navigation', { name: 'Anzeigesprache' })).toBeVisible();
  });

  test('the skip link is the first stop, shows when focused, and moves focus to main', async ({ page }) => {
    await page.goto(`/en/${SLUG}/zh`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab continues inside main, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
  });

  test('links, buttons, disclosures, the picker and sentences show a focus indicator', async ({ page }) => {
    test.setTimeout(120_000);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/en/${SLUG}/de`);
      await hydrated(page);
      // Keyboard modality first: later programmatic focus then matches :focus-visible, as after Tab.
      await page.keyboard.press('Tab');
      const targets = [
        page.getByRole('banner').getByRole('link', { name: 'Parallel Reader' }),
        page.getByRole('banner').locator('summary'),
        page.getByRole('button', { name: 'Hide translation' }),
        page.getByRole('button', { name: 'Keyboard shortcuts' }),
        page.getByRole('combobox', { name: 'Left column' }),
        page.getByRole('link', { name: 'Pair 3', exact: true }),
        page.locator('#p-3 [data-column="source"] .sentence').first(),
        page.locator('#p-3 [data-column="target"] .sentence').first(),
      ];
      for (const target of targets) {
        const ring = () =>
          target.evaluate((el) => {
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            return outline || style.boxShadow !== 'none' ? `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}` : 'none';
          });
        const before = await ring();
        await target.focus();
        await expect(target).toBeFocused();
        const label = `${await target.evaluate((el) => el.outerHTML.slice(0, 80))} (${colorScheme})`;
        await expect.poll(ring, label).not.toBe(before);
        expect(await ring(), label).not.toBe('none');
      }
    }
  });
});

test.describe('structure and language', () => {
  test('headings start at one h1 and never skip a level', async ({ page }) => {
    for (const path of ['/ja', `/en/${SLUG}`, `/zh/${SLUG}/sa`, '/fr/no-such-article']) {
      await page.goto(path);
      const levels = await page
        .getByRole('heading')
        .evaluateAll((headings) => headings.map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1))));
      expect(levels[0], path).toBe(1);
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toHaveLength(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > (levels[i - 1] ?? 0) + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
      expect(skips, path).toEqual([]);
    }
  });

  test('the interface switcher is announced with its current language', async ({ page }) => {
    for (const locale of ['en', 'zh', 'sa', 'el'] as const satisfies Locale[]) {
      await page.goto(`/${locale}/${SLUG}`);
      const summary = page.getByRole('banner').locator('summary');
      await expect(summary).toHaveAccessibleName(new RegExp(LOCALE_NAMES[locale]));
      await summary.click();
      await expect(page.getByRole('banner').getByRole('link', { name: LOCALE_NAMES[locale], exact: true })).toHaveAttribute(
        'aria-current',
        'true',
      );
    }
    // The second-column picker (the first disclosure of the toolbar; Layout is the second).
    await expect(page.locator('main summary').first()).toHaveAccessibleName(/ελληνικά/iu);
  });
});

/**
 * Text in a script its nearest `lang` cannot be written in: a run in another language that is
 * not marked. Latin letters pass everywhere (names, acronyms and pinyin occur in every language).
 */
function unmarkedRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scripts: Record<string, RegExp> = {
      zh: /[\p{Script=Han}\p{Script=Bopomofo}]/u,
      ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
      ko: /[\p{Script=Hangul}\p{Script=Han}]/u,
      ru: /\p{Script=Cyrillic}/u,
      el: /\p{Script=Greek}/u,
      sa: /\p{Script=Devanagari}/u,
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      const allowed = scripts[lang.split('-')[0] ?? ''];
      // Letters of a script of their own: not Latin, nor shared marks like Japanese ー.
      const letters = [...(node.textContent ?? '')].filter(
        (c) => /\p{L}/u.test(c) && !/[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(c),
      );
      const stray = letters.filter((c) => !allowed?.test(c));
      if (stray.length > 0) found.push(`lang="${lang}" <${parent.tagName.toLowerCase()}>: ${node.textContent?.trim().slice(0, 50)}`);
    }
    return found;
  });
}

test.describe('lang on every run in another language', () => {
  test.describe.configure({ timeout: 120_000 });
  const pages: { path: string; flags?: ReaderFlag[] }[] = [
    { path: '/ja' },
    { path: `/en/${SLUG}/de` },
    { path: `/fr/${SLUG}/it` },
    { path: `/zh/${SLUG}/ru` },
    { path: `/sa/${SLUG}/zh`, flags: ['pinyin', 'traditional'] },
    { path: `/ru/${SLUG}/ja?left=el` },
    { path: '/el/no-such-article' },
  ];
  for (const { path, flags } of pages) {
    test(path, async ({ page }) => {
      await withFlags(page, flags);
      await page.goto(path);
      const ui = path.split('/')[1] as Locale;
      await expect(page.locator('html')).toHaveAttribute('lang', LANG_TAGS[ui]);
      if (path.includes(SLUG)) await hydrated(page);
      if (path.includes('left=')) await expect(page.locator('[data-column="source"][lang="el"]').first()).toBeVisible({ timeout: 20_000 });
      for (const summary of await page.locator('summary').all()) await summary.click();
      expect(await unmarkedRuns(page), path).toEqual([]);

      // Language names in the switchers: each in its own language, whatever the interface.
      const interfaceNames = page.getByRole('banner').getByRole('navigation').getByRole('link');
      await expect(interfaceNames).toHaveCount(LOCALES.length);
      const untagged = await interfaceNames.evaluateAll((links) =>
        links.filter((a) => !a.getAttribute('hreflang') || a.getAttribute('lang') !== a.getAttribute('hreflang')).map((a) => a.outerHTML),
      );
      expect(untagged).toEqual([]);
      if (!path.includes(SLUG)) return;
      const [, , , target] = path.split(/[/?]/u) as [string, string, string, Locale];
      const left = /left=(\w+)/u.exec(path)?.[1] ?? 'fr';
      const secondNames = page.getByRole('main').getByRole('navigation').getByRole('link');
      await expect(secondNames).not.toHaveCount(0);
      const names = await secondNames.evaluateAll((links) =>
        links.map((a) => [a.getAttribute('href')?.split('/').pop(), a.querySelector('span')?.lang]),
      );
      expect(names).toEqual(names.map(([lang]) => [lang, LANG_TAGS[lang as Locale]]));
      // The title's two languages and both columns.
      const title = page.getByRole('heading', { level: 1 });
      await expect(title.locator(`:scope > span[lang="${left}"]`)).toHaveCount(1);
      await expect(title.locator(`:scope > span[lang="${LANG_TAGS[target]}"]`)).toHaveCount(1);
      const columns = await page
        .locator('[data-column]')
        .evaluateAll((blocks) => blocks.map((b) => `${b.getAttribute('data-column')}:${b.getAttribute('lang')}`));
      expect(new Set(columns)).toEqual(new Set([`source:${left}`, `target:${LANG_TAGS[target]}`]));
    });
  }
});

test('with reduced motion: no smooth scrolling and no transitions', async ({ page }) => {
  const motion = () =>
    page.evaluate(() => {
      const moving = [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        const seconds = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d)));
        return seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0);
      });
      return { scroll: getComputedStyle(document.documentElement).scrollBehavior, moving: moving.length };
    });
  // Without the preference the page does animate: the check below can see motion.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`/en/${SLUG}/zh`);
  const normal = await motion();
  expect(normal.scroll).toBe('smooth');
  expect(normal.moving).toBeGreaterThan(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/en/${SLUG}/zh`);
  expect(await motion()).toEqual({ scroll: 'auto', moving: 0 });
  // A jump to a pair lands at once.
  await page.locator('#p-40').evaluate((el) => el.scrollIntoView());
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(0);
  await page.getByRole('main').evaluate(() => window.scrollTo({ top: 0 }));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
