import { expect as baseExpect, test, type Page } from '@playwright/test';
import { SLUG } from './helpers';

// The machine running these may be busy: give each step time, and each test more than the default.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

/** What the fake speech engine heard: one entry per utterance spoken. */
interface Heard {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

/**
 * Headless Chromium has no voices: this puts a fake speechSynthesis in the page before its
 * scripts run. It records each utterance, offers French, English and Chinese voices (none for
 * Sanskrit) only after a `voiceschanged` event as Chromium does, and ends each utterance after
 * `delay` ms, firing start and end events asynchronously; with `delay` 0, only `endUtterance` ends one.
 */
async function fakeSpeech(page: Page, delay = 300) {
  await page.addInitScript((ms: number) => {
    const heard: unknown[] = [];
    const voices = [
      { name: 'Amélie', lang: 'fr-FR', voiceURI: 'fr', default: false, localService: true },
      { name: 'Samantha', lang: 'en-US', voiceURI: 'en', default: true, localService: true },
      { name: 'Tingting', lang: 'zh-CN', voiceURI: 'zh', default: false, localService: true },
    ];
    type Handler = ((event: Event) => void) | null;
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: { lang: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    const fire = (u: Utterance, type: 'start' | 'end' | 'error', error?: string) => {
      const event = Object.assign(new Event(type), { error });
      u.dispatchEvent(event);
      u[`on${type}`]?.(event);
    };
    let loaded = false;
    let queue: Utterance[] = [];
    let current: Utterance | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    class Synthesis extends EventTarget {
      paused = false;
      onvoiceschanged: Handler = null;
      get speaking() {
        return current !== null;
      }
      get pending() {
        return queue.length > 0;
      }
      getVoices() {
        return loaded ? voices.slice() : [];
      }
      speak(u: Utterance) {
        queue.push(u);
        this.next();
      }
      next() {
        if (current || this.paused) return;
        const u = queue.shift();
        if (!u) return;
        current = u;
        heard.push({ text: u.text, lang: u.lang, voice: u.voice?.lang ?? null, rate: u.rate });
        setTimeout(() => current === u && fire(u, 'start'), 0);
        if (ms > 0) timer = setTimeout(() => this.end(u), ms);
      }
      end(u: Utterance | null = current) {
        if (!u || current !== u) return;
        current = null;
        fire(u, 'end');
        this.next();
      }
      cancel() {
        const u = current;
        queue = [];
        current = null;
        clearTimeout(timer);
        if (u) setTimeout(() => fire(u, 'error', 'interrupted'), 0);
      }
      pause() {
        this.paused = true;
      }
      resume() {
        this.paused = false;
        this.next();
      }
    }
    const synthesis = new Synthesis();
    setTimeout(() => {
      loaded = true;
      synthesis.dispatchEvent(new Event('voiceschanged'));
    }, 50);
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    Object.defineProperty(window, '__heard', { value: heard });
  }, delay);
}

/** Ends the utterance being spoken (fake with `delay` 0). */
const endUtterance = (page: Page) => page.evaluate(() => (window.speechSynthesis as unknown as { end: () => void }).end());

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);

/** The sentences of one column of a pair, as shown (pinyin and the other script hidden). */
const shown = (page: Page, pair: string, column: 'source' | 'target') =>
  page
    .locator(`#${pair} [data-column="${column}"] .sentence`)
    .evaluateAll((spans) => spans.map((s) => (s as HTMLElement).innerText.trim()));

/** The first pair whose every bead is one sentence to one sentence, with at least `beads` beads. */
const simplePair = (page: Page, beads: number) =>
  page.locator('[data-pair]').evaluateAll((pairs, min) => {
    const found = pairs.find((p) => {
      const of = (column: string) => [...p.querySelectorAll(`[data-column="${column}"] .sentence`)].map((s) => s.getAttribute('data-bead'));
      const [source, target] = [of('source'), of('target')];
      return source.length >= min && source.join() === target.join() && new Set(source).size === source.length;
    });
    return found?.id ?? '';
  }, beads);

const number = (pairId: string) => pairId.replace('p-', '');

/** Where an element is on the page (not in the viewport, which scrolling moves). */
const placeOnPage = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const { x, y, width, height } = e.getBoundingClientRect();
    return { x: x + window.scrollX, y: y + window.scrollY, width, height };
  });

/** Opens the read-aloud panel, again if a click landed before the page was ready. */
async function openPanel(page: Page) {
  await expect(async () => {
    if (!(await page.getByRole('combobox', { name: 'Speed' }).isVisible()))
      await page.getByRole('button', { name: 'Read aloud', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Speed' })).toBeVisible({ timeout: 1000 });
  }).toPass();
}

test('a block is read sentence by sentence in a voice of its language, the current sentence highlighted', async ({ page }) => {
  await fakeSpeech(page, 0);
  await page.goto(`/en/${SLUG}/zh`);
  const pair = await simplePair(page, 2);
  expect(pair).not.toBe('');
  const french = await shown(page, pair, 'source');
  const sentences = page.locator(`#${pair} [data-column="source"] .sentence`);
  // Opening the tool moves nothing on the page.
  const before = await placeOnPage(page, `#${pair}`);

  await page.getByRole('button', { name: `Read aloud: pair ${number(pair)}, French` }).click();
  await expect(page.getByRole('region', { name: 'Read-aloud controls' })).toBeVisible();
  expect(await placeOnPage(page, `#${pair}`)).toEqual(before);
  for (const [i, text] of french.entries()) {
    await expect(sentences.nth(i)).toHaveClass(/sentence-reading/u);
    await expect(page.locator('.sentence-reading')).toHaveCount(1);
    await expect.poll(async () => (await heard(page)).length).toBe(i + 1);
    expect((await heard(page))[i]).toEqual({ text, lang: 'fr-FR', voice: 'fr-FR', rate: 1 });
    await endUtterance(page);
  }
  // The highlight ends with the reading.
  await expect(page.locator('.sentence-reading')).toHaveCount(0);

  // The Chinese block: a Chinese voice, the characters without their pinyin.
  const chinese = await shown(page, pair, 'target');
  await page.getByRole('button', { name: `Read aloud: pair ${number(pair)}, Chinese` }).click();
  for (const i of chinese.keys()) {
    await expect.poll(async () => (await heard(page)).length).toBe(french.length + i + 1);
    await endUtterance(page);
  }
  const zh = (await heard(page)).slice(french.length);
  expect(zh).toEqual(chinese.map((text) => ({ text, lang: 'zh-CN', voice: 'zh-CN', rate: 1 })));
  // No pinyin read out: tone-marked vowels appear only in the <rt> readings.
  for (const { text } of zh) expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u);
});

test('"read both" with no voice for the translation reads the French and names the missing language', async ({ page }) => {
  await fakeSpeech(page, 100);
  await page.goto(`/en/${SLUG}/de`);
  const pair = await simplePair(page, 2);
  const french = await shown(page, pair, 'source');
  await openPanel(page);
  const both = page.getByRole('checkbox', { name: 'Read both: each French sentence, then its translation' });
  await both.check();
  await expect(both).toBeChecked();
  await page.getByRole('button', { name: `Read aloud: pair ${number(pair)}, German` }).click();
  await expect(page.getByRole('status')).toHaveText('Your browser has no German voice, so German text is not read aloud.');
  await expect.poll(async () => (await heard(page)).map((h) => h.text)).toEqual(french);
  expect(new Set((await heard(page)).map((h) => h.voice))).toEqual(new Set(['fr-FR']));
});

test('"read both" alternates French and its English counterpart sentence by sentence', async ({ page }) => {
  await fakeSpeech(page, 150);
  await page.goto(`/en/${SLUG}/en`);
  const pair = await simplePair(page, 2);
  const [french, english] = [await shown(page, pair, 'source'), await shown(page, pair, 'target')];
  await openPanel(page);
  await page.getByRole('checkbox', { name: 'Read both: each French sentence, then its translation' }).check();
  await page.getByRole('button', { name: `Read aloud: pair ${number(pair)}, English` }).click();
  const expected = french.flatMap((text, i) => [
    { text, lang: 'fr-FR', voice: 'fr-FR', rate: 1 },
    { text: english[i] as string, lang: 'en-US', voice: 'en-US', rate: 1 },
  ]);
  await expect.poll(async () => (await heard(page)).length).toBe(expected.length);
  expect(await heard(page)).toEqual(expected);
  await expect(page.getByRole('status')).toHaveText('');
});

test('the speed sets the rate of what is read, and is kept after a reload', async ({ page }) => {
  await fakeSpeech(page, 100);
  await page.goto(`/en/${SLUG}/zh`);
  await openPanel(page);
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await speed.selectOption({ label: '1.25×' });
  await page.getByRole('button', { name: 'Read aloud: pair 2, French' }).click();
  await expect.poll(async () => (await heard(page)).length).toBeGreaterThan(0);
  expect(new Set((await heard(page)).map((h) => h.rate))).toEqual(new Set([1.25]));

  await page.reload();
  await openPanel(page);
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.25');
  await page.getByRole('button', { name: 'Read aloud: pair 3, Chinese' }).click();
  await expect.poll(async () => (await heard(page)).length).toBeGreaterThan(0);
  expect((await heard(page))[0]?.rate).toBe(1.25);
});

test('a language the browser has no voice for is named, and nothing is read in another voice', async ({ page }) => {
  await fakeSpeech(page);
  await page.goto(`/en/${SLUG}/sa`);
  await page.getByRole('button', { name: 'Read aloud: pair 2, Sanskrit' }).click();
  await expect(page.getByRole('status')).toHaveText('Your browser has no Sanskrit voice, so Sanskrit text is not read aloud.');
  expect(await heard(page)).toEqual([]);
  await expect(page.locator('.sentence-reading')).toHaveCount(0);
});

test('s reads the focused pair, listed in the shortcuts; Stop stops', async ({ page }) => {
  // Utterances end only when told: here Stop cuts the first one.
  await fakeSpeech(page, 0);
  await page.goto(`/en/${SLUG}/zh`);
  await expect(async () => {
    await page.keyboard.press('j');
    await expect(page.locator('#p-1 .sentence').first()).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.locator('#p-3 .sentence').first()).toBeFocused();
  const [french, chinese] = [await shown(page, 'p-3', 'source'), await shown(page, 'p-3', 'target')];

  await page.keyboard.press('s');
  await expect(page.locator('#p-3 [data-column="source"] .sentence').first()).toHaveClass(/sentence-reading/u);
  await expect.poll(async () => (await heard(page)).map((h) => h.text)).toEqual([french[0]]);

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.sentence-reading')).toHaveCount(0);
  // The cut utterance reports an interruption, which must not start the next sentence.
  await page.waitForTimeout(1000);
  expect((await heard(page)).map((h) => h.text)).toEqual([french[0]]);
  expect(french.length + chinese.length).toBeGreaterThan(1);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Read the current pair aloud');
});

test('s reads the pair: the French block, then its translation', async ({ page }) => {
  await fakeSpeech(page, 80);
  await page.goto(`/en/${SLUG}/zh`);
  await page.locator('#p-2 [data-column="target"] .sentence').first().focus();
  const [french, chinese] = [await shown(page, 'p-2', 'source'), await shown(page, 'p-2', 'target')];
  await page.keyboard.press('s');
  await expect.poll(async () => (await heard(page)).map((h) => h.text)).toEqual([...french, ...chinese]);
  // Not while typing in a field (the panel opened when reading began).
  await page.getByRole('combobox', { name: 'Speed' }).focus();
  await page.keyboard.press('s');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toBeFocused();
  expect((await heard(page)).length).toBe(french.length + chinese.length);
});

test('a sentence has its own play button once read aloud is used', async ({ page }) => {
  await fakeSpeech(page, 100);
  await page.goto(`/en/${SLUG}/zh`);
  await expect(page.getByRole('button', { name: 'Read this sentence aloud' })).toHaveCount(0);
  await openPanel(page);
  await expect(page.getByRole('region', { name: 'Read-aloud controls' })).toBeVisible();
  const sentence = page.locator('#p-4 [data-column="source"] .sentence').last();
  await expect(async () => {
    await sentence.hover();
    await expect(page.getByRole('button', { name: 'Read this sentence aloud' })).toBeVisible({ timeout: 500 });
  }).toPass();
  await page.getByRole('button', { name: 'Read this sentence aloud' }).click();
  const text = await sentence.evaluate((s) => (s as HTMLElement).innerText.trim());
  await expect.poll(async () => (await heard(page)).map((h) => h.text)).toEqual([text]);
  // Reached by keyboard too: it follows the focused sentence.
  const chinese = page.locator('#p-4 [data-column="target"] .sentence').first();
  await chinese.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Read this sentence aloud' })).toBeFocused();
  await page.keyboard.press('Enter');
  const zh = await chinese.evaluate((s) => (s as HTMLElement).innerText.trim());
  await expect.poll(async () => (await heard(page)).map((h) => h.text)).toEqual([text, zh]);
});

test('without speech synthesis the panel says so', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
      Reflect.deleteProperty(window, name);
      Reflect.deleteProperty(Window.prototype, name);
    }
  });
  await page.goto(`/en/${SLUG}/zh`);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await openPanel(page);
  const status = page.getByRole('status');
  await expect(status).toHaveText('Your browser cannot read aloud: it has no speech synthesis.');
  await page.getByRole('button', { name: 'Read aloud: pair 2, French' }).click();
  await expect(status).toHaveText('Your browser cannot read aloud: it has no speech synthesis.');
  await expect(page.locator('.sentence-reading')).toHaveCount(0);
});
