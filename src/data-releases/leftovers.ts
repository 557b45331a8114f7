/**
 * Files a dead process left behind: upload directories of no build still to run (a node killed while
 * receiving, or before its build ended) and staging directories of an import killed mid-build. Removed
 * once they are a day old; staging only while no import holds the lock.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataDirLayout } from '../release/layout.js';

const DAY_MS = 86_400_000;

function oldEntries(dir: string, now: Date): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => now.getTime() - statSync(path).mtimeMs > DAY_MS);
}

/** Removes leftovers; `inUse` are upload directories of builds still queued or running. Returns what went. */
export function removeLeftovers(layout: DataDirLayout, inUse: ReadonlySet<string>, now: Date): string[] {
  const removed: string[] = [];
  for (const path of oldEntries(join(layout.root, 'uploads'), now)) {
    if (inUse.has(path)) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  if (!existsSync(layout.importLock))
    for (const path of oldEntries(layout.staging, now)) {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  return removed;
}
