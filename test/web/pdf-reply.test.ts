/**
 * PDF requests through the queue and the cache, with a fake printer (no browser): a browser gets the
 * Dutch "bezig" page that asks again and then the PDF from the cache; other clients wait; a full queue
 * is 503 with Retry-After; a client that goes away while queued gives up its place.
 */
import { request } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { PdfQueue } from '../../src/publish/pdf-queue.js';
import { outputCaches } from '../../src/web/output-caches.js';
import { REFRESH_SECONDS, replyWithPdf } from '../../src/web/pdf-reply.js';

const BROWSER = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

let app: FastifyInstance;
afterEach(async () => {
  await app?.close();
});

/** A server with one PDF route per key; `printMs` per print; `printed` lists the keys printed. */
function server(queue: PdfQueue, printMs: number) {
  const printed: string[] = [];
  const deps = { pdfQueue: queue, outputs: outputCaches(16) };
  app = Fastify();
  app.get<{ Params: { key: string } }>('/pdf/:key', (req, reply) =>
    replyWithPdf(deps, req, reply, {
      release: 'r1',
      key: req.params.key,
      fileName: `${req.params.key}.pdf`,
      what: 'het kernrapport van Gent',
      reportPath: '/gemeente/44021',
      make: async () => {
        printed.push(req.params.key);
        await new Promise((r) => setTimeout(r, printMs));
        return Buffer.from(`%PDF-${req.params.key}`);
      },
    }),
  );
  return { printed, deps };
}

describe('PDF replies', () => {
  it('sends a quick PDF at once, also to a browser, and the second time from the cache', async () => {
    const { printed } = server(new PdfQueue(), 10);
    const first = await app.inject({ url: '/pdf/a', headers: BROWSER });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe('attachment; filename="a.pdf"');
    expect(first.body).toBe('%PDF-a');
    expect((await app.inject('/pdf/a')).body).toBe('%PDF-a');
    expect(printed).toEqual(['a']);
  });

  it('shows a browser a Dutch "bezig" page that asks again, then gives the PDF', async () => {
    const { printed } = server(new PdfQueue(), 2_500);
    const busy = await app.inject({ url: '/pdf/slow', headers: BROWSER });
    expect(busy.statusCode).toBe(202);
    expect(busy.headers.refresh).toBe(String(REFRESH_SECONDS));
    expect(busy.headers['content-type']).toContain('text/html');
    expect(busy.body).toContain('De PDF van het kernrapport van Gent wordt nu gemaakt');
    expect(busy.body).toContain('role="status"');
    expect(busy.body).toContain('href="/gemeente/44021"');
    expect(busy.body).toContain('href="/pdf/slow"');
    await new Promise((r) => setTimeout(r, 1_500));
    const ready = await app.inject({ url: '/pdf/slow', headers: BROWSER });
    expect(ready.statusCode).toBe(200);
    expect(ready.body).toBe('%PDF-slow');
    expect(printed).toEqual(['slow']);
  });

  it('lets a client that does not read HTML wait for its PDF', async () => {
    server(new PdfQueue(), 1_700);
    const res = await app.inject({ url: '/pdf/b', headers: { accept: 'application/pdf' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('%PDF-b');
  });

  it('answers 503 with Retry-After and a Dutch page when printing and waiting are full', async () => {
    server(new PdfQueue({ concurrency: 1, maxWaiting: 1 }), 400);
    const waiting = [app.inject('/pdf/one'), app.inject('/pdf/two')];
    await new Promise((r) => setTimeout(r, 50));
    const full = await app.inject('/pdf/three');
    expect(full.statusCode).toBe(503);
    expect(Number(full.headers['retry-after'])).toBeGreaterThanOrEqual(2);
    expect(full.body).toContain('Er worden nu veel PDF’s gemaakt');
    for (const r of await Promise.all(waiting)) expect(r.statusCode).toBe(200);
  });

  it('drops queued requests whose client went away: the next PDF does not wait for them', {
    timeout: 20_000,
  }, async () => {
    const queue = new PdfQueue({ concurrency: 1, maxWaiting: 20 });
    const { printed } = server(queue, 800);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    // One printing, ten queued behind it whose clients hang up right away.
    const first = fetch(`${address}/pdf/first`);
    while (queue.stats().printing === 0) await new Promise((r) => setTimeout(r, 5));
    const gone = Array.from({ length: 10 }, (_, i) => {
      const req = request({ host: '127.0.0.1', port, path: `/pdf/gone-${i}` });
      req.on('error', () => {});
      req.end();
      return req;
    });
    while (queue.stats().waiting < 10) await new Promise((r) => setTimeout(r, 5));
    for (const req of gone) req.destroy();
    while (queue.stats().dropped < 10 && queue.stats().waiting > 0)
      await new Promise((r) => setTimeout(r, 5));
    const started = performance.now();
    const next = await fetch(`${address}/pdf/next`);
    const waited = performance.now() - started;
    expect(next.status).toBe(200);
    expect((await first).status).toBe(200);
    expect(printed).toEqual(['first', 'next']);
    expect(queue.stats().dropped).toBe(10);
    expect(waited).toBeLessThan(2_500); // first's rest and next itself, not ten more prints (8 s)
  });
});
