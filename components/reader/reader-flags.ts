/**
 * The reader's on/off settings in the browser. The <html data-*> attribute is the state: put
 * there before first paint by the layout's script, then changed here; each setting's button
 * (`[data-flag]`) shows it with aria-pressed.
 */
import { flagKey, READER_FLAGS, type ReaderFlag } from '@/lib/reader/settings';
import { store } from './stored';

export const isFlagOn = (flag: ReaderFlag) => document.documentElement.dataset[flag] === 'on';

/** Presses the buttons of the settings that are on, and releases the others. */
export function showFlags(): void {
  for (const flag of READER_FLAGS)
    for (const button of document.querySelectorAll(`[data-flag="${flag}"]`)) button.setAttribute('aria-pressed', String(isFlagOn(flag)));
}

/** Turns a setting on or off and saves it for the next pages and visits. */
export function setFlag(flag: ReaderFlag, on: boolean): void {
  if (on) document.documentElement.dataset[flag] = 'on';
  else delete document.documentElement.dataset[flag];
  store(flagKey(flag), on ? 'on' : 'off');
  showFlags();
}
