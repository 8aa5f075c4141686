/** The read-aloud panel's id: the server renders it, the opener targets it, the player finds it. */
export const PANEL_ID = 'read-aloud';
