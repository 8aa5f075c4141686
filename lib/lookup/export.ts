/**
 * Saved words as files: CSV (RFC 4180) for spreadsheets, and a tab-separated file that Anki
 * imports as notes with three fields (front, back, context).
 */
import type { SavedItem } from './saved';

/** One CSV field: quoted, with quotes doubled, when it holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const CSV_COLUMNS = [
  'text',
  'kind',
  'language',
  'pinyin',
  'glosses',
  'context',
  'counterpart',
  'counterpart language',
  'article',
  'pair',
  'saved',
];

/** RFC 4180: a header row, CRLF between records. Glosses are joined with "; " as CC-CEDICT writes them. */
export function toCsv(items: readonly SavedItem[]): string {
  const rows = items.map((i) => [
    i.text,
    i.kind,
    i.lang,
    i.pinyin ?? '',
    (i.glosses ?? []).join('; '),
    i.context,
    i.counterpart,
    i.counterpartLang,
    i.slug,
    i.pair,
    i.savedAt,
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One Anki field on one line: tabs and line breaks become spaces (they would split the note),
 * and a field with a quote is quoted with quotes doubled, as Anki's importer reads them.
 */
export function ankiField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/gu, ' ').trim();
  return flat.includes('"') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** The back of a card: pinyin and glosses for a Chinese word, the counterpart otherwise. */
export function cardBack(item: SavedItem): string {
  if (item.kind === 'word' && item.pinyin !== undefined) {
    const glosses = (item.glosses ?? []).join('; ');
    return glosses ? `${item.pinyin} — ${glosses}` : item.pinyin;
  }
  return item.counterpart;
}

/** The context of a card: for a word, its sentence and the counterpart; for a sentence pair, none. */
export function cardContext(item: SavedItem): string {
  if (item.kind === 'sentence') return '';
  return item.counterpart && item.pinyin !== undefined ? `${item.context} / ${item.counterpart}` : item.context;
}

/**
 * Anki's text import: header lines (tab separator, plain text, the column names), then one
 * note a line: front, back, context.
 */
export function toAnkiTsv(items: readonly SavedItem[]): string {
  const header = ['#separator:tab', '#html:false', '#columns:Front\tBack\tContext'];
  const notes = items.map((i) => [i.text, cardBack(i), cardContext(i)].map(ankiField).join('\t'));
  return [...header, ...notes].join('\n') + '\n';
}
