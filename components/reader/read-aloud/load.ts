/** The read-aloud code, fetched on first use only (a play control, the panel or `s`), then kept. */
let player: Promise<typeof import('./player')> | null = null;

/** The read-aloud module; a failed fetch (offline) is retried on the next use. */
export function loadPlayer(): Promise<typeof import('./player')> {
  player ??= import('./player').catch((error: unknown) => {
    player = null;
    throw error;
  });
  return player;
}
