/** How a report is being rendered: a web page, a print (PDF) document, or one embedded block. */
import type { Block } from '../../../report/model.js';

export type RenderMode = 'web' | 'print' | 'embed';

/** Where a block's chart comes from. */
export interface ChartSource {
  /** The chart as inline SVG (print, embed), null when the block has no chart. */
  svg(block: Block): string | null;
  /** Whether the block has a chart at all (cheap: no rendering). */
  has(block: Block): boolean;
  /** The chart laid out for a phone screen (narrower, so its text stays legible); null for a map. */
  narrowSvg(block: Block): string | null;
  /** URL of the phone layout of a chart, null when it has none (maps keep one size). */
  narrowImageUrl(block: Block): string | null;
  /** URL of the chart as an SVG image: web pages load it lazily, so the page itself stays light. */
  imageUrl(blockId: string): string;
  /** URL of the embeddable page of a block (iframe). */
  embedUrl(blockId: string): string;
  /** Scheme and host of the site (`https://example.org`), for embed code; absent: no embed code. */
  readonly origin?: string;
  /** Pixel size the chart is drawn at. */
  size(block: Block): { width: number; height: number };
}

export interface ReportView {
  readonly mode: RenderMode;
  readonly charts: ChartSource;
  /** Permalink of the report (without fragment), for links back from embeds and the PDF. */
  readonly permalink: string;
  /** The kernrapport: charts without their figures tables in print (the full report has them). */
  readonly compact?: boolean;
  /** The municipalities the comparison field suggests (web page). */
  readonly municipalities?: readonly string[];
  /** For a merged municipality (division 2025): its former municipalities, linked on the 2019–2024 division. */
  readonly formerMunicipalities?: readonly { readonly nis: string; readonly name: string }[];
  /**
   * Chapters from outside the figures, as ready HTML, after the report's own (the municipality's own
   * survey results, src/surveys): shown in web and print, marked by their makers.
   */
  readonly extraChapters?: readonly ExtraChapter[];
  /** Printed page of each shown chapter (second pass of the PDF), for the contents. */
  readonly pages?: ReadonlyMap<string, number>;
}

/** `/gemeente/44021?jaar=2021&indeling=2025` + `hoofdstukken=…` (+ `#fragment`). */
export function withChapters(permalink: string, chapters: string, fragment = ''): string {
  const sep = permalink.includes('?') ? '&' : '?';
  return `${permalink}${sep}hoofdstukken=${chapters}${fragment ? `#${fragment}` : ''}`;
}

/** A chapter rendered elsewhere (already escaped HTML). */
export interface ExtraChapter {
  readonly id: string;
  readonly title: string;
  readonly html: string;
}
