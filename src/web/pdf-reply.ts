/**
 * Answers a PDF request: from the PDF cache of the release, else through the bounded print queue
 * (src/publish/pdf-queue.ts). A browser (it accepts HTML) gets the PDF when it is ready within a moment,
 * else a Dutch "bezig" page (202) that asks again every two seconds while the job keeps its place; any
 * other client waits for the PDF. A full queue is 503 with Retry-After; a client that goes away gives up
 * its place.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AbandonedError, type PdfQueue, QueueFullError } from '../publish/pdf-queue.js';
import { PdfBusyPage, PdfQueueFullPage } from '../render/html/pdf-wait-page.js';
import { sendPage } from './html-reply.js';
import type { OutputCaches } from './output-caches.js';

/** How long a browser's request waits for its PDF before it gets the "bezig" page. */
export const BROWSER_WAIT_MS = 1_500;
/** How often the "bezig" page asks again, in seconds. */
export const REFRESH_SECONDS = 2;
/** How long a "bezig" page keeps its job wanted after each ask (a closed tab gives it up after this). */
const HOLD_MS = 15_000;

export interface PdfAsk {
  readonly release: string;
  readonly key: string;
  readonly fileName: string;
  /** What the waiting page says is being made: "het kernrapport van Gent". */
  readonly what: string;
  /** The address of the report page (the waiting page links back to it). */
  readonly reportPath: string;
  readonly make: () => Promise<Buffer>;
}

const wantsHtml = (req: FastifyRequest) => String(req.headers.accept ?? '').includes('text/html');

function sendPdf(reply: FastifyReply, fileName: string, pdf: Buffer): FastifyReply {
  return reply
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .type('application/pdf')
    .send(pdf);
}

export async function replyWithPdf(
  deps: { pdfQueue: PdfQueue; outputs: OutputCaches },
  req: FastifyRequest,
  reply: FastifyReply,
  ask: PdfAsk,
): Promise<FastifyReply> {
  const { pdfQueue: queue, outputs } = deps;
  const cached = outputs.pdfs.get(ask.release, ask.key);
  if (cached) return sendPdf(reply, ask.fileName, cached);
  const browser = wantsHtml(req);
  const gone = new AbortController();
  reply.raw.once('close', () => gone.abort());
  let printing: Promise<Buffer>;
  try {
    printing = queue.print(
      ask.key,
      () => ask.make().then((pdf) => outputs.pdfs.set(ask.release, ask.key, pdf)),
      { signal: gone.signal, ...(browser ? { holdMs: HOLD_MS } : {}) },
    );
  } catch (err) {
    if (!(err instanceof QueueFullError)) throw err;
    reply.header('retry-after', String(err.retryAfterSeconds));
    return sendPage(
      reply,
      PdfQueueFullPage({ seconds: err.retryAfterSeconds, reportPath: ask.reportPath }),
      503,
    );
  }
  try {
    if (!browser) return sendPdf(reply, ask.fileName, await printing);
    const pdf = await Promise.race([
      printing,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), BROWSER_WAIT_MS).unref()),
    ]);
    if (pdf) return sendPdf(reply, ask.fileName, pdf);
    reply.header('refresh', String(REFRESH_SECONDS)).header('cache-control', 'no-store');
    return sendPage(
      reply,
      PdfBusyPage({ what: ask.what, reportPath: ask.reportPath, pdfPath: req.url }),
      202,
    );
  } catch (err) {
    // Dropped because this client went away: there is nobody to answer.
    if (err instanceof AbandonedError) return reply;
    throw err;
  }
}
