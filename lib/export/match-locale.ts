/**
 * Picks the interface locale for a browser's preferred languages (navigator.languages), for the
 * static export's `/`, where no server can read Accept-Language.
 *
 * Each preferred tag, in the browser's order, is tried as an exact locale and then by its language
 * subtag (`de-CH` → `de`, `zh-Hant-TW` → `zh`); the first hit wins, else the fallback.
 * Self-contained (no imports, no inner named functions) because the chooser page inlines its source.
 */
export function matchLocale(preferred: readonly string[], locales: readonly string[], fallback: string): string {
  for (const tag of preferred) {
    const wanted = String(tag).trim().toLowerCase();
    if (!wanted) continue;
    const exact = locales.find((l) => l.toLowerCase() === wanted);
    if (exact) return exact;
    const prefix = locales.find((l) => l.toLowerCase() === wanted.split('-')[0]);
    if (prefix) return prefix;
  }
  return fallback;
}
