import { describe, expect, it } from 'vitest';
import { parseParentPid, parseVmRss, processTree, treeRss } from './rss';

describe('parseVmRss', () => {
  it('reads the VmRSS line in bytes', () => {
    expect(parseVmRss('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nThreads:\t11\n')).toBe(123456 * 1024);
  });

  it('is NaN for a process without resident memory', () => {
    expect(parseVmRss('Name:\tkworker\nThreads:\t1\n')).toBeNaN();
  });
});

describe('parseParentPid', () => {
  it('reads the field after the command name, even when the name holds spaces and parentheses', () => {
    expect(parseParentPid('4242 (next-server (v16)) S 4200 4242 4242 0 -1')).toBe(4200);
    expect(parseParentPid('17 (node) R 1 17 17 0 -1')).toBe(1);
  });
});

describe('processTree', () => {
  it('collects the root, its children and their children, and nothing else', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});

describe('treeRss', () => {
  it('measures this test process as more than zero bytes', () => {
    expect(treeRss(process.pid)).toBeGreaterThan(1024 * 1024);
  });

  it('names a process that does not exist', () => {
    expect(() => treeRss(2 ** 22 + 1)).toThrow(`no process ${2 ** 22 + 1} in /proc`);
  });
});
