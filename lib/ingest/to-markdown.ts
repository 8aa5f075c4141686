/**
 * Writes a parsed source article as the project's markdown: YAML front matter, then the body,
 * with notes as container directives (`:::editor-note`, `:::note`) and headings at level 2.
 */
import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { ParsedSource, SourceBlock } from './parse-source';

export interface ArticleFrontMatterInput {
  slug: string;
  rawFile: string;
}

function blockNode(block: SourceBlock): RootContent {
  const text = { type: 'text', value: block.text } as const;
  if (block.kind === 'heading') return { type: 'heading', depth: 2, children: [text] };
  if (block.kind === 'paragraph') return { type: 'paragraph', children: [text] };
  return { type: 'containerDirective', name: block.kind, attributes: {}, children: [{ type: 'paragraph', children: [text] }] };
}

/**
 * Serialises a parsed article to markdown text, deterministically.
 * @param parsed the output of `parseSource`
 * @param input where the raw file is kept (relative to the project) and the slug
 */
export function toMarkdown(parsed: ParsedSource, input: ArticleFrontMatterInput): string {
  const front = {
    title: parsed.title,
    date: parsed.date,
    section: parsed.section,
    language: 'fr',
    ...(parsed.imageCredit ? { imageCredit: parsed.imageCredit } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
    ...(parsed.editor ? { editor: parsed.editor } : {}),
    sourceLanguages: parsed.sourceLanguages.map((l) => ({ code: l.code, label: l.label })),
    origin: {
      kind: 'source',
      rawFile: input.rawFile,
      note: 'Text as published on the source page: a French machine translation of a Chinese original that is not included here.',
    },
  };
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: stringifyYaml(front, { lineWidth: 0 }).trimEnd() }, ...parsed.blocks.map(blockNode)],
  };
  return unified()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkDirective)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' })
    .stringify(tree);
}
