/**
 * Exclusive lock on a data directory. nedb keeps the whole dataset in memory and appends to its files, so two
 * processes on the same directory would silently overwrite each other's writes: refuse to start instead.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'motcua.lock';

/**
 * Lock paths held by this process. A lock file with our own pid is either held by another store in this
 * process (refuse), or left by a previous incarnation that had the same pid — common in containers, where the
 * app is often pid 1 on every restart (take over).
 */
const heldHere = new Set<string>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Take the lock (creating the directory if needed); returns the function that releases it. */
export function acquireDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(fs.realpathSync(dataDir), LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx'); // O_CREAT|O_EXCL: atomic, only one creator wins
      try {
        fs.writeSync(fd, String(process.pid));
      } finally {
        fs.closeSync(fd);
      }
      heldHere.add(lockPath);
      return () => release(lockPath);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw e;
    }
    let holder = NaN;
    try {
      holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    } catch {
      /* vanished or unreadable: treat as stale */
    }
    const valid = Number.isInteger(holder) && holder > 0; // never probe pid 0/-1 (process groups)
    const busy = valid && (holder === process.pid ? heldHere.has(lockPath) : pidAlive(holder));
    if (busy) {
      throw new Error(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder} sử dụng ` +
          `(embedded store is single-process; use MONGODB_URI for several instances). ` +
          `If no such process is running MotCua, delete ${lockPath}.`,
      );
    }
    // Stale lock from a dead process: remove it and retry the exclusive create. Caveat: two processes that
    // start at the same instant on the same stale lock can both get through (check-then-remove is not
    // atomic with plain fs); a narrow window we accept for a single-instance deployment mode.
    fs.rmSync(lockPath, { force: true });
  }
}

function release(lockPath: string): void {
  if (!heldHere.delete(lockPath)) return;
  try {
    // Only remove the file if it is still ours (someone may have deleted it by hand and started another).
    if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.rmSync(lockPath, { force: true });
  } catch {
    /* already gone */
  }
}
