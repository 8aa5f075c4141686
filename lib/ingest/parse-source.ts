/**
 * Reads a scraped article (plain text, one paragraph a line, blank lines between) into its
 * header fields and body blocks. Pure: the caller reads the file and reports errors.
 */
import { parseSwitcherLine, type SwitcherItem } from './languages';
import { repairParagraph, type Lexicon, type Repair } from './repairs';

export interface Credit {
  role: string;
  name: string;
}

export type SourceBlockKind = 'heading' | 'paragraph' | 'editor-note' | 'note';

export interface SourceBlock {
  kind: SourceBlockKind;
  text: string;
  /** 1-based line in the raw input. */
  line: number;
}

export interface ParsedSource {
  section: string;
  title: string;
  date: string;
  imageCredit?: string;
  author?: Credit;
  editor?: Credit;
  credits: Credit[];
  sourceLanguages: SwitcherItem[];
  blocks: SourceBlock[];
  repairs: Repair[];
}

/** A problem with the input that stops ingestion; `line` is 1-based when known. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

interface Line {
  text: string;
  line: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const IMAGE_CREDIT = /^(?:Source de l['’]image|Crédit(?: photo)?|Photo)\s*:\s*(.+)$/iu;
const CREDIT = /^([^|]{2,40}?)\s*\|\s*(.+)$/u;
const EDITOR_NOTE_LABEL = /^Note de l['’](?:é|e)diteur\s*:?\s*$/iu;
const SENTENCE_END = /[.!?…»"”)]$/u;
const WRAPPED_IN_QUOTES = /^["“«].*["”»]$/u;
const WRAPPED_IN_PARENS = /^\(.*\)$/u;
const HEADING_MAX = 120;

/** A body line is a heading when it is short and does not read as a sentence, or is a lone quotation. */
function isHeading(text: string): boolean {
  if (text.length > HEADING_MAX) return false;
  return !SENTENCE_END.test(text) || WRAPPED_IN_QUOTES.test(text);
}

function isValidDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/**
 * Parses the text of a scraped article.
 * @param raw the file's text (already decoded)
 * @param known lexicon of the article's language, used to split glued words
 * @throws IngestError when the title, the date or the body is missing
 */
export function parseSource(raw: string, known: Lexicon): ParsedSource {
  const lines: Line[] = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text.length > 0);

  const [sectionLine, titleLine] = lines;
  if (!sectionLine) throw new IngestError('the file is empty');
  if (!titleLine || isValidDate(titleLine.text)) {
    throw new IngestError('no title: expected the section on the first line and the title on the next', sectionLine.line);
  }

  const parsed: ParsedSource = {
    section: sectionLine.text,
    title: titleLine.text,
    date: '',
    credits: [],
    sourceLanguages: [],
    blocks: [],
    repairs: [],
  };

  let i = 2;
  let editorNotePending = false;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i] as Line;
    if (isValidDate(text)) {
      if (parsed.date) break;
      parsed.date = text;
      continue;
    }
    if (DATE.test(text)) throw new IngestError(`"${text}" is not a valid date`, line);
    const switcher = parseSwitcherLine(text);
    if (switcher) {
      parsed.sourceLanguages = switcher;
      continue;
    }
    const image = IMAGE_CREDIT.exec(text);
    if (image) {
      parsed.imageCredit = (image[1] as string).trim();
      continue;
    }
    const credit = CREDIT.exec(text);
    if (credit) {
      const entry = { role: (credit[1] as string).trim(), name: (credit[2] as string).trim() };
      parsed.credits.push(entry);
      if (/auteur|author|rédact/iu.test(entry.role)) parsed.author ??= entry;
      else if (/[ée]dit/iu.test(entry.role)) parsed.editor ??= entry;
      continue;
    }
    if (EDITOR_NOTE_LABEL.test(text)) {
      editorNotePending = true;
      i++;
      break;
    }
    break;
  }

  if (!parsed.date) throw new IngestError('no date: expected a line like 2024-07-23 after the title', titleLine.line);

  const body = lines.slice(i);
  body.forEach(({ text, line }, index) => {
    const { text: repaired, repairs } = repairParagraph(text, line, known);
    parsed.repairs.push(...repairs);
    let kind: SourceBlockKind = 'paragraph';
    if (index === 0 && editorNotePending) kind = 'editor-note';
    else if (index === body.length - 1 && WRAPPED_IN_PARENS.test(repaired)) kind = 'note';
    else if (index < body.length - 1 && isHeading(repaired)) kind = 'heading';
    parsed.blocks.push({ kind, text: repaired, line });
  });

  if (!parsed.blocks.some((b) => b.kind === 'paragraph')) {
    throw new IngestError('empty body: no paragraph after the header lines', lines.at(-1)?.line);
  }
  return parsed;
}
