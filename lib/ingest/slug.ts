/**
 * Makes a URL slug from a title: lowercase ASCII words joined by hyphens, cut at a word
 * boundary so that it stays readable.
 */
export function slugFromTitle(title: string, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/\b[a-z]['’]/gu, '') // elided articles: d'IA → ia
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}
