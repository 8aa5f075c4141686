/**
 * Parses one article file (markdown with YAML front matter) into its front matter and blocks.
 */
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Block } from '../content/schema';
import remarkBlocks from './remark-blocks';

/** Something wrong in a content file, located by file and (when known) line. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ParsedArticleFile {
  frontMatter: unknown;
  blocks: Block[];
  problems: ContentProblem[];
}

const processor = () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkBlocks);

/**
 * Parses the text of an article file.
 * @param text the file's content
 * @param file the path reported in problems
 */
export function parseArticleFile(text: string, file: string): ParsedArticleFile {
  const vfile = new VFile({ path: file, value: text });
  const p = processor();
  p.runSync(p.parse(vfile), vfile);
  const problems: ContentProblem[] = vfile.messages.map((m) => ({ file, line: m.line ?? undefined, message: m.reason }));

  let frontMatter: unknown = undefined;
  const yamlText = vfile.data.frontMatterText;
  if (yamlText === undefined) {
    problems.push({ file, line: 1, message: 'no front matter: the file must start with a --- YAML block ---' });
  } else {
    try {
      frontMatter = parseYaml(yamlText);
    } catch (e) {
      const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + 1 : 1;
      problems.push({ file, line, message: `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  return { frontMatter, blocks: vfile.data.blocks ?? [], problems };
}
