/**
 * Names a source page's language switcher may use, and the locale each stands for.
 * The switcher's items arrive glued together ("한어Русский языкEnglish…"), so they are
 * read by matching these names, longest first.
 */
export const SWITCHER_NAMES: Readonly<Record<string, string>> = {
  한어: 'ko',
  한국어: 'ko',
  'Русский язык': 'ru',
  Русский: 'ru',
  English: 'en',
  Français: 'fr',
  Indonesian: 'id',
  'Bahasa Indonesia': 'id',
  Sanskrit: 'sa',
  संस्कृतम्: 'sa',
  日本語: 'ja',
  Deutsch: 'de',
  Português: 'pt',
  Ελληνικά: 'el',
  español: 'es',
  Español: 'es',
  Italiano: 'it',
  Suomalainen: 'fi',
  Suomi: 'fi',
  Latina: 'la',
  中文: 'zh',
  简体中文: 'zh',
};

/** One item of a source page's language switcher, as the page labelled it. */
export interface SwitcherItem {
  code: string;
  label: string;
}

const NAMES_LONGEST_FIRST = Object.keys(SWITCHER_NAMES).sort((a, b) => b.length - a.length);

/**
 * Reads a language-switcher line into its items.
 * @returns the items in page order, or null when any part of the line is not a known name
 */
export function parseSwitcherLine(line: string): SwitcherItem[] | null {
  const items: SwitcherItem[] = [];
  let rest = line.trim();
  while (rest.length > 0) {
    const name = NAMES_LONGEST_FIRST.find((n) => rest.startsWith(n));
    if (!name) return null;
    items.push({ code: SWITCHER_NAMES[name] as string, label: name });
    rest = rest.slice(name.length).trimStart();
  }
  return items.length >= 2 ? items : null;
}
