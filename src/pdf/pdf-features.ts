/** Which optional PDF features the running Chromium has (tagged PDF, outline from headings). */

export interface PdfFeatures {
  /** Tagged (accessible) PDF: structure tree, reading order, `/Lang`. */
  readonly tagged: boolean;
  /** Document outline (bookmarks) from the headings. */
  readonly outline: boolean;
}

/** Both CDP options exist since Chromium 124 at the latest; older ones get neither. */
const MIN_MAJOR = 124;

/** From `browser.version()`, e.g. `156.0.8078.108`. */
export function pdfFeatures(version: string): PdfFeatures {
  const major = Number.parseInt(version, 10);
  const ok = Number.isFinite(major) && major >= MIN_MAJOR;
  return { tagged: ok, outline: ok };
}
