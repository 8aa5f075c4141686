/**
 * The evidence terms of the bead cost: anchors (both ways) and, for zh↔en, dictionary
 * matches. Each reads its segments once (kept while the lists live) and looks supports up
 * through caches sized to the DP band.
 */
import { extractAnchors, type SegmentAnchors } from './anchors';
import type { Band } from './band';
import { createSupportCache, MAX_ITEMS, type EvidenceSide } from './evidence';
import { chineseWords, englishStems, isTranslatedIn } from './lexical';
import type { Lexicon } from './types';

/** What an evidence term needs to know of the alignment. */
export interface TermOptions {
  srcLang: string;
  tgtLang: string;
}

/** One kind of evidence: matched weight of a bead over source i…i+di−1 and target j…j+dj−1. */
export type EvidenceTerm = (i: number, di: number, j: number, dj: number) => number;

// A match found among k segments of the other side is more likely to be chance than one found
// in a single segment: it counts 1 − CHANCE·ln k, so merging beads only pays for real gains.
const CHANCE = 0.35;
const discount = (k: number) => 1 - CHANCE * Math.log(k);

function heaviest<T extends { weight: number }>(items: T[]): T[] {
  return items.length <= MAX_ITEMS ? items : [...items].sort((a, b) => b.weight - a.weight).slice(0, MAX_ITEMS);
}

function anchorSide(own: SegmentAnchors[], other: SegmentAnchors[]): EvidenceSide {
  const anchors = own.map((segment) => heaviest(segment.anchors));
  return {
    weights: anchors.map((list) => Float64Array.from(list, (anchor) => anchor.weight)),
    supports(i, j) {
      const vocabulary = other[j]?.vocabulary;
      let mask = 0;
      anchors[i]?.forEach((anchor, bit) => {
        if (vocabulary?.has(anchor.key)) mask |= 1 << bit;
      });
      return mask;
    },
  };
}

function dictionarySide(chinese: readonly string[], english: readonly string[], lexicon: Lexicon): EvidenceSide {
  const words = remember(chinese, 'chinese-words', () => new WeakMap<Lexicon, ReturnType<typeof chineseWords>[]>());
  if (!words.has(lexicon))
    words.set(
      lexicon,
      chinese.map((text) => chineseWords(text, lexicon).slice(0, MAX_ITEMS)),
    );
  const glossed = words.get(lexicon) ?? [];
  const stems = remember(english, 'english-stems', () => english.map(englishStems));
  return {
    weights: glossed.map((list) => new Float64Array(list.length).fill(1)),
    supports(i, j) {
      const other = stems[j];
      let mask = 0;
      glossed[i]?.forEach((word, bit) => {
        if (other && isTranslatedIn(word, other)) mask |= 1 << bit;
      });
      return mask;
    },
  };
}

/** Columns of the other side a row's segment meets in the band (a bead spans at most 3 rows). */
function rowColumns(band: Band): (i: number) => [number, number] {
  const last = band.lo.length - 1;
  return (i) => [band.lo[Math.max(0, i - 2)] as number, (band.hi[Math.min(last, i + 3)] as number) - 1];
}

/** Rows of the band a target segment meets (the transpose of `rowColumns`), by two pointers. */
function columnRows(band: Band, m: number): (j: number) => [number, number] {
  const n = band.lo.length - 1;
  const first = new Int32Array(m);
  const last = new Int32Array(m);
  let a = 0;
  let b = 0;
  for (let j = 0; j < m; j++) {
    while (a < n && (band.hi[a] as number) <= j) a++;
    while (b < n && (band.lo[Math.max(0, b + 1 - 3)] as number) <= j) b++;
    first[j] = Math.max(0, a - 3);
    last[j] = Math.max(0, b - 1);
  }
  return (j) => [first[j] ?? 0, last[j] ?? 0];
}

// Evidence read from a list of segments, kept while the list lives: a second pass over the
// same lists (re-estimated priors, a wider band) does not read it again. Lists given to the
// aligner are taken as unchanging.
const memo = new WeakMap<readonly string[], Map<string, unknown>>();
/** A value read from a list of segments, computed once per list and key. */
export function remember<T>(segments: readonly string[], key: string, read: () => T): T {
  let entries = memo.get(segments);
  if (!entries) memo.set(segments, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, read());
  return entries.get(key) as T;
}

/** Anchors of each side found in the other side's segments. */
export function anchorTerm(src: readonly string[], tgt: readonly string[], options: TermOptions, band: Band): EvidenceTerm {
  const anchorsOf = (segments: readonly string[], lang: string) =>
    remember(segments, `anchors:${lang}`, () => segments.map((text) => extractAnchors(text, lang)));
  const srcAnchors = anchorsOf(src, options.srcLang);
  const tgtAnchors = anchorsOf(tgt, options.tgtLang);
  const forward = createSupportCache(anchorSide(srcAnchors, tgtAnchors), src.length, rowColumns(band));
  const backward = createSupportCache(anchorSide(tgtAnchors, srcAnchors), tgt.length, columnRows(band, tgt.length));
  return (i, di, j, dj) => forward.matched(i, i + di, j, j + dj) * discount(dj) + backward.matched(j, j + dj, i, i + di) * discount(di);
}

/** Chinese words whose dictionary translations occur in the English segments (either side may be Chinese). */
export function dictionaryTerm(
  src: readonly string[],
  tgt: readonly string[],
  options: TermOptions,
  band: Band,
  lexicon: Lexicon,
): EvidenceTerm {
  if (options.srcLang.toLowerCase().startsWith('zh')) {
    const cache = createSupportCache(dictionarySide(src, tgt, lexicon), src.length, rowColumns(band));
    return (i, di, j, dj) => cache.matched(i, i + di, j, j + dj) * discount(dj);
  }
  const cache = createSupportCache(dictionarySide(tgt, src, lexicon), tgt.length, columnRows(band, tgt.length));
  return (i, di, j, dj) => cache.matched(j, j + dj, i, i + di) * discount(di);
}
