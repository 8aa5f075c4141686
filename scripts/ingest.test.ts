import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const seed = path.join(root, 'content', 'raw', '000_a28ccd20d85946b3.txt');
const slug = 'jeunes-chinois-dans-les-entreprises-ia-de-la-silicon-valley';

async function ingest(args: string[]) {
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'scripts', 'ingest.ts'), ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Letters and digits only, lowercased: what must survive ingestion whatever spaces and periods were repaired. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describe('npm run ingest on the seed article', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof ingest>>;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'ingest-'));
    result = await ingest([seed, '--root', out]);
  }, 60_000);

  it('writes exactly the committed fr.md (ingestion is reproducible)', async () => {
    expect(result.code).toBe(0);
    const written = await readFile(path.join(out, 'content', 'articles', slug, 'fr.md'), 'utf8');
    const committed = await readFile(path.join(root, 'content', 'articles', slug, 'fr.md'), 'utf8');
    expect(written).toBe(committed);
  });

  it('keeps the raw input under content/raw', async () => {
    expect(await readFile(path.join(out, 'content', 'raw', path.basename(seed)), 'utf8')).toBe(await readFile(seed, 'utf8'));
  });

  it('prints every repair, before → after', () => {
    const repairs = result.stdout.split('\n').filter((l) => l.includes(' → '));
    expect(repairs).toHaveLength(11);
    expect(result.stdout).toContain('"depuisOpenAI La boîte de…" → "depuis OpenAI La boîte de…"');
    expect(result.stdout).toContain('[glued-words] "…voir l’idée dutravail à temps par…" → "…voir l’idée du travail à temps par…"');
    expect(result.stdout).toContain('[doubled-period] "… sur la plage. ." → "… sur la plage."');
  });

  it('loses no letter of the body between the raw file and fr.md', async () => {
    const raw = await readFile(seed, 'utf8');
    const md = await readFile(path.join(out, 'content', 'articles', slug, 'fr.md'), 'utf8');
    const rawBody = raw.slice(raw.indexOf("Note de l'éditeur:") + "Note de l'éditeur:".length);
    const mdBody = md
      .slice(md.indexOf('\n---\n', 4) + 5)
      .replace(/^:::(editor-note|note)?$/gmu, '')
      .replace(/^## /gmu, '');
    expect(letters(mdBody)).toBe(letters(rawBody));
  });

  it('keeps every header value in the front matter', async () => {
    const md = await readFile(path.join(out, 'content', 'articles', slug, 'fr.md'), 'utf8');
    for (const value of ['nouvelles', '2024-07-23', 'Visuel Chine', 'Zhou Zihao', 'Wang Weikai', 'Русский язык', 'Suomalainen']) {
      expect(md).toContain(value);
    }
  });
});

describe('npm run ingest errors', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['not-utf8.txt', Buffer.from([0x6e, 0x6f, 0xff, 0xfe, 0x0a]), /not-utf8\.txt: not UTF-8 text/],
    ['no-date.txt', 'nouvelles\n\nTitre\n\nUn paragraphe.\n', /no-date\.txt:3: no date/],
    ['no-title.txt', 'nouvelles\n', /no-title\.txt:1: no title/],
    ['empty-body.txt', 'nouvelles\n\nTitre\n\n2024-07-23\n', /empty-body\.txt(:\d+)?: empty body/],
  ];
  for (const [name, content, message] of cases) {
    it(`${name}: names the file and the problem, and writes nothing`, async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-bad-'));
      const file = path.join(dir, name);
      await writeFile(file, content);
      const outRoot = await mkdtemp(path.join(os.tmpdir(), 'ingest-out-'));
      const r = await ingest([file, '--root', outRoot]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(await readdir(outRoot)).toEqual([]);
    }, 30_000);
  }

  it('names a missing file', async () => {
    const r = await ingest(['/nonexistent/article.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/nonexistent/article.txt: cannot read (ENOENT)');
  });
});
