/**
 * Sentence alignment of a text and its translation: the public entry points.
 */
export { alignParagraphs, alignSentences, DEFAULT_BAND_WIDTH } from './align';
export { formatBead, formatBeads, parseBeads } from './bead-format';
export { BEAD_SHAPES, DEFAULT_SHAPE_PRIORS, estimateShapePriors, isValidAlignment, shapeOf, type ShapePriors } from './beads';
export { alignDocument, type DocumentOptions } from './document';
export { estimateLengthModel, textLength } from './length-model';
export { createLexicon, isChineseEnglish, loadLexicon } from './lexicon';
export { ALIGN_LOCALES, isAlignLocale, type AlignLocale } from './locales';
export { scoreAlignment, scoreAlignments, type AlignmentScore } from './score';
export { segmentSentences } from './segment';
export type { AlignOptions, Bead, BeadShape, DocumentAlignment, LengthModel, Lexicon, ParagraphGroup } from './types';
