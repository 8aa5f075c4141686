/** Where the lookup popup goes: by the word looked up, inside the viewport whatever its size. */

const MARGIN = 8;
const GAP = 18;

/**
 * The top-left corner for a popup of `size` near `anchor` (the point clicked, or the sentence's
 * box for the keyboard): below it when it fits, else above, always fully on screen.
 */
export function placePopup(
  anchor: { x: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const clamp = (value: number, max: number) => Math.max(MARGIN, Math.min(value, max));
  const left = clamp(anchor.x - size.width / 2, viewport.width - size.width - MARGIN);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top = below + size.height <= viewport.height - MARGIN ? below : above >= MARGIN ? above : viewport.height - size.height - MARGIN;
  return { left, top: clamp(top, viewport.height - size.height - MARGIN) };
}
