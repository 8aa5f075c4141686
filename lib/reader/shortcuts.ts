/** The reader's keyboard shortcuts, as a pure mapping from a key press to an action. */

export type ShortcutAction = 'next' | 'previous' | 'hide' | 'pinyin' | 'read' | 'help';

/** The keys, in the order the shortcuts dialog lists them. */
export const SHORTCUT_KEYS: Record<string, ShortcutAction> = {
  j: 'next',
  k: 'previous',
  t: 'hide',
  p: 'pinyin',
  s: 'read',
  '?': 'help',
};

/** What the shortcut logic needs to know of a keydown event. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The tag of the focused element (`event.target`), upper case as in the DOM, if any. */
  targetTag?: string;
  targetEditable?: boolean;
}

const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The action a key press asks for, or null: never while typing in a field, nor with Ctrl, Alt
 * or Meta held (those belong to the browser and the system). Shift is allowed, since `?` needs it.
 */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.targetEditable || (press.targetTag !== undefined && FIELDS.has(press.targetTag))) return null;
  return SHORTCUT_KEYS[press.key] ?? null;
}
