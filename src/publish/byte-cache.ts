/**
 * A least-recently-used cache bounded by size (an estimate of bytes held), for built outputs: pages, chart
 * SVGs, JSON, PDFs. It belongs to one data release at a time: asked for another release, it empties
 * first, so a release switch never serves old figures and never holds two releases' outputs.
 */
export class ByteCache<V> {
  readonly #entries = new Map<string, { value: V; size: number }>();
  #bytes = 0;
  #release: string | undefined;
  #hits = 0;
  #misses = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The value for `key` in `release`, or undefined (then the caller builds it and calls `set`). */
  get(release: string, key: string): V | undefined {
    this.#use(release);
    const hit = this.#entries.get(key);
    if (!hit) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    this.#entries.delete(key); // most recently used last
    this.#entries.set(key, hit);
    return hit.value;
  }

  set(release: string, key: string, value: V): V {
    this.#use(release);
    const size = this.sizeOf(value);
    const old = this.#entries.get(key);
    if (old) {
      this.#bytes -= old.size;
      this.#entries.delete(key);
    }
    if (size > this.maxBytes) return value; // larger than the whole cache: not kept
    this.#entries.set(key, { value, size });
    this.#bytes += size;
    for (const [k, e] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= e.size;
    }
    return value;
  }

  /** The cached value, or `build()` stored and returned. */
  through(release: string, key: string, build: () => V): V {
    const hit = this.get(release, key);
    return hit !== undefined ? hit : this.set(release, key, build());
  }

  stats(): { entries: number; bytes: number; hits: number; misses: number; release?: string } {
    return {
      entries: this.#entries.size,
      bytes: this.#bytes,
      hits: this.#hits,
      misses: this.#misses,
      ...(this.#release !== undefined ? { release: this.#release } : {}),
    };
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #use(release: string): void {
    if (release === this.#release) return;
    this.clear();
    this.#release = release;
  }
}

/** Memory of a JavaScript string (UTF-16). */
export const stringBytes = (s: string | null): number => (s === null ? 8 : 2 * s.length + 64);
