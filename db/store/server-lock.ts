// The running dashboard marks the store it writes with a lock file beside it (`<store>.server`,
// holding its process id), removed when it exits. `npm run restore` refuses while a live
// process holds it, so a server is never left writing to a file that was replaced.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const held = new Set<string>();
export const lockFileOf = (storeFile: string) => `${storeFile}.server`;

/** Called by the server when it opens a store it may write. */
export function holdServerLock(storeFile: string): void {
  const lock = lockFileOf(storeFile);
  if (held.has(lock)) return;
  try {
    writeFileSync(lock, `${process.pid}\n`);
  } catch {
    return; // a folder that cannot take it cannot take a restore either
  }
  held.add(lock);
  if (held.size === 1) {
    process.once('exit', () => {
      for (const file of held) {
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
        } catch {
          // already gone
        }
      }
    });
  }
}

/** The id of a live process holding the store's lock, or null (none, or a stale one). */
export function serverHolding(storeFile: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFileOf(storeFile), 'utf8').trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (e) {
    // EPERM: alive, only not ours to signal.
    return (e as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
