/** The buffered counter: adds in memory, writes in batches, keeps counts across a failed write, never blocks. */
import { describe, expect, it } from 'vitest';
import { UsageCounter } from '../../src/usage/counter.js';
import type { UsageCount } from '../../src/usage/repository.js';

const at = (iso: string) => () => new Date(iso);

describe('UsageCounter', () => {
  it('adds up uses per day, municipality, kind and audience and writes them in one batch', async () => {
    const batches: UsageCount[][] = [];
    const counter = new UsageCounter({
      write: async (c) => {
        batches.push([...c]);
      },
      now: at('2026-12-03T10:00:00Z'),
      intervalMs: 0,
    });
    counter.record({ nis: '44021', event: 'view', own: false });
    counter.record({ nis: '44021', event: 'view', own: false });
    counter.record({ nis: '44021', event: 'view', own: true });
    counter.record({ nis: '11002', event: 'csv', own: false });
    expect(batches).toEqual([]);
    expect(counter.waiting).toBe(4);
    await counter.flush();
    expect(batches).toHaveLength(1);
    const rows = (batches[0] ?? []).map((c) => `${c.day} ${c.nis} ${c.event} ${c.own} ${c.hits}`).sort();
    expect(rows).toEqual([
      '2026-12-03 11002 csv false 1',
      '2026-12-03 44021 view false 2',
      '2026-12-03 44021 view true 1',
    ]);
    expect(counter.waiting).toBe(0);
    expect(counter.written).toBe(4);
    await counter.flush();
    expect(batches).toHaveLength(1); // nothing waiting: no write
  });

  it('counts in Brussels days: 23:30 UTC on 31 December is 1 January in Brussels', async () => {
    const batches: UsageCount[][] = [];
    const counter = new UsageCounter({
      write: async (c) => {
        batches.push([...c]);
      },
      now: at('2026-12-31T23:30:00Z'),
      intervalMs: 0,
    });
    counter.record({ nis: '44021', event: 'view', own: false });
    await counter.flush();
    expect(batches[0]?.[0]?.day).toBe('2027-01-01');
  });

  it('keeps the counts of a failed write for the next flush, and says so', async () => {
    const warnings: string[] = [];
    let fail = true;
    const written: UsageCount[] = [];
    const counter = new UsageCounter({
      write: async (c) => {
        if (fail) throw new Error('databank weg');
        written.push(...c);
      },
      logger: { warn: (m) => warnings.push(m) },
      intervalMs: 0,
    });
    counter.record({ nis: '44021', event: 'view', own: false });
    await counter.flush(); // resolves: a failed write is never thrown
    expect(warnings.join()).toContain('databank weg');
    counter.record({ nis: '44021', event: 'view', own: false });
    expect(counter.waiting).toBe(2);
    fail = false;
    await counter.flush();
    expect(written.map((c) => c.hits)).toEqual([2]);
  });

  it('drops counts beyond its limit while the store is unreachable, instead of growing without end', async () => {
    const counter = new UsageCounter({
      write: async () => {
        throw new Error('weg');
      },
      intervalMs: 0,
      maxKeys: 2,
    });
    counter.record({ nis: '44021', event: 'view', own: false });
    counter.record({ nis: '11002', event: 'view', own: false });
    counter.record({ nis: '11002', event: 'view', own: false }); // same key: still counted
    counter.record({ nis: '71016', event: 'view', own: false }); // a third key: dropped
    expect(counter.waiting).toBe(3);
    expect(counter.dropped).toBe(1);
    await counter.flush();
    expect(counter.waiting).toBe(3);
  });

  it('returns from record at once while a write hangs, and flushes on its own when the batch is full', async () => {
    let release: () => void = () => {};
    const started: number[] = [];
    const counter = new UsageCounter({
      write: (c) => {
        started.push(c.length);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      intervalMs: 0,
      batchKeys: 2,
    });
    counter.record({ nis: '44021', event: 'view', own: false });
    counter.record({ nis: '11002', event: 'view', own: false }); // full: a flush starts and hangs
    expect(started).toEqual([2]);
    for (let i = 0; i < 1000; i++) counter.record({ nis: '44021', event: 'csv', own: false });
    expect(counter.waiting).toBe(1000); // recorded while the write hangs
    expect(started).toEqual([2]); // one write at a time
    release();
    const second = counter.flush();
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([2, 1]);
    release();
    await second;
    expect(counter.waiting).toBe(0);
  });

  it('never throws from record, even when the clock does', () => {
    const counter = new UsageCounter({
      write: async () => {},
      now: () => {
        throw new Error('klok stuk');
      },
      intervalMs: 0,
    });
    expect(() => counter.record({ nis: '44021', event: 'view', own: false })).not.toThrow();
  });
});
