/**
 * The server's caches of built outputs, each bounded in memory and holding one release at a time
 * (src/publish/byte-cache.ts): report pages (with their CSP nonce slots, filled per response), the
 * report JSON, chart SVGs and PDFs. Together at most `OUTPUT_CACHE_MB` megabytes.
 */
import { ByteCache, stringBytes } from '../publish/byte-cache.js';

export interface OutputCaches {
  readonly pages: ByteCache<string>;
  readonly json: ByteCache<string>;
  readonly svgs: ByteCache<string | null>;
  readonly pdfs: ByteCache<Buffer>;
}

/** The share of the budget each cache gets: a page is ~75–350 KB, a chart 5–60 KB, a PDF 0,3–6 MB. */
const SHARES = { pages: 0.25, json: 0.15, svgs: 0.15, pdfs: 0.45 } as const;

export const OUTPUT_CACHE_MB = 256;

export function outputCaches(megabytes = OUTPUT_CACHE_MB): OutputCaches {
  const bytes = (share: number) => Math.floor(share * megabytes * 2 ** 20);
  return {
    pages: new ByteCache<string>(bytes(SHARES.pages), stringBytes),
    json: new ByteCache<string>(bytes(SHARES.json), stringBytes),
    svgs: new ByteCache<string | null>(bytes(SHARES.svgs), stringBytes),
    pdfs: new ByteCache<Buffer>(bytes(SHARES.pdfs), (b) => b.length + 64),
  };
}
