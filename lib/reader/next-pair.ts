/** Moving from pair to pair with the keyboard (`j`/`k`), apart from the key mapping so each is loaded where needed. */

/**
 * The pair to move to from pair `current` (an index among `count` pairs, -1 for none) in
 * `direction`, kept within the article.
 */
export function nextPairIndex(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}
