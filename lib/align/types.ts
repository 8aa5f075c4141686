/**
 * Types of the aligner: beads, the length model, options and the alignment of a document.
 */

/**
 * One bead of an alignment: source segments `src` are translated by target segments `tgt`
 * (0-based indexes, ascending). Either side may be empty (a deletion or an insertion).
 */
export interface Bead {
  src: number[];
  tgt: number[];
  /** The bead's cost in the model (lower is more likely); 0 for gold beads. */
  cost: number;
}

/** A bead shape: how many source and target segments a bead holds. */
export interface BeadShape {
  src: number;
  tgt: number;
}

/**
 * Gale–Church length model: a target text is about `ratio` times as long as its source (in
 * characters), with a variance that grows with the length: Var(tgt − ratio·src) = variance · src.
 */
export interface LengthModel {
  ratio: number;
  variance: number;
}

/**
 * A bilingual dictionary seen from the Chinese side: the English words (lowercase) that
 * translate a Chinese word, as CC-CEDICT glosses it.
 */
export interface Lexicon {
  /** English words translating `word`, or undefined when `word` is not an entry. */
  glosses(word: string): readonly string[] | undefined;
  /** Length of the longest entry tried when cutting Chinese text into words. */
  maxWordLength: number;
}

/** Options of `alignSentences` and `alignParagraphs`. */
export interface AlignOptions {
  srcLang: string;
  tgtLang: string;
  /**
   * Default: estimated from the two lists (their length ratio, a variance of 6.8·ratio²,
   * then re-estimated from a first pass when the lists hold 40 segments or more).
   */
  lengthModel?: LengthModel;
  /** Use anchors (numbers, Latin names and acronyms, quotes, question marks). Default true. */
  anchors?: boolean;
  /** zh↔en dictionary (see `loadLexicon`); without it the dictionary term is left out. */
  lexicon?: Lexicon;
  /**
   * Length costs allow a spread proportional to the length and grow linearly, not
   * quadratically, beyond two standard deviations, so that anchors can outweigh a
   * translation much longer or shorter than usual. Default true; false gives Gale and
   * Church's cost.
   */
  robustLength?: boolean;
  /**
   * Prior probability of each bead shape ("1-1", "2-1", …; see `estimateShapePriors`).
   * Default: Gale and Church's, re-estimated from a first pass when the lists hold 40
   * segments or more. Given priors are used as they are.
   */
  shapePriors?: Readonly<Record<string, number>>;
  /** Half-width of the DP band, in segments. Default 24; widened on its own when too narrow. */
  bandWidth?: number;
}

/** One paragraph bead of a document and the sentence alignment inside it. */
export interface ParagraphGroup {
  /** Indexes into the document's source and target paragraphs. */
  paragraphs: Bead;
  srcSentences: string[];
  tgtSentences: string[];
  /** Beads over `srcSentences` and `tgtSentences` (indexes local to this group). */
  sentences: Bead[];
}

/** A document aligned on two levels: paragraphs, then sentences inside each paragraph bead. */
export interface DocumentAlignment {
  paragraphBeads: Bead[];
  groups: ParagraphGroup[];
  /** The length model estimated over the document and used for the sentences. */
  lengthModel: LengthModel;
  /** The sentence shape priors used (re-estimated over the document unless given). */
  shapePriors: Readonly<Record<string, number>>;
}
