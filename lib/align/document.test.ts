import { describe, expect, it, vi } from 'vitest';
import { articleFile, readArticleBlocks } from '../../bench/align/article';
import { formatBead } from './bead-format';
import { isValidAlignment } from './beads';
import { alignDocument } from './document';
import { createLexicon } from './lexicon';
import { segmentSentences } from './segment';
import type { Bead, DocumentAlignment } from './types';

const fr = readArticleBlocks(articleFile('fr'));
const en = readArticleBlocks(articleFile('en'));

/** Sentence beads of a document alignment, numbered over all the sentences of each side. */
function flatten(doc: DocumentAlignment): { beads: Bead[]; src: string[]; tgt: string[] } {
  const src: string[] = [];
  const tgt: string[] = [];
  const beads: Bead[] = [];
  for (const group of doc.groups) {
    const [i0, j0] = [src.length, tgt.length];
    beads.push(...group.sentences.map((b) => ({ ...b, src: b.src.map((i) => i + i0), tgt: b.tgt.map((j) => j + j0) })));
    src.push(...group.srcSentences);
    tgt.push(...group.tgtSentences);
  }
  return { beads, src, tgt };
}

/**
 * The fr–en alignment of the article, read by hand: every block translates sentence for
 * sentence, except block 15, whose first two French sentences are one English sentence.
 */
function handAlignment(): Bead[] {
  const beads: Bead[] = [];
  let [i0, j0] = [0, 0];
  fr.forEach((block, k) => {
    const n = segmentSentences(block, 'fr').length;
    const m = segmentSentences(en[k] ?? '', 'en').length;
    const merged = k === 15 ? 1 : 0;
    expect(n - merged).toBe(m);
    if (merged) beads.push({ src: [i0, i0 + 1], tgt: [j0], cost: 0 });
    for (let s = merged ? 2 : 0; s < n; s++) beads.push({ src: [i0 + s], tgt: [j0 + s - merged], cost: 0 });
    i0 += n;
    j0 += m;
  });
  return beads;
}

describe('alignDocument', () => {
  it('aligns the article (fr–en) as read by hand, paragraphs one to one', async () => {
    const doc = await alignDocument(fr, en, { srcLang: 'fr', tgtLang: 'en' });
    expect(doc.paragraphBeads.map(formatBead)).toEqual(fr.map((_, k) => `[${k}]:[${k}]`));
    expect(flatten(doc).beads.map(formatBead)).toEqual(handAlignment().map(formatBead));
    expect(doc.lengthModel.ratio).toBeGreaterThan(0.7);
    expect(doc.lengthModel.ratio).toBeLessThan(1);
  });

  it.each([
    { merge: 20, deleteIn: 13, sentence: 1 },
    { merge: 40, deleteIn: 57, sentence: 2 },
  ])(
    'recovers every other bead when translation paragraph $merge is merged with the next and a sentence of paragraph $deleteIn is deleted',
    async ({ merge, deleteIn, sentence }) => {
      const cut = segmentSentences(en[deleteIn] ?? '', 'en');
      const changed = en.map((block, k) => (k === deleteIn ? cut.filter((_, s) => s !== sentence).join(' ') : block));
      changed.splice(merge, 2, `${changed[merge]} ${changed[merge + 1]}`);

      const doc = await alignDocument(fr, changed, { srcLang: 'fr', tgtLang: 'en' });
      const { beads, src, tgt } = flatten(doc);
      expect(isValidAlignment(beads, src.length, tgt.length)).toBe(true);
      expect(doc.paragraphBeads.map(formatBead)).toContain(`[${merge},${merge + 1}]:[${merge}]`);

      // The hand alignment with the deleted English sentence taken out.
      const deleted = en.slice(0, deleteIn).reduce((sum, block) => sum + segmentSentences(block, 'en').length, 0) + sentence;
      const expected = handAlignment().map((b) => ({
        ...b,
        tgt: b.tgt.filter((j) => j !== deleted).map((j) => (j > deleted ? j - 1 : j)),
      }));
      const orphan = expected.find((b) => b.tgt.length === 0);
      const found = new Set(beads.map(formatBead));
      for (const bead of expected) if (bead !== orphan) expect(found).toContain(formatBead(bead));
      expect(found).toContain(formatBead(orphan ?? { src: [], tgt: [] }));
    },
  );

  it('keeps every sentence of both sides, in order, in its groups', async () => {
    const doc = await alignDocument(fr.slice(0, 10), en.slice(0, 10), { srcLang: 'fr', tgtLang: 'en' });
    const { src, tgt } = flatten(doc);
    expect(src).toEqual(fr.slice(0, 10).flatMap((block) => segmentSentences(block, 'fr')));
    expect(tgt).toEqual(en.slice(0, 10).flatMap((block) => segmentSentences(block, 'en')));
  });

  it('uses a dictionary only for zh↔en', async () => {
    const zh = readArticleBlocks(articleFile('zh')).slice(0, 5);
    const lookup = vi.fn((word: string) => (word === '硅谷' ? ['Silicon Valley'] : undefined));
    await alignDocument(fr.slice(0, 5), zh, { srcLang: 'fr', tgtLang: 'zh', lexicon: createLexicon(lookup) });
    expect(lookup).not.toHaveBeenCalled();
    await alignDocument(en.slice(0, 5), zh, { srcLang: 'en', tgtLang: 'zh', lexicon: createLexicon(lookup) });
    expect(lookup).toHaveBeenCalledWith('硅谷');
  });
});
