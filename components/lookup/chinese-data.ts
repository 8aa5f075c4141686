/** The article's Chinese lookup data, fetched once from the static file written at build. */
import type { ChineseWordData } from '@/lib/lookup/word-data';

const cache = new Map<string, Promise<ChineseWordData>>();

/** `/data/<slug>/words-zh.json`, fetched on the first Chinese lookup; a failed fetch may be retried. */
export function chineseWordData(slug: string): Promise<ChineseWordData> {
  let found = cache.get(slug);
  if (!found) {
    found = fetch(`/data/${slug}/words-zh.json`).then(async (response) => {
      if (!response.ok) throw new Error(`/data/${slug}/words-zh.json: HTTP ${response.status}`);
      return (await response.json()) as ChineseWordData;
    });
    found.catch(() => cache.delete(slug));
    cache.set(slug, found);
  }
  return found;
}
