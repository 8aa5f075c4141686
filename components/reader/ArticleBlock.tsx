import type { Block } from '@/lib/content/schema';

/**
 * One block of one language, focusable so that keyboard users can light up its counterpart.
 * `noteLabel` is the interface's name for a note ("Editor's note"), shown above it.
 */
export default function ArticleBlock({
  block,
  lang,
  column,
  noteLabel,
  uiLang,
}: {
  block: Block;
  lang: string;
  column: 'source' | 'target';
  noteLabel?: string;
  uiLang: string;
}) {
  const base =
    'pair-block reading rounded-md px-3 py-2 outline-offset-2 transition-colors focus-visible:outline-2 focus-visible:outline-amber-600';
  const common = { lang, tabIndex: 0, 'data-column': column, 'data-kind': block.kind } as const;
  if (block.kind === 'heading') {
    return (
      <h2 {...common} className={`${base} mt-6 text-xl font-semibold`}>
        {block.text}
      </h2>
    );
  }
  if (block.kind === 'note') {
    return (
      <div
        {...common}
        className={`${base} border-l-4 border-stone-300 bg-stone-100/60 dark:border-stone-600 dark:bg-stone-900/60 ${block.role === 'closing' ? 'text-sm italic' : ''}`}
      >
        {noteLabel && block.role === 'editor' ? (
          <span
            lang={uiLang}
            className="mb-1 block font-sans text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400"
          >
            {noteLabel}
          </span>
        ) : null}
        <p>{block.text}</p>
      </div>
    );
  }
  return (
    <p {...common} className={base}>
      {block.text}
    </p>
  );
}
