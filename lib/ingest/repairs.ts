/**
 * Repairs for scraping artifacts: a link's text glued to its neighbours when the page was
 * flattened to text ("depuisOpenAI", "2022,OpenAIAprès", "dutravail", "la plage. .").
 * Every rule is conservative and every change is reported, so a person can review it.
 */

/** One change made to a paragraph of the input. */
export interface Repair {
  /** 1-based line of the raw input the paragraph came from. */
  line: number;
  rule: RepairRule;
  before: string;
  after: string;
}

export type RepairRule =
  'glued-camel-case' | 'glued-acronym' | 'missing-space-after-punctuation' | 'glued-words' | 'doubled-period' | 'lowercase-paragraph-start';

/** Tells whether a lowercase word is a known word of the text's language. */
export type Lexicon = (word: string) => boolean;

const LOWER = 'a-zà-öø-ÿœæ';
const UPPER = 'A-ZÀ-ÖØ-ÞŒÆ';
const CONTEXT = 12;

interface Rule {
  name: RepairRule;
  pattern: RegExp;
  replace: (match: RegExpExecArray) => string | null;
}

const RULES: Rule[] = [
  {
    // "depuisOpenAI", "entrepriseWaymo": a lowercase word running straight into a capitalised name.
    name: 'glued-camel-case',
    pattern: new RegExp(`(?<![${LOWER}${UPPER}])([${LOWER}]{2,})([${UPPER}][${LOWER}${UPPER}0-9-]*)`, 'gu'),
    replace: (m) => `${m[1]} ${m[2]}`,
  },
  {
    // "OpenAIAprès": a name ending in capitals running into a capitalised word.
    name: 'glued-acronym',
    pattern: new RegExp(`([${UPPER}]{2,})([${UPPER}][${LOWER}]{2,})`, 'gu'),
    replace: (m) => `${m[1]} ${m[2]}`,
  },
  {
    // "2022,OpenAI", "Google.Pilote": punctuation with no space before the next word.
    name: 'missing-space-after-punctuation',
    pattern: new RegExp(`([${LOWER}${UPPER}0-9][,;])([${LOWER}${UPPER}])|([${LOWER}]{2}\\.)([${UPPER}][${LOWER}])`, 'gu'),
    replace: (m) => (m[1] ? `${m[1]} ${m[2]}` : `${m[3]} ${m[4]}`),
  },
  {
    // "la plage. .": a period repeated after a space.
    name: 'doubled-period',
    pattern: /([^.\s])\.(\s+\.)+/gu,
    replace: (m) => `${m[1]}.`,
  },
];

function context(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function applyRule(text: string, rule: Rule, line: number, repairs: Repair[]): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(rule.pattern)) {
    const replacement = rule.replace(m as RegExpExecArray);
    if (replacement === null || replacement === m[0]) continue;
    const start = m.index;
    const end = start + m[0].length;
    const rebuilt = text.slice(0, start) + replacement + text.slice(end);
    repairs.push({
      line,
      rule: rule.name,
      before: context(text, start, end),
      after: context(rebuilt, start, start + replacement.length),
    });
    out += text.slice(last, start) + replacement;
    last = end;
  }
  return out + text.slice(last);
}

/**
 * Splits a lowercase word that is not in the lexicon into two words that are
 * ("dutravail" → "du travail"). Short words are left alone: too many of them split by chance.
 */
export function splitGluedWord(word: string, known: Lexicon, minLength = 7): string | null {
  if (word.length < minLength || known(word)) return null;
  let best: string | null = null;
  let bestShortest = 0;
  for (let i = 2; i <= word.length - 2; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const shortest = Math.min(left.length, right.length);
    if (shortest > bestShortest && known(left) && known(right)) {
      best = `${left} ${right}`;
      bestShortest = shortest;
    }
  }
  return best;
}

function repairGluedWords(text: string, known: Lexicon, line: number, repairs: Repair[]): string {
  const rule: Rule = {
    name: 'glued-words',
    pattern: new RegExp(`(?<![${LOWER}${UPPER}'’-])[${LOWER}]+(?![${LOWER}${UPPER}'’-])`, 'gu'),
    replace: (m) => splitGluedWord(m[0], known),
  };
  return applyRule(text, rule, line, repairs);
}

/**
 * Repairs one paragraph of scraped text.
 * @param text the paragraph, already trimmed
 * @param line its 1-based line in the raw input, for the report
 * @param known the lexicon used to split glued lowercase words
 * @returns the repaired text and every repair made, in order
 */
export function repairParagraph(text: string, line: number, known: Lexicon): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let out = text;
  for (const rule of RULES) out = applyRule(out, rule, line, repairs);
  out = repairGluedWords(out, known, line, repairs);
  const first = out.charAt(0);
  if (new RegExp(`[${LOWER}]`, 'u').test(first)) {
    const fixed = first.toLocaleUpperCase('fr') + out.slice(1);
    repairs.push({ line, rule: 'lowercase-paragraph-start', before: context(out, 0, 1), after: context(fixed, 0, 1) });
    out = fixed;
  }
  return { text: out, repairs };
}
