import type { Block } from '@/lib/content/schema';
import { chineseMarkup } from '@/lib/reader/chinese-markup';
import type { Sentence } from '@/lib/reader/sentences';
import { SENTENCE_CLASS } from './sentence-class';

/** The sentences of a block, each focusable and tagged with its bead, with the block's own spacing. */
function Sentences({ sentences, noCounterpart, chinese }: { sentences: Sentence[]; noCounterpart: string; chinese: boolean }) {
  return sentences.map((s) => (
    <span key={s.index}>
      {s.gap}
      <span
        className={SENTENCE_CLASS}
        tabIndex={0}
        data-bead={s.bead}
        data-i={s.index}
        data-unmatched={s.unmatched ? 'true' : undefined}
        title={s.unmatched ? noCounterpart : undefined}
        // Chinese comes as finished markup (ruby + both scripts): see lib/reader/chinese-markup.ts.
        dangerouslySetInnerHTML={chinese ? { __html: chineseMarkup(s.text) } : undefined}
      >
        {chinese ? undefined : s.text}
      </span>
    </span>
  ));
}

/**
 * One block of one language: its sentences, each tagged with its bead so that hovering or
 * focusing one lights up its counterpart. `noteLabel` is the interface's name for the editor's note.
 */
export default function ArticleBlock({
  block,
  sentences,
  lang,
  column,
  noteLabel,
  noCounterpart,
  uiLang,
  hiddenHint,
}: {
  block: Block;
  sentences: Sentence[];
  lang: string;
  column: 'source' | 'target';
  noteLabel: string;
  noCounterpart: string;
  uiLang: string;
  /** What the block says to screen readers while the translation is hidden (self-test). */
  hiddenHint?: string;
}) {
  const base = 'pair-block reading rounded-md px-3 py-2 transition-colors';
  const common = { lang, 'data-column': column, 'data-kind': block.kind, 'data-hidden-hint': hiddenHint } as const;
  const body = <Sentences sentences={sentences} noCounterpart={noCounterpart} chinese={lang.startsWith('zh')} />;
  if (block.kind === 'heading') {
    return (
      <h2 {...common} className={`${base} mt-6 text-[1.25em] font-semibold`}>
        {body}
      </h2>
    );
  }
  if (block.kind === 'note') {
    return (
      <div
        {...common}
        className={`${base} border-l-4 border-stone-300 bg-stone-100/60 dark:border-stone-600 dark:bg-stone-900/60 ${block.role === 'closing' ? 'text-[0.875em] italic' : ''}`}
      >
        {block.role === 'editor' ? (
          <span
            lang={uiLang}
            className="mb-1 block font-sans text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400"
          >
            {noteLabel}
          </span>
        ) : null}
        <p>{body}</p>
      </div>
    );
  }
  return (
    <p {...common} className={base}>
      {body}
    </p>
  );
}
