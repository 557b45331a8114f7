/** The PDF queue: bounded, joins equal asks, refuses when full, drops what nobody waits for. */
import { describe, expect, it } from 'vitest';
import { AbandonedError, PdfQueue, QueueFullError } from '../../src/publish/pdf-queue.js';

/** A job that finishes when told to, counting its starts. */
function gate() {
  let open!: (b: Buffer) => void;
  const started: string[] = [];
  const job = (name: string) => () => {
    started.push(name);
    return new Promise<Buffer>((resolve) => {
      open = resolve;
    }).then(() => Buffer.from(name));
  };
  return { job, started, finish: () => open(Buffer.from('')) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('PdfQueue', () => {
  it('prints at most `concurrency` at once and the rest in order', async () => {
    const q = new PdfQueue({ concurrency: 1, maxWaiting: 5 });
    const g = gate();
    const a = q.print('a', g.job('a'), { holdMs: 60_000 });
    const b = q.print('b', g.job('b'), { holdMs: 60_000 });
    await tick();
    expect(g.started).toEqual(['a']);
    expect(q.stats()).toMatchObject({ printing: 1, waiting: 1 });
    g.finish();
    expect(String(await a)).toBe('a');
    await tick();
    expect(g.started).toEqual(['a', 'b']);
    g.finish();
    expect(String(await b)).toBe('b');
    await tick();
    expect(q.stats()).toMatchObject({ printing: 0, waiting: 0, printed: 2 });
  });

  it('joins a second ask for the same PDF instead of printing it twice', async () => {
    const q = new PdfQueue({ concurrency: 1 });
    const g = gate();
    const one = q.print('a', g.job('a'), { holdMs: 60_000 });
    const two = q.print('a', g.job('a-again'), { holdMs: 60_000 });
    await tick();
    g.finish();
    expect(String(await one)).toBe('a');
    expect(String(await two)).toBe('a');
    expect(g.started).toEqual(['a']);
  });

  it('refuses when printing and waiting are full, with a time to come back', async () => {
    const q = new PdfQueue({ concurrency: 1, maxWaiting: 1 });
    const g = gate();
    q.print('a', g.job('a'), { holdMs: 60_000 });
    q.print('b', g.job('b'), { holdMs: 60_000 });
    let refused: unknown;
    try {
      q.print('c', g.job('c'), { holdMs: 60_000 });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(QueueFullError);
    expect((refused as QueueFullError).retryAfterSeconds).toBeGreaterThanOrEqual(2);
    expect(q.stats().refused).toBe(1);
    // Joining a queued PDF is never refused.
    expect(() => q.print('b', g.job('b'))).not.toThrow();
  });

  it('drops a waiting job whose only asker went away, and never starts it', async () => {
    const q = new PdfQueue({ concurrency: 1, maxWaiting: 5 });
    const g = gate();
    const a = q.print('a', g.job('a'), { holdMs: 60_000 });
    const gone = new AbortController();
    const b = q.print('b', g.job('b'), { signal: gone.signal });
    gone.abort();
    await expect(b).rejects.toBeInstanceOf(AbandonedError);
    expect(q.stats()).toMatchObject({ waiting: 0, dropped: 1 });
    g.finish();
    await a;
    await tick();
    expect(g.started).toEqual(['a']);
  });

  it('keeps a job wanted while one of its askers still waits, or while it is held', async () => {
    let now = 0;
    const q = new PdfQueue({ concurrency: 1, maxWaiting: 5, now: () => now });
    const g = gate();
    const a = q.print('a', g.job('a'), { holdMs: 60_000 });
    const first = new AbortController();
    const second = new AbortController();
    const b = q.print('b', g.job('b'), { signal: first.signal });
    q.print('b', g.job('b'), { signal: second.signal });
    first.abort(); // the other asker still waits
    const held = q.print('c', g.job('c'), { holdMs: 10_000 }); // a "bezig" page's ask
    now = 5_000;
    g.finish();
    await a;
    await tick();
    expect(g.started).toEqual(['a', 'b']);
    now = 20_000; // c's hold ran out while b printed: nobody is coming back for it
    g.finish();
    await b;
    await expect(held).rejects.toBeInstanceOf(AbandonedError);
    expect(g.started).toEqual(['a', 'b']);
  });

  it('passes a failed print on to its askers and goes on with the next', async () => {
    const q = new PdfQueue({ concurrency: 1 });
    const failing = q.print('x', () => Promise.reject(new Error('browser weg')), { holdMs: 1_000 });
    await expect(failing).rejects.toThrow('browser weg');
    const ok = await q.print('y', () => Promise.resolve(Buffer.from('y')), { holdMs: 1_000 });
    expect(String(ok)).toBe('y');
  });
});
