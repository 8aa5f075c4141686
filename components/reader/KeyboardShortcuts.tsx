import { SHORTCUT_KEYS, type ShortcutAction } from '@/lib/reader/shortcuts';
import { SHORTCUTS_DIALOG } from './shortcuts-id';
import ToolButton, { TOOL_BUTTON } from './ToolButton';

/**
 * "Keyboard shortcuts": the button and the dialog listing the keys (j/k, t, p, s, ?), static
 * HTML; the keys themselves are read by the page's script. `labels` names each action in the
 * interface language; `pinyin` is false where there is no Chinese column, which leaves `p` out.
 */
export default function KeyboardShortcuts({
  title,
  close,
  labels,
  pinyin,
}: {
  title: string;
  close: string;
  labels: Record<ShortcutAction, string>;
  pinyin: boolean;
}) {
  const shortcuts = Object.entries(SHORTCUT_KEYS).filter(([, action]) => pinyin || action !== 'pinyin');
  return (
    <>
      <ToolButton data-shortcuts="" aria-haspopup="dialog" aria-keyshortcuts="?">
        {title}
      </ToolButton>
      <dialog
        id={SHORTCUTS_DIALOG}
        aria-labelledby="shortcuts-title"
        className="m-auto w-80 max-w-[90vw] rounded-lg border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-950/40 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          {title}
        </h2>
        <ul className="mt-3 space-y-2 text-sm">
          {shortcuts.map(([key, action]) => (
            <li key={key} className="flex items-baseline gap-3">
              <kbd className="w-7 rounded border border-stone-300 text-center font-mono dark:border-stone-600">{key}</kbd>
              <span>{labels[action]}</span>
            </li>
          ))}
        </ul>
        <form method="dialog" className="mt-4 text-right">
          <button type="submit" className={TOOL_BUTTON}>
            {close}
          </button>
        </form>
      </dialog>
    </>
  );
}
