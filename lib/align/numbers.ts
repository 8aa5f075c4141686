/**
 * Numbers as a translation writes them: 450 000, 450,000, 450.000 and 45万 are the same
 * value, as are 18 milliards, $18 billion and 180亿. Read into canonical strings so that
 * the two sides of a bead can be compared.
 */

// Words that multiply the number before them, in the site's languages.
const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:万|萬)/u, 1e4],
  [/^(?:亿|億)/u, 1e8],
  [/^(?:千)/u, 1e3],
  [
    /^(?:milliards?|billions?|milliarden?|miliardi|miliardo|bilhões|bilhão|mil millones|miljardia?|миллиард\p{L}*|млрд|miliar|billiones?)/iu,
    1e9,
  ],
  [/^(?:millions?|millionen|millones|millón|milioni|milione|milhões|milhão|miljoonaa?|миллион\p{L}*|млн|juta)/iu, 1e6],
  [/^(?:thousands?|mille|tausend|mila|тысяч\p{L}*|тыс|ribu|tuhatta)/iu, 1e3],
];

// Digits with thousands separators (space, no-break spaces, comma or period before groups of
// three), or plain digits with an optional decimal part; not glued after a Latin letter
// (the 100 of "A100" belongs to the name). A time such as 10:00 is read as its hour.
const NUMBER =
  /(?<![A-Za-z\d.,])(\d{1,2}):(\d{2})(?!\d)|(?<![A-Za-z\d.,])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)?)/gu;

function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function parseDigits(token: string): number {
  // A separator followed by exactly three digits groups thousands; otherwise it is decimal.
  const grouped = /^\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+$/u.test(token);
  if (grouped) return Number(token.replace(/[ \u00a0\u202f,.]/gu, ''));
  return Number(token.replace(',', '.'));
}

/**
 * The numbers written in a text, as canonical strings (`"450000"`, `"3.5"`, `"18000000000"`).
 * Written-out numbers ("cinq") are not read.
 */
export function extractNumbers(text: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    if (match[1] !== undefined) {
      const minutes = Number(match[2]);
      values.push(minutes === 0 ? canonical(Number(match[1])) : `${Number(match[1])}:${match[2]}`);
      continue;
    }
    let value = parseDigits(match[3] ?? '');
    if (!Number.isFinite(value)) continue;
    const rest = text.slice((match.index ?? 0) + match[0].length).replace(/^[ \u00a0\u202f]?/u, '');
    for (const [pattern, factor] of MULTIPLIERS) {
      if (pattern.test(rest)) {
        value *= factor;
        break;
      }
    }
    values.push(canonical(value));
  }
  return values;
}
