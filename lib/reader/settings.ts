/**
 * The reader's on/off settings. Each is kept in localStorage as `reader.<name>` ('on' or 'off')
 * and shown on <html> as `data-<name>="on"`, which the stylesheet reads.
 */
export const READER_FLAGS = ['pinyin', 'hide', 'traditional'] as const;

export type ReaderFlag = (typeof READER_FLAGS)[number];

/** The localStorage key of a setting. */
export const flagKey = (flag: ReaderFlag) => `reader.${flag}`;

/**
 * The layout's tiny inline script: puts the saved settings on <html> before the page is painted,
 * so the reader never sees a flash of the defaults. Storage errors (private mode) keep the defaults.
 */
export const SETTINGS_SCRIPT = `try{for(var k of ${JSON.stringify(READER_FLAGS)})if(localStorage.getItem('reader.'+k)==='on')document.documentElement.dataset[k]='on'}catch(e){}`;
