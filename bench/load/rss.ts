/** A server's resident memory: VmRSS summed over its process tree, read from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';

/** The VmRSS line of /proc/<pid>/status, in bytes; NaN when absent (a zombie or kernel thread). */
export function parseVmRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/mu.exec(status);
  return match ? Number(match[1]) * 1024 : NaN;
}

/** The parent pid in /proc/<pid>/stat, read after the command name, which may itself hold spaces and parentheses. */
export function parseParentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** `root` and every process below it, given each process's parent. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const tree = [root];
  for (let k = 0; k < tree.length; k++) {
    for (const [pid, parent] of parentOf) if (parent === tree[k] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process ended while we were reading
  }
}

/** Bytes resident in memory for `root` and its descendants now. Throws when `root` does not exist. */
export function treeRss(root: number): number {
  const parentOf = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    const stat = readProc(pid, 'stat');
    if (stat) parentOf.set(Number(pid), parseParentPid(stat));
  }
  if (!parentOf.has(root)) throw new Error(`no process ${root} in /proc: the server has stopped`);
  return processTree(root, parentOf)
    .map((pid) => parseVmRss(readProc(String(pid), 'status') ?? ''))
    .filter((rss) => Number.isFinite(rss))
    .reduce((sum, rss) => sum + rss, 0);
}
