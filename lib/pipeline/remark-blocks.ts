/**
 * remark plugin: reads a parsed article into its ordered blocks (heading, paragraph, note) and
 * stores them on `file.data.blocks`. Anything that is not plain text in one of those blocks
 * (HTML, links, images, lists, code…) becomes a vfile message with its position, so the caller
 * can reject the file naming the line; nothing is dropped silently and nothing throws here.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Block, BlockKind, NoteRole } from '../content/schema';

declare module 'vfile' {
  interface DataMap {
    blocks: Block[];
    frontMatterText: string | undefined;
  }
}

const NOTE_ROLES: Readonly<Record<string, NoteRole>> = { 'editor-note': 'editor', note: 'closing' };

/** The inline content allowed in a block: text and hard breaks, nothing that renders markup. */
function checkInline(node: Heading | Paragraph, file: VFile): void {
  for (const child of node.children) {
    if (child.type !== 'text' && child.type !== 'break') {
      file.message(`unsupported markup in a block: ${child.type} (only plain text is allowed)`, child);
    }
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function blockOf(node: RootContent, file: VFile): Omit<Block, 'id' | 'index'> | null {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'heading') {
    checkInline(node, file);
    return { kind: 'heading', text: normalise(toString(node)), line };
  }
  if (node.type === 'paragraph') {
    checkInline(node, file);
    return { kind: 'paragraph', text: normalise(toString(node)), line };
  }
  if (node.type === 'containerDirective' && NOTE_ROLES[node.name]) {
    const [only, ...rest] = node.children;
    if (!only || only.type !== 'paragraph' || rest.length > 0) {
      file.message(`a :::${node.name} note must hold exactly one paragraph`, node);
      return null;
    }
    checkInline(only, file);
    const kind: BlockKind = 'note';
    return { kind, role: NOTE_ROLES[node.name], text: normalise(toString(only)), line };
  }
  file.message(`unsupported block: ${node.type === 'containerDirective' ? `:::${node.name}` : node.type}`, node);
  return null;
}

/**
 * Only container directives (`:::note`) are content syntax. A text directive is prose that
 * happens to contain a colon ("18:00", "Note:this"): put its source text back, merged with
 * its neighbours.
 */
function restoreTextDirectives(node: Paragraph | Heading, source: string): void {
  const children: PhrasingContent[] = [];
  for (const child of node.children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    const restored: PhrasingContent =
      child.type === 'textDirective' && start !== undefined && end !== undefined
        ? { type: 'text', value: source.slice(start, end), position: child.position }
        : child;
    const last = children.at(-1);
    if (restored.type === 'text' && last?.type === 'text') last.value += restored.value;
    else children.push(restored);
  }
  node.children = children;
}

/** Collects the blocks of an article; see the module comment. */
const remarkBlocks: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value);
  visit(tree, ['paragraph', 'heading'], (node) => restoreTextDirectives(node as Paragraph | Heading, source));
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      file.data.frontMatterText = node.value;
      continue;
    }
    const block = blockOf(node, file);
    if (!block) continue;
    if (block.text.length === 0) {
      file.message('empty block', node);
      continue;
    }
    const index = blocks.length + 1;
    blocks.push({ id: `p-${index}`, index, ...block });
  }
  file.data.blocks = blocks;
};

export default remarkBlocks;
