/**
 * The content model: front matter schemas (validated at build) and the types of an article's
 * texts, blocks and aligned pairs.
 */
import { z } from 'zod';
import { routing } from '../../i18n/routing';

const localeCode = z.enum(routing.locales);
const credit = z.object({ role: z.string().min(1), name: z.string().min(1) });

/** Front matter of the source text (`fr.md`), as `npm run ingest` writes it. */
export const sourceFrontMatter = z.strictObject({
  title: z.string().min(1),
  date: z.iso.date(),
  section: z.string().min(1),
  language: localeCode,
  imageCredit: z.string().min(1).optional(),
  author: credit.optional(),
  editor: credit.optional(),
  sourceLanguages: z.array(z.object({ code: localeCode, label: z.string().min(1) })),
  origin: z.strictObject({ kind: z.literal('source'), rawFile: z.string().min(1), note: z.string().min(1) }),
});

/** Front matter of a translation (`zh.md`, `en.md`…). */
export const translationFrontMatter = z.strictObject({
  title: z.string().min(1),
  language: localeCode,
  section: z.string().min(1).optional(),
  imageCredit: z.string().min(1).optional(),
  translation: z.strictObject({
    from: localeCode,
    by: z.string().min(1),
    note: z.string().min(1),
  }),
});

export type SourceFrontMatter = z.infer<typeof sourceFrontMatter>;
export type TranslationFrontMatter = z.infer<typeof translationFrontMatter>;
export type LocaleCode = z.infer<typeof localeCode>;

export type BlockKind = 'heading' | 'paragraph' | 'note';
/** A note is either the editor's note that opens the article or a note such as the closing one. */
export type NoteRole = 'editor' | 'closing';

/** One block of a text: a heading, a paragraph or a note, numbered from 1 in reading order. */
export interface Block {
  /** Stable id shared by a source block and its translations: `p-<index>`. */
  id: string;
  index: number;
  kind: BlockKind;
  role?: NoteRole;
  text: string;
  /** 1-based line in the markdown file where the block starts. */
  line: number;
}

export interface ArticleText<F> {
  language: LocaleCode;
  file: string;
  frontMatter: F;
  blocks: Block[];
}

/** A source block beside its translation: the row the reader shows. */
export interface AlignedPair {
  id: string;
  index: number;
  source: Block;
  target: Block;
}

export interface Article {
  slug: string;
  source: ArticleText<SourceFrontMatter>;
  translations: Partial<Record<LocaleCode, ArticleText<TranslationFrontMatter>>>;
}
