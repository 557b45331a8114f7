/**
 * The queue in front of the PDF printer: at most `concurrency` jobs print at once and at most
 * `maxWaiting` wait; more is refused (`QueueFullError`, with a time to try again), never queued without
 * bound. Asking for a PDF that is already queued or printing joins that job. A job is somebody's: a
 * waiting request (its `signal` aborts when the client goes away) or a page that says "bezig" and comes
 * back (`holdMs`: interest for that long after the ask). A job nobody wants anymore is dropped before
 * it starts, so abandoned requests do not delay the next one.
 */

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`De PDF-wachtrij is vol; probeer het over ${retryAfterSeconds} s opnieuw.`);
    this.name = 'QueueFullError';
  }
}

export class AbandonedError extends Error {
  constructor() {
    super('Niemand wacht nog op deze PDF.');
    this.name = 'AbandonedError';
  }
}

export interface Interest {
  /** Aborts when this asker stops waiting (its client went away). */
  readonly signal?: AbortSignal;
  /** Keeps the job wanted this long after the ask, waiting or not (a "bezig" page that comes back). */
  readonly holdMs?: number;
}

interface Entry {
  readonly key: string;
  readonly job: () => Promise<Buffer>;
  readonly done: Promise<Buffer>;
  resolve(pdf: Buffer): void;
  reject(err: unknown): void;
  askers: number;
  heldUntil: number;
  started: boolean;
}

export interface PdfQueueStats {
  readonly printing: number;
  readonly waiting: number;
  readonly printed: number;
  readonly dropped: number;
  readonly refused: number;
}

export class PdfQueue {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();
  readonly #waiting: Entry[] = [];
  #printing = 0;
  #printed = 0;
  #dropped = 0;
  #refused = 0;
  /** A running mean of how long a print takes, for Retry-After. */
  #meanMs = 5_000;

  constructor(options: { concurrency?: number; maxWaiting?: number; now?: () => number } = {}) {
    this.#concurrency = Math.max(1, options.concurrency ?? 2);
    this.#maxWaiting = Math.max(0, options.maxWaiting ?? 8);
    this.#now = options.now ?? Date.now;
  }

  stats(): PdfQueueStats {
    return {
      printing: this.#printing,
      waiting: this.#waiting.length,
      printed: this.#printed,
      dropped: this.#dropped,
      refused: this.#refused,
    };
  }

  /** True when `key` is queued or printing (its asker may come back for it). */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The PDF of `key`, printed by `job` unless that job is already queued or printing. */
  print(key: string, job: () => Promise<Buffer>, interest: Interest = {}): Promise<Buffer> {
    let entry = this.#entries.get(key);
    if (!entry) {
      if (this.#printing >= this.#concurrency && this.#waiting.length >= this.#maxWaiting) {
        this.#refused++;
        throw new QueueFullError(this.retryAfterSeconds());
      }
      entry = this.#create(key, job);
    }
    this.#ask(entry, interest);
    this.#pump();
    return entry.done;
  }

  /** Seconds until a place is likely free: the queue ahead, at the mean print time. */
  retryAfterSeconds(): number {
    const rounds = Math.ceil((this.#waiting.length + 1) / this.#concurrency);
    return Math.min(120, Math.max(2, Math.ceil((rounds * this.#meanMs) / 1000)));
  }

  #create(key: string, job: () => Promise<Buffer>): Entry {
    let resolve!: (pdf: Buffer) => void;
    let reject!: (err: unknown) => void;
    const done = new Promise<Buffer>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    done.catch(() => {}); // an abandoned job's rejection has nobody to tell
    const entry: Entry = { key, job, done, resolve, reject, askers: 0, heldUntil: 0, started: false };
    this.#entries.set(key, entry);
    this.#waiting.push(entry);
    return entry;
  }

  #ask(entry: Entry, { signal, holdMs }: Interest): void {
    if (holdMs) entry.heldUntil = Math.max(entry.heldUntil, this.#now() + holdMs);
    if (!signal) return;
    if (signal.aborted) return;
    entry.askers++;
    signal.addEventListener(
      'abort',
      () => {
        entry.askers--;
        this.#dropIfAbandoned(entry);
      },
      { once: true },
    );
  }

  #wanted(entry: Entry): boolean {
    return entry.askers > 0 || entry.heldUntil > this.#now();
  }

  #dropIfAbandoned(entry: Entry): void {
    if (entry.started || this.#wanted(entry)) return;
    const at = this.#waiting.indexOf(entry);
    if (at >= 0) this.#waiting.splice(at, 1);
    this.#entries.delete(entry.key);
    this.#dropped++;
    entry.reject(new AbandonedError());
  }

  #pump(): void {
    while (this.#printing < this.#concurrency) {
      const entry = this.#waiting.shift();
      if (!entry) return;
      if (!this.#wanted(entry)) {
        this.#entries.delete(entry.key);
        this.#dropped++;
        entry.reject(new AbandonedError());
        continue;
      }
      entry.started = true;
      this.#printing++;
      const started = this.#now();
      entry
        .job()
        .then(
          (pdf) => {
            this.#printed++;
            this.#meanMs = 0.7 * this.#meanMs + 0.3 * (this.#now() - started);
            entry.resolve(pdf);
          },
          (err: unknown) => entry.reject(err),
        )
        .finally(() => {
          this.#printing--;
          this.#entries.delete(entry.key);
          this.#pump();
        });
    }
  }
}
