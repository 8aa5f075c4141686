/**
 * Two-level alignment of a document: paragraphs first, then the sentences inside each
 * paragraph bead. The length model is estimated on the whole document (first from the
 * paragraphs as given, then again from the aligned paragraph beads) and shared by all
 * sentence alignments; so are the shape priors, re-estimated from a first sentence pass.
 */
import { alignParagraphs, alignSentences } from './align';
import { DEFAULT_SHAPE_PRIORS, estimateShapePriors, unpairedBeads, type ShapePriors } from './beads';
import { estimateLengthModel } from './length-model';
import { loadLexicon } from './lexicon';
import { segmentSentences } from './segment';
import type { AlignOptions, DocumentAlignment, ParagraphGroup } from './types';

/** Options of `alignDocument`. */
export interface DocumentOptions extends Omit<AlignOptions, 'lengthModel'> {
  /** Load CC-CEDICT for zh↔en when no `lexicon` is given. Default true. */
  dictionary?: boolean;
}

/**
 * Aligns a document with its translation, paragraphs then sentences.
 * @param srcParagraphs the source text's paragraphs, in order
 * @param tgtParagraphs the translation's paragraphs, in order (their number may differ)
 * @param options languages; for zh↔en the CC-CEDICT dictionary is loaded on first use
 *   (hence the promise) unless `lexicon` is given or `dictionary` is false
 */
export async function alignDocument(
  srcParagraphs: readonly string[],
  tgtParagraphs: readonly string[],
  options: DocumentOptions,
): Promise<DocumentAlignment> {
  const lexicon = options.lexicon ?? (options.dictionary === false ? undefined : await loadLexicon(options.srcLang, options.tgtLang));
  const base = { ...options, lexicon };
  const firstModel = estimateLengthModel(srcParagraphs, tgtParagraphs);
  // Priors given by the caller are for sentences; paragraphs keep their own.
  const paragraphBeads = alignParagraphs(srcParagraphs, tgtParagraphs, { ...base, lengthModel: firstModel, shapePriors: undefined });

  const paired = paragraphBeads.filter((bead) => bead.src.length > 0 && bead.tgt.length > 0);
  const joined = (paragraphs: readonly string[], indexes: number[]) => indexes.map((k) => paragraphs[k] ?? '').join('\n\n');
  const lengthModel = estimateLengthModel(
    paired.map((bead) => joined(srcParagraphs, bead.src)),
    paired.map((bead) => joined(tgtParagraphs, bead.tgt)),
  );

  const sides = paragraphBeads.map((bead) => ({
    srcSentences: bead.src.flatMap((k) => segmentSentences(srcParagraphs[k] ?? '', options.srcLang)),
    tgtSentences: bead.tgt.flatMap((k) => segmentSentences(tgtParagraphs[k] ?? '', options.tgtLang)),
  }));
  const alignAll = (shapePriors: ShapePriors) =>
    sides.map(({ srcSentences, tgtSentences }) =>
      srcSentences.length > 0 && tgtSentences.length > 0
        ? alignSentences(srcSentences, tgtSentences, { ...base, lengthModel, shapePriors })
        : unpairedBeads(srcSentences.length, tgtSentences.length),
    );
  // Two passes: the first tells how often this translator splits and merges sentences.
  const first = alignAll(options.shapePriors ?? DEFAULT_SHAPE_PRIORS);
  const shapePriors = options.shapePriors ?? estimateShapePriors(first.flat());
  const sentenceBeads = options.shapePriors ? first : alignAll(shapePriors);
  const groups: ParagraphGroup[] = paragraphBeads.map((bead, k) => ({
    paragraphs: bead,
    srcSentences: sides[k]?.srcSentences ?? [],
    tgtSentences: sides[k]?.tgtSentences ?? [],
    sentences: sentenceBeads[k] ?? [],
  }));
  return { paragraphBeads, groups, lengthModel, shapePriors };
}
