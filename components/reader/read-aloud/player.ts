/**
 * Read aloud in the browser: speaks the page's sentences with speechSynthesis, one utterance at
 * a time so that speed changes apply at once, and highlights the sentence being read. Loaded on
 * first use (load.ts); `start` wires the panel rendered by ReadAloudPanel.
 */
import { parseRate, pickVoice, RATE_KEY, READ_BOTH_KEY, readingQueue, type ReadRequest } from '@/lib/reader/speech';
import { readStored, store } from '../stored';
import { PANEL_ID } from './ids';
import { columnLines, columnOf, type Line } from './page-text';

const READING = 'sentence-reading';

/** The interface's words, put on the panel by the server as JSON (`data-messages`). */
interface Messages {
  unsupported: string;
  failed: string;
  sentence: string;
  noVoiceAny: string;
  /** One message per language tag of the page's languages, naming the language. */
  noVoice: Record<string, string>;
}

let started = false;
/** Counts readings: events of a reading that was stopped or replaced are ignored. */
let run = 0;
let floating: HTMLButtonElement | null = null;

const panel = () => document.getElementById(PANEL_ID);
const control = <E extends Element>(selector: string) => panel()?.querySelector<E>(selector) ?? null;
const synthesis = (): SpeechSynthesis | null =>
  typeof window.speechSynthesis?.speak === 'function' && typeof window.SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : null;

function messages(): Messages {
  return JSON.parse(panel()?.dataset.messages ?? '{}') as Messages;
}

/** Says `text` in the panel's status line (empty to clear it). */
function say(text: string): void {
  const status = control<HTMLElement>('[role="status"]');
  if (status) status.textContent = text;
}

function openPanel(): void {
  const element = panel();
  if (element && !element.matches(':popover-open')) element.showPopover();
}

/** Marks the sentence being read, and brings it into view above the panel when it is not. */
function highlight(sentence: HTMLElement | null): void {
  for (const old of document.querySelectorAll(`.${READING}`)) old.classList.remove(READING);
  if (!sentence) return;
  sentence.classList.add(READING);
  const { top, bottom } = sentence.getBoundingClientRect();
  const visibleBottom = window.innerHeight - (panel()?.offsetHeight ?? 0);
  // `auto` follows the page's scroll-behavior, which is smooth unless the reader prefers reduced motion.
  if (top < 0 || bottom > visibleBottom) sentence.scrollIntoView({ block: 'center', behavior: 'auto' });
}

function setPaused(paused: boolean): void {
  control<HTMLButtonElement>('[data-action="pause"]')?.setAttribute('aria-pressed', String(paused));
}

/** Stops reading: nothing more is spoken and the highlight goes. */
export function stop(): void {
  run += 1;
  const speech = synthesis();
  if (speech) {
    speech.cancel();
    // A paused engine stays paused after cancel() in Chromium, and would not speak again.
    if (speech.paused) speech.resume();
  }
  setPaused(false);
  highlight(null);
}

/** The voices, waiting a moment for them where the browser loads them after the page. */
function voicesReady(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = speech.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', done);
      resolve(speech.getVoices());
    };
    const timer = setTimeout(done, 1500);
    speech.addEventListener('voiceschanged', done);
  });
}

/** Speaks `lines` in order, each in a voice of its language; lines with no such voice are left out and named. */
async function speak(lines: Line[]): Promise<void> {
  stop();
  const current = run;
  openPanel();
  say('');
  const speech = synthesis();
  const text = messages();
  if (!speech) return say(text.unsupported);
  const voices = await voicesReady(speech);
  if (current !== run) return;
  const missing = new Set<string>();
  const voiced = lines.flatMap((line) => {
    const voice = pickVoice(voices, line.lang);
    if (!voice) missing.add(line.lang);
    return voice ? [{ ...line, voice }] : [];
  });
  say([...missing].map((lang) => text.noVoice[lang] ?? text.noVoiceAny).join(' '));

  const next = (i: number) => {
    const line = voiced[i];
    if (current !== run) return;
    if (!line) return highlight(null);
    const utterance = new SpeechSynthesisUtterance(line.text);
    utterance.voice = line.voice;
    utterance.lang = line.voice.lang;
    utterance.rate = parseRate(control<HTMLSelectElement>('select[name="rate"]')?.value);
    utterance.onend = () => next(i + 1);
    utterance.onerror = (event) => {
      // Cancelling (Stop, or another reading) interrupts the current utterance: not an error.
      if (current !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      say(text.failed);
      stop();
    };
    highlight(line.element);
    speech.speak(utterance);
  };
  next(0);
}

const readBoth = () => control<HTMLInputElement>('input[name="readBoth"]')?.checked ?? false;

/** Reads what `request` asks of the pair row `pair`. */
function play(pair: Element, request: ReadRequest): void {
  const lines = { source: columnLines(pair, 'source'), target: columnLines(pair, 'target') };
  void speak(readingQueue(lines, request, readBoth()));
}

/** Reads one sentence (with its counterparts when "read both" is on). */
function playSentence(sentence: Element): void {
  const pair = sentence.closest('[data-pair]');
  const column = columnOf(sentence);
  if (!pair || !column) return;
  const index = columnLines(pair, column).findIndex((line) => line.element === sentence);
  if (index >= 0) play(pair, { kind: 'sentence', column, index });
}

/** Reads a pair: its first block then its second, or both interleaved sentence by sentence. For `s`. */
export function readPair(pair: Element): void {
  start();
  play(pair, { kind: 'pair' });
}

/** Handles a click on a read-aloud control: a block's play button, the sentence play button, or the panel's opener. */
export function handleClick(target: Element): void {
  start();
  if (target.matches('[data-play-sentence]')) {
    const sentence = target.previousElementSibling;
    if (sentence?.matches('.sentence')) playSentence(sentence);
    return;
  }
  const column = target.getAttribute('data-play');
  const pair = target.closest('[data-pair]');
  if (pair && (column === 'source' || column === 'target')) play(pair, { kind: 'block', column });
}

/** Puts the one sentence play button after the sentence hovered or focused, out of the flow (no shift). */
function follow(event: Event): void {
  const sentence = event.target instanceof Element ? event.target.closest('[data-column] .sentence') : null;
  if (!sentence || !floating) return;
  // A keyboard user on the button keeps it where it is while the mouse wanders.
  if (event.type === 'pointerover' && document.activeElement === floating) return;
  if (sentence.nextElementSibling !== floating) sentence.after(floating);
}

/** Wires the panel's controls to the saved choices, the sentence play button and page exit. Runs once. */
export function start(): void {
  if (started) return;
  started = true;
  const rate = control<HTMLSelectElement>('select[name="rate"]');
  if (rate) {
    rate.value = String(parseRate(readStored(RATE_KEY)));
    rate.addEventListener('change', () => store(RATE_KEY, String(parseRate(rate.value))));
  }
  const both = control<HTMLInputElement>('input[name="readBoth"]');
  if (both) {
    both.checked = readStored(READ_BOTH_KEY) === 'on';
    both.addEventListener('change', () => store(READ_BOTH_KEY, both.checked ? 'on' : 'off'));
  }
  control('[data-action="stop"]')?.addEventListener('click', stop);
  const pause = control<HTMLButtonElement>('[data-action="pause"]');
  pause?.addEventListener('click', () => {
    const speech = synthesis();
    if (!speech) return;
    const paused = pause.getAttribute('aria-pressed') !== 'true';
    if (paused) speech.pause();
    else speech.resume();
    setPaused(paused);
  });
  if (!synthesis()) say(messages().unsupported);

  floating = document.createElement('button');
  floating.type = 'button';
  floating.dataset.playSentence = '';
  floating.setAttribute('aria-label', messages().sentence);
  document.addEventListener('pointerover', follow, { passive: true });
  document.addEventListener('focusin', follow, { passive: true });
  window.addEventListener('pagehide', stop);
}
