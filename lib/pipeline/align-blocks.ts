/**
 * Block alignment: a translation is written block for block, so its blocks pair with the
 * source's one to one. A translation that disagrees in number or kind is reported with the
 * block number and the first words of both blocks.
 */
import type { AlignedPair, Block } from '../content/schema';
import type { ContentProblem } from './parse';

const PREVIEW_WORDS = 8;
const PREVIEW_CHARS = 40;

/** The opening of a block's text, for error messages (first words, or first characters of CJK text). */
export function firstWords(text: string): string {
  const words = text.split(/\s+/u);
  const preview = words.length > 3 ? words.slice(0, PREVIEW_WORDS).join(' ') : text.slice(0, PREVIEW_CHARS);
  return preview.length < text.length ? `${preview}…` : preview;
}

function describe(block: Block | undefined): string {
  if (!block) return '(no block)';
  return `${block.kind}${block.role ? ` (${block.role})` : ''} "${firstWords(block.text)}"`;
}

/**
 * Pairs a translation's blocks with the source's.
 * @returns the pairs, or the problems found (the first mismatch, and the count if it differs)
 */
export function alignBlocks(source: Block[], target: Block[], targetFile: string): { pairs: AlignedPair[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const longest = Math.max(source.length, target.length);
  for (let i = 0; i < longest; i++) {
    const s = source[i];
    const t = target[i];
    if (s && t && s.kind === t.kind && s.role === t.role) continue;
    problems.push({
      file: targetFile,
      line: t?.line,
      message: `block ${i + 1} does not match the source: source has ${describe(s)}, translation has ${describe(t)}`,
    });
    break;
  }
  if (source.length !== target.length) {
    problems.push({
      file: targetFile,
      message: `${target.length} blocks where the source has ${source.length}`,
    });
  }
  if (problems.length > 0) return { pairs: [], problems };
  const pairs = source.map((s, i) => ({ id: s.id, index: s.index, source: s, target: target[i] as Block }));
  return { pairs, problems };
}
