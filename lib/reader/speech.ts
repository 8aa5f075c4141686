/**
 * Read aloud, the pure part: which voice reads a text of a given language, what the reader
 * hears in which order, and the saved speed. The browser side is components/reader/read-aloud.
 */

/** What voice matching needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/** The region whose voice is preferred for a language when the text's tag names none. */
const PREFERRED_REGION: Readonly<Record<string, string>> = {
  de: 'DE',
  el: 'GR',
  en: 'US',
  es: 'ES',
  fi: 'FI',
  fr: 'FR',
  id: 'ID',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  pt: 'PT',
  ru: 'RU',
  zh: 'CN',
};

/** Scripts that tell which Chinese region a voice should come from. */
const SCRIPT_REGION: Readonly<Record<string, string>> = { hans: 'CN', hant: 'TW' };

/** Language codes that voices use for a language the pages tag otherwise (Mandarin voices say `cmn`). */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { cmn: 'zh' };

/** A BCP 47 tag (or a voice's `lang`, which some systems write `zh_CN`) as language and region. */
export function parseLangTag(tag: string): { language: string; region: string | null } {
  const [first = '', ...rest] = tag.trim().split(/[-_]/u);
  const language = LANGUAGE_ALIASES[first.toLowerCase()] ?? first.toLowerCase();
  const region = rest.find((part) => /^(?:[a-z]{2}|\d{3})$/iu.test(part))?.toUpperCase() ?? null;
  const script = rest.find((part) => part.length === 4)?.toLowerCase();
  return { language, region: region ?? (script ? (SCRIPT_REGION[script] ?? null) : null) };
}

/**
 * The voice to read a text tagged `tag` (its `lang` attribute) with, or null when there is none:
 * a voice of the same language, from the tag's region (zh-Hans → zh-CN) or else the language's
 * usual one first, then any other region; among equals the system's default, then a local voice.
 * A voice of another language is never chosen.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], tag: string): V | null {
  const wanted = parseLangTag(tag);
  if (!wanted.language) return null;
  const region = wanted.region ?? PREFERRED_REGION[wanted.language] ?? null;
  let best: V | null = null;
  let bestScore = -1;
  for (const voice of voices) {
    const offered = parseLangTag(voice.lang);
    if (offered.language !== wanted.language) continue;
    const score =
      (offered.region === region ? 4 : offered.region === null ? 2 : 0) + (voice.default ? 1 : 0) + (voice.localService ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}

/** What the reader hears next: one sentence, with the bead it belongs to. */
export interface Spoken {
  bead: string;
}

/**
 * "Read both": each bead's sentences of the first column, then their counterparts in the second.
 * A second-column sentence that translates nothing of the first is read where it stands: after
 * the counterparts before it. Every sentence is read once, each column in its own order.
 */
export function interleaveByBead<T extends Spoken>(first: readonly T[], second: readonly T[]): T[] {
  const firstBeads = new Set(first.map((s) => s.bead));
  const order: T[] = [];
  const done = new Set<T>();
  const push = (sentence: T) => {
    if (done.has(sentence)) return;
    done.add(sentence);
    order.push(sentence);
  };
  let cursor = 0;
  first.forEach((sentence, i) => {
    push(sentence);
    if (first[i + 1]?.bead === sentence.bead) return;
    const last = second.reduce((at, s, j) => (s.bead === sentence.bead ? j : at), -1);
    for (; cursor <= last; cursor += 1) {
      const other = second[cursor] as T;
      if (other.bead === sentence.bead || !firstBeads.has(other.bead)) push(other);
    }
    while (cursor < second.length && !firstBeads.has((second[cursor] as T).bead)) push(second[cursor++] as T);
  });
  // Whatever an unusual alignment left out (crossing beads) comes last, still in order.
  for (const other of second) push(other);
  return order;
}

/** What a play control or the `s` key asks to hear. */
export type ReadRequest =
  { kind: 'pair' } | { kind: 'block'; column: 'source' | 'target' } | { kind: 'sentence'; column: 'source' | 'target'; index: number };

/**
 * The sentences to read, in order, for `request` on one pair (its two columns' sentences).
 * A block is its sentences; a pair is the first block then the second; a sentence is itself.
 * With `readBoth`, each of these becomes the whole bead-by-bead interleaving of what it touches:
 * the pair for a block or the pair, the sentence's bead for a sentence.
 */
export function readingQueue<T extends Spoken>(
  pair: { source: readonly T[]; target: readonly T[] },
  request: ReadRequest,
  readBoth: boolean,
): T[] {
  if (request.kind === 'sentence') {
    const sentence = pair[request.column][request.index];
    if (!sentence) return [];
    if (!readBoth) return [sentence];
    const inBead = (s: T) => s.bead === sentence.bead;
    return interleaveByBead(pair.source.filter(inBead), pair.target.filter(inBead));
  }
  if (readBoth) return interleaveByBead(pair.source, pair.target);
  return request.kind === 'block' ? [...pair[request.column]] : [...pair.source, ...pair.target];
}

/** The speeds offered, as multiples of the voice's normal rate. */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5] as const;

/** Where the chosen speed and the "read both" choice are kept (localStorage). */
export const RATE_KEY = 'reader.speechRate';
export const READ_BOTH_KEY = 'reader.readBoth';

/** A saved speed, or 1 when it is missing or not one of the speeds offered. */
export function parseRate(saved: string | null | undefined): number {
  const rate = Number(saved);
  return (SPEECH_RATES as readonly number[]).includes(rate) ? rate : 1;
}
