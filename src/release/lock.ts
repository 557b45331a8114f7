/**
 * One holder at a time per lock file (imports of a data directory, the embedded workflow store): an
 * exclusive lock file holding the pid. The file appears with its pid already in it (written to a
 * temporary file first, then hard-linked into place, which fails if the lock exists), so a lock file
 * is never seen empty while its holder starts. A lock whose pid names no live process is stale and
 * taken over; a lock file without a pid (empty, unreadable) is never taken over: it may belong to a
 * process that is writing it right now, and who holds it cannot be known.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class LockHeldError extends Error {
  override name = 'LockHeldError';
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a lock file, or undefined when the file holds none (empty, partly written, not a number). */
function holderOf(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0; // gone meanwhile: try again
    return undefined;
  }
  if (!/^\d+$/.test(text)) return undefined;
  const pid = Number(text);
  return pid > 0 ? pid : undefined;
}

/** Creates `file` holding this process's pid, atomically; false when it exists already. */
function createWithPid(file: string): boolean {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(temp, { force: true });
  }
}

export function acquireLock(file: string): () => void {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createWithPid(file)) return () => rmSync(file, { force: true });
    const holder = holderOf(file);
    if (holder === undefined)
      throw new LockHeldError(
        `het slot ${file} is in gebruik (zonder procesnummer erin); verwijder het alleen als zeker geen ander proces loopt`,
      );
    if (holder > 0 && processAlive(holder))
      throw new LockHeldError(`een ander proces is bezig (proces ${holder}, slot ${file})`);
    if (holder > 0) rmSync(file, { force: true }); // stale lock of a process that died
  }
  throw new LockHeldError(`het slot ${file} kon niet genomen worden`);
}
