/**
 * Hands out a reader of the active release. Re-reads the pointer (one small file) at most once a
 * second, so a server picks up a new import without restarting; old readers are closed lazily.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readActiveReleaseId } from './active.js';
import { type DataDirLayout, dataDirLayout } from './layout.js';
import { ReleaseReader } from './release-reader.js';

export class NoReleaseError extends Error {
  override name = 'NoReleaseError';
}

export class ReleaseStore {
  readonly layout: DataDirLayout;
  private current: { id: string; reader: Promise<ReleaseReader> } | undefined;
  private checkedAt = 0;

  constructor(dataDir: string) {
    this.layout = dataDirLayout(dataDir);
  }

  activeId(): string | undefined {
    return readActiveReleaseId(this.layout);
  }

  /** The next `active()` reads the pointer again (e.g. right after an import switched it). */
  refresh(): void {
    this.checkedAt = 0;
  }

  async active(): Promise<ReleaseReader> {
    const now = Date.now();
    if (this.current && now - this.checkedAt < 1000) return this.current.reader;
    this.checkedAt = now;
    const id = this.activeId();
    if (!id)
      throw new NoReleaseError(
        `geen datarelease in ${this.layout.root}: voer eerst de import uit (npm run cli -- import)`,
      );
    if (this.current?.id === id) return this.current.reader;
    const old = this.current;
    const entry = { id, reader: ReleaseReader.open(this.layout, id) };
    this.current = entry;
    // A failed open is not kept: the next call (after the pointer check) tries again.
    entry.reader.catch(() => {
      if (this.current === entry) {
        this.current = undefined;
        this.checkedAt = 0;
      }
    });
    // Close the old reader a little later, so requests that still use it can finish.
    if (old) setTimeout(() => old.reader.then((r) => r.close()).catch(() => {}), 30_000).unref();
    return this.current.reader;
  }

  /** A given release (active or not), e.g. to rebuild an old report exactly; the caller closes it. */
  async byId(id: string): Promise<ReleaseReader> {
    if (!/^[0-9A-Za-z][0-9A-Za-z._-]*$/.test(id) || !existsSync(this.layout.releaseDir(id))) {
      const known = existsSync(this.layout.releases) ? readdirSync(this.layout.releases).sort() : [];
      throw new NoReleaseError(
        `geen datarelease ${id} in ${this.layout.root}${known.length ? ` (wel: ${known.join(', ')})` : ''}`,
      );
    }
    return ReleaseReader.open(this.layout, id);
  }

  async close(): Promise<void> {
    const reader = await this.current?.reader.catch(() => undefined);
    reader?.close();
    this.current = undefined;
  }
}
