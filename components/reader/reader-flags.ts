/**
 * The reader's on/off settings in the browser. The <html data-*> attribute is the state: put
 * there before first paint by the layout's script, then changed here, so that every control and
 * shortcut that reads a setting agrees.
 */
import { flagKey, type ReaderFlag } from '@/lib/reader/settings';

const listeners = new Set<() => void>();

/** For useSyncExternalStore: called on every change of any setting. */
export function subscribeFlags(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isFlagOn = (flag: ReaderFlag) => document.documentElement.dataset[flag] === 'on';

/** Turns a setting on or off and saves it for the next pages and visits. */
export function setFlag(flag: ReaderFlag, on: boolean): void {
  if (on) document.documentElement.dataset[flag] = 'on';
  else delete document.documentElement.dataset[flag];
  try {
    localStorage.setItem(flagKey(flag), on ? 'on' : 'off');
  } catch {
    // Private mode or storage disabled: the setting lasts for this page only.
  }
  for (const listener of listeners) listener();
}
