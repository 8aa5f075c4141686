/** Classes shared by the lookup's dialogs and buttons. */
export const BUTTON =
  'rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800';
export const DIALOG =
  'rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/20 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100';
export const LABEL = 'text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400';
