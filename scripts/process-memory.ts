// The resident memory of a running server, read from Linux's /proc: used by
// `npm run bench:bad-uploads` and e2e/hostile-uploads.test.ts to check that a hostile upload
// leaves the server under its memory bound.
import { readdirSync, readFileSync } from 'node:fs';

/** VmRSS of one process in bytes, 0 when it is gone. */
export function processRss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants (a launcher and the server it runs), in bytes. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += processRss(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
