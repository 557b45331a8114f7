/** The lock file of imports and of the embedded store: stale locks are taken over, held or empty ones never. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, LockHeldError } from '../../src/release/lock.js';
import { tempDir } from '../support/real-release.js';

const tmp = tempDir('oa-lock-');
afterAll(() => tmp.cleanup());

/** The pid of a process that has exited (so no process has it, for a while at least). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid as number;
  await new Promise((r) => child.once('exit', r));
  return pid;
}

describe('acquireLock', () => {
  it('writes the pid, refuses a second holder and frees the file on release', () => {
    const file = join(tmp.dir, 'a', 'import.lock');
    const release = acquireLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    expect(() => acquireLock(file)).toThrow(LockHeldError);
    release();
    expect(existsSync(file)).toBe(false);
    acquireLock(file)();
  });

  it('takes over the lock of a process that died', async () => {
    const file = join(tmp.dir, 'stale.lock');
    writeFileSync(file, String(await deadPid()));
    const release = acquireLock(file);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('never takes over an empty lock file (its holder may be writing it)', () => {
    const file = join(tmp.dir, 'empty.lock');
    writeFileSync(file, '');
    expect(() => acquireLock(file)).toThrow(LockHeldError);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('');
    writeFileSync(file, '12ab');
    expect(() => acquireLock(file)).toThrow(LockHeldError);
  });
});
