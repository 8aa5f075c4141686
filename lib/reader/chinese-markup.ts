/**
 * The Chinese column's markup as an HTML string. A React tree of one <ruby> per character costs
 * about 2.4 times its HTML in the page's RSC payload, which holds the whole tree; handing React the
 * finished string keeps that payload close to the size of the text's own HTML.
 */
import { pinyinRuns } from './pinyin';
import { withTraditional } from './traditional';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe to put between tags or inside a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);

/** Simplified text, with its Traditional form beside it (the stylesheet shows one) where that differs. */
function bothScripts(simplified: string, traditional: string | undefined): string {
  const hans = escapeHtml(simplified);
  if (traditional === undefined) return hans;
  return `<span class="hans">${hans}</span><span class="hant" lang="zh-Hant">${escapeHtml(traditional)}</span>`;
}

/**
 * Chinese text with each character's pinyin in <ruby>/<rt> (shown when the reader turns pinyin on)
 * and its Traditional form where that differs (shown when the reader turns Traditional on).
 */
export function chineseMarkup(text: string): string {
  return withTraditional(pinyinRuns(text))
    .map((run) =>
      run.reading === undefined
        ? bothScripts(run.text, run.traditional)
        : `<ruby>${bothScripts(run.text, run.traditional)}<rt>${escapeHtml(run.reading)}</rt></ruby>`,
    )
    .join('');
}
