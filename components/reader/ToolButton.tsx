import type { ButtonHTMLAttributes } from 'react';
import type { ReaderFlag } from '@/lib/reader/settings';

/** The look of the toolbar's buttons; a pressed toggle is amber. */
export const TOOL_BUTTON =
  'rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 aria-pressed:border-amber-600 aria-pressed:bg-amber-100 dark:border-stone-600 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900';

/**
 * A toolbar button, rendered on the server. A click on any `data-tool` element loads the tools
 * (reader-start.ts), which find what the button does by its other data attribute (`data-flag`,
 * `data-saved-words`…).
 */
export default function ToolButton({
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & Record<`data-${string}`, string>) {
  return <button type="button" data-tool="" {...props} className={`${TOOL_BUTTON} ${className}`} />;
}

/** A button that turns one of the reader's saved settings on and off (reader-flags.ts); shown released until the page's script reads the setting. */
export function FlagButton({ flag, label, shortcut }: { flag: ReaderFlag; label: string; shortcut?: string }) {
  return (
    <ToolButton data-flag={flag} aria-pressed="false" aria-keyshortcuts={shortcut}>
      {label}
    </ToolButton>
  );
}
