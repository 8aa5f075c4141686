/**
 * The reader's saved settings, kept in localStorage as `reader.<name>` and shown on <html> as
 * `data-<name>`, which the stylesheet reads. Flags are on or off (`data-<flag>="on"`); choices
 * take one of a few named values (`data-layout="interleaved"`).
 */
export const READER_FLAGS = ['pinyin', 'hide', 'traditional'] as const;

export type ReaderFlag = (typeof READER_FLAGS)[number];

/** The localStorage key of a setting. */
export const flagKey = (flag: ReaderFlag) => `reader.${flag}`;

/** Each choice's values, the default first; the stylesheet styles every other value. */
export const READER_CHOICES = {
  layout: ['side-by-side', 'interleaved', 'source-only', 'translation-only'],
  swap: ['off', 'on'],
  size: ['medium', 'small', 'large', 'x-large'],
  theme: ['system', 'light', 'dark'],
} as const;

export type ReaderChoice = keyof typeof READER_CHOICES;
export type ChoiceValue<C extends ReaderChoice> = (typeof READER_CHOICES)[C][number];

/** The localStorage key of a choice. */
export const choiceKey = (choice: ReaderChoice) => `reader.${choice}`;

/** The default of a choice: what the page shows when nothing valid is saved. */
export const choiceDefault = <C extends ReaderChoice>(choice: C): ChoiceValue<C> => READER_CHOICES[choice][0];

/** True when `value` is one of the values `choice` can take (anything else is ignored). */
export function isChoiceValue<C extends ReaderChoice>(choice: C, value: unknown): value is ChoiceValue<C> {
  return (READER_CHOICES[choice] as readonly unknown[]).includes(value);
}

/**
 * The layout's tiny inline script: puts the saved settings on <html> before the page is painted,
 * so the reader never sees a flash of the defaults. Only values other than the default are put on
 * <html>; unknown stored values are ignored; storage errors (private mode) keep the defaults.
 * It also marks <html data-js="on">, which shows the controls that need JavaScript (`.js-only`).
 */
export const SETTINGS_SCRIPT = /* @__PURE__ */ settingsScript();

// A function, so that client bundles importing this module drop the unused string.
function settingsScript(): string {
  const choices = Object.fromEntries(Object.entries(READER_CHOICES).map(([k, v]) => [k, v.slice(1)]));
  return `var d=document.documentElement.dataset;d.js='on';try{var s=localStorage,c=${JSON.stringify(choices)},k,v;for(k of ${JSON.stringify(READER_FLAGS)})if(s.getItem('reader.'+k)==='on')d[k]='on';for(k in c)if(c[k].indexOf(v=s.getItem('reader.'+k))>=0)d[k]=v}catch(e){}`;
}
