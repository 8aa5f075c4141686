// Tests of the command line (scripts/align.ts), run as a child process with tsx.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBeads } from './bead-format';
import { isValidAlignment } from './beads';

const script = fileURLToPath(new URL('../../scripts/align.ts', import.meta.url));
const gold = (name: string) => fileURLToPath(new URL(`../../bench/align/gold/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'align-cli-'));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)) },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const frZh = ['--src', gold('fr-zh.fr.txt'), '--tgt', gold('fr-zh.zh.txt'), '--src-lang', 'fr', '--tgt-lang', 'zh'];

describe.concurrent('scripts/align.ts', { timeout: 60_000 }, () => {
  it('writes the beads of two sentence files in the gold format', async () => {
    const { code, stdout } = await run(frZh);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(gold('fr-zh.beads.txt'), 'utf8'));
  });

  it('segments running text with --paragraphs and writes the sentences beside the beads', async () => {
    const text = (lines: string[]) => lines.join(' ');
    const src = join(dir, 'fr.txt');
    const tgt = join(dir, 'en.txt');
    writeFileSync(src, `${text(['Zhao Ming est né en 1990.', 'Il vit à Pékin.'])}\n\n${text(['Il gagne 450 000 dollars.'])}\n`);
    writeFileSync(tgt, `${text(['Zhao Ming was born in 1990.', 'He lives in Beijing.'])}\n\n${text(['He earns $450,000.'])}\n`);
    const out = join(dir, 'beads.txt');
    const { code } = await run(['--src', src, '--tgt', tgt, '--src-lang', 'fr', '--tgt-lang', 'en', '--paragraphs', '--out', out]);
    expect(code).toBe(0);
    expect(readFileSync(`${out}.src.txt`, 'utf8')).toBe('Zhao Ming est né en 1990.\nIl vit à Pékin.\nIl gagne 450 000 dollars.\n');
    expect(readFileSync(`${out}.tgt.txt`, 'utf8').split('\n')).toHaveLength(4);
    expect(readFileSync(out, 'utf8')).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('prints beads with costs and texts with --json', async () => {
    const { code, stdout } = await run([...frZh, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { beads: { src: number[]; tgt: number[]; cost: number; srcText: string[]; tgtText: string[] }[] };
    expect(json.beads[0]?.srcText).toHaveLength(2);
    expect(json.beads[0]?.tgtText[0]).toMatch(/^自OpenAI/u);
    expect(typeof json.beads[0]?.cost).toBe('number');
    expect(isValidAlignment(parseBeads(json.beads.map((b) => `[${b.src}]:[${b.tgt}]`).join('\n')), 57, 47)).toBe(true);
  });

  const failures: [string, () => string[], RegExp][] = [
    [
      'a missing file',
      () => ['--src', join(dir, 'nope.txt'), '--tgt', gold('fr-zh.zh.txt'), '--src-lang', 'fr', '--tgt-lang', 'zh'],
      /--src .*nope\.txt: no such file/u,
    ],
    [
      'an empty file',
      () => ['--src', gold('fr-zh.fr.txt'), '--tgt', writeTemp('empty.txt', ' \n'), '--src-lang', 'fr', '--tgt-lang', 'zh'],
      /--tgt .*empty\.txt: the file is empty/u,
    ],
    [
      'an unknown language code',
      () => [...frZh.slice(0, 4), '--src-lang', 'fr', '--tgt-lang', 'cn'],
      /--tgt-lang cn: unknown language code/u,
    ],
    [
      'a file that is not UTF-8',
      () => [
        '--src',
        writeTemp('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
        '--tgt',
        gold('fr-zh.zh.txt'),
        '--src-lang',
        'fr',
        '--tgt-lang',
        'zh',
      ],
      /--src .*latin1\.txt: not valid UTF-8/u,
    ],
    ['an unknown flag', () => [...frZh, '--fast'], /Unknown option '--fast'/u],
  ];

  it.each(failures)('fails on %s, says why, and writes nothing', async (_, args, message) => {
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.txt`);
    const { code, stdout, stderr } = await run([...args(), '--out', out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.src.txt`)).toBe(false);
  });
});

function writeTemp(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
