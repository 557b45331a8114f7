/** The active-release pointer: a tiny JSON file switched atomically after a verified build. */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file.js';
import type { DataDirLayout } from './layout.js';

const pointerSchema = z.object({ release: z.string().min(1), activatedAt: z.string() });

export function readActiveReleaseId(layout: DataDirLayout): string | undefined {
  if (!existsSync(layout.activePointer)) return undefined;
  const parsed = pointerSchema.safeParse(JSON.parse(readFileSync(layout.activePointer, 'utf8')));
  if (!parsed.success) throw new Error(`${layout.activePointer}: not a valid active-release pointer`);
  return parsed.data.release;
}

export function activateRelease(layout: DataDirLayout, id: string, now: Date): void {
  writeFileAtomic(
    layout.activePointer,
    `${JSON.stringify({ release: id, activatedAt: now.toISOString() })}\n`,
  );
}
