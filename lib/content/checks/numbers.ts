/**
 * Numbers that must survive translation. A number is read with every value it can stand for,
 * so that 450 000, 450,000, 450.000 and 45万 meet, as do "18 milliards" and 180亿.
 */

/** One number as written, with the values it may mean. */
export interface WrittenNumber {
  text: string;
  values: number[];
}

const DIGIT_SETS = ['०१२३४५६७८९', '０１２３４５６７８９'];
const CJK_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CJK_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CJK_SCALES: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 만: 1e4, 亿: 1e8, 億: 1e8, 억: 1e8 };
/** Scale words after a number: French milliards, English billion, German Milliarden… */
const SCALE_WORDS: [RegExp, number][] = [
  [
    /^\s*(?:milliards?|mil millones|miliardi|miliardo|milliarden?|bilh[õo]es|bilh[ãa]o|billions?|млрд|миллиард\w*|δισ\w*|miljardi\w*|miliar|शतकोटि)/iu,
    1e9,
  ],
  [/^\s*(?:millions?|millones?|milioni|milione|millionen|milh[õo]es|млн|миллион\w*|εκατομμ\w*|miljoon\w*|juta)/iu, 1e6],
];

/** Western digits for Devanagari and full-width ones. */
export function westernDigits(text: string): string {
  let out = text;
  for (const set of DIGIT_SETS) out = out.replace(new RegExp(`[${set}]`, 'gu'), (d) => String(set.indexOf(d)));
  return out;
}

function cjkNumeral(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CJK_DIGITS) digit = CJK_DIGITS[ch] as number;
    else if (ch in CJK_UNITS) {
      section += (digit ?? 1) * (CJK_UNITS[ch] as number);
      digit = null;
    } else if (ch in CJK_SCALES) {
      total += (section + (digit ?? 0) || 1) * (CJK_SCALES[ch] as number);
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

// Digits with optional grouping (space, no-break spaces, comma or period before exactly three digits) and decimals.
const NUMBER = /\d{1,3}(?:(?:[ \u00a0\u202f]|,(?=\d{3}(?!\d))|\.(?=\d{3}(?!\d)))\d{3})+(?![\d])|\d+(?:[.,]\d+)?/gu;
const CJK_NUMBER = /(?<![\d零〇一二两兩三四五六七八九十百千])(?:[零〇一二两兩三四五六七八九十百千]+[万萬亿億]?|[万萬亿億])/gu;

/**
 * Every number written in a text, digits or (in CJK text) numerals, with its possible values.
 */
export function numbersIn(text: string): WrittenNumber[] {
  const source = westernDigits(text);
  const found: WrittenNumber[] = [];
  for (const m of source.matchAll(NUMBER)) {
    const raw = m[0];
    const grouped = raw.replace(/[ \u00a0\u202f]/gu, '');
    // A separator before exactly three digits groups thousands (450,000; 450.000); otherwise it is a decimal mark.
    const grouping = /[.,]\d{3}$/u.test(grouped);
    const value = grouping ? Number(grouped.replace(/[.,]/gu, '')) : Number(grouped.replace(',', '.'));
    const values = new Set(Number.isFinite(value) ? [value] : []);
    const after = source.slice(m.index + raw.length);
    const scale = after.match(/^\s*([万萬亿億만억])/u)?.[1];
    if (scale) for (const v of [...values]) values.add(v * (CJK_SCALES[scale] as number));
    for (const [word, factor] of SCALE_WORDS) if (word.test(after)) for (const v of [...values]) values.add(v * factor);
    found.push({ text: raw, values: [...values] });
  }
  for (const m of source.matchAll(CJK_NUMBER)) {
    const value = cjkNumeral(m[0]);
    if (value !== null && value > 0) found.push({ text: m[0], values: [value] });
  }
  return found;
}

/**
 * The numbers of a source block that its translation does not contain under any of their values.
 */
export function missingNumbers(source: string, translation: string): string[] {
  const available = new Set(numbersIn(translation).flatMap((n) => n.values));
  return numbersIn(source)
    .filter((n) => !n.values.some((v) => available.has(v)))
    .map((n) => n.text);
}
