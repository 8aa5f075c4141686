/**
 * Is a translated block written in its language? Two tests: the share of its letters in the
 * language's script, and a trigram language detector (franc) asked to choose between the
 * language, French and English, so that a block left in the source or in English is caught.
 */
import { francAll } from 'franc-all';
import type { LocaleCode } from '../schema';

type Script = 'Han' | 'Hangul' | 'Cyrillic' | 'Greek' | 'Devanagari' | 'Latin' | 'Japanese';

const SCRIPT_OF: Readonly<Record<LocaleCode, Script>> = {
  zh: 'Han',
  ja: 'Japanese',
  ko: 'Hangul',
  ru: 'Cyrillic',
  el: 'Greek',
  sa: 'Devanagari',
  en: 'Latin',
  fr: 'Latin',
  id: 'Latin',
  de: 'Latin',
  pt: 'Latin',
  es: 'Latin',
  it: 'Latin',
  fi: 'Latin',
  la: 'Latin',
};

/** ISO 639-3 codes, as franc names languages. */
const ISO3: Readonly<Record<LocaleCode, string>> = {
  zh: 'cmn',
  ja: 'jpn',
  ko: 'kor',
  ru: 'rus',
  el: 'ell',
  sa: 'san',
  en: 'eng',
  fr: 'fra',
  id: 'ind',
  de: 'deu',
  pt: 'por',
  es: 'spa',
  it: 'ita',
  fi: 'fin',
  la: 'lat',
};

const SCRIPT_PATTERN: Readonly<Record<Script, RegExp>> = {
  Han: /\p{Script=Han}/u,
  Japanese: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u,
  Hangul: /\p{Script=Hangul}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
  Devanagari: /\p{Script=Devanagari}/u,
  Latin: /\p{Script=Latin}/u,
};

/** Names in Latin script are welcome in any language, but most letters must be the language's own. */
const MIN_SHARE: Readonly<Record<Script, number>> = {
  Han: 0.5,
  Japanese: 0.5,
  Hangul: 0.5,
  Cyrillic: 0.6,
  Greek: 0.6,
  Devanagari: 0.6,
  Latin: 0.95,
};
const DETECT_MIN_LENGTH = 40;
/** Short texts confuse trigram detectors: there French or English must win clearly to count. */
const SHORT_TEXT = 100;
const SHORT_TEXT_MARGIN = 0.8;
/** Capitalised Latin-script words are names (pinyin, brands), welcome in any script. */
const LATIN_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.-]*/gu;

/** The share of a text's letters that belong to a script (1 when it has no letters). */
export function scriptShare(text: string, script: Script): number {
  const letters = [...text].filter((c) => /[\p{L}\p{M}]/u.test(c) && !/\p{M}/u.test(c));
  if (letters.length === 0) return 1;
  return letters.filter((c) => SCRIPT_PATTERN[script].test(c)).length / letters.length;
}

/**
 * Problems with the language of one block of a `language` text, or an empty list.
 */
export function languageProblems(text: string, language: LocaleCode): string[] {
  const script = SCRIPT_OF[language];
  const problems: string[] = [];
  const share = script === 'Latin' ? scriptShare(text, script) : scriptShare(text.replace(LATIN_NAME, ''), script);
  if (share < MIN_SHARE[script]) {
    problems.push(`only ${Math.round(share * 100)} % of its letters are in the ${script} script expected for ${language}`);
  }
  if (language === 'ja' && text.length >= 20 && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    problems.push('Japanese text without any kana: it reads as Chinese');
  }
  if (language === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    problems.push('Chinese text with Japanese kana');
  }
  const prose = script === 'Latin' ? text : text.replace(LATIN_NAME, '');
  const others = ['fra', 'eng'].filter((code) => code !== ISO3[language]);
  if (prose.length >= DETECT_MIN_LENGTH && language !== 'fr') {
    const candidates = [ISO3[language], ...others];
    const scores = francAll(prose, { only: candidates, minLength: DETECT_MIN_LENGTH });
    const best = scores[0];
    const own = scores.find(([code]) => code === ISO3[language])?.[1] ?? 0;
    const clear = prose.length >= SHORT_TEXT || own < SHORT_TEXT_MARGIN;
    if (best && others.includes(best[0]) && clear) {
      problems.push(`it reads as ${best[0] === 'fra' ? 'French' : 'English'}, not ${language}`);
    }
  }
  return problems;
}
