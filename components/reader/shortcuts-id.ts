/** The id of the keyboard shortcuts dialog (KeyboardShortcuts), which `?` and its button open (reader-tools.tsx). */
export const SHORTCUTS_DIALOG = 'shortcuts';
