/**
 * The two forms of one report. The **kernrapport** (4–8 A4 pages: what an officer takes to the council)
 * is taken from the full report by the catalog's `report.kern`: the key figures with their comparison
 * sentences and the most notable changes, the charts and the one map that matter most, and what it means
 * for policy. The **full report** is every chapter, or a choice of them (`hoofdstukken`). Both reuse the
 * full report's blocks as they are: the same figures, the same protection.
 */
import { type KernConfig, PYRAMID_BLOCK_ID } from '../indicators/catalog-schema.js';
import type { Block, Report, Section, TextBlock } from './model.js';

export const REPORT_VARIANTS = ['kern', 'volledig'] as const;
export type ReportVariant = (typeof REPORT_VARIANTS)[number];

/** A chapter of the full report, as the chapter navigation names it. */
export interface ChapterRef {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

/** What one page or PDF shows of a report. */
export interface ReportSelection {
  readonly variant: ReportVariant;
  /** The sections shown, in order (for the kernrapport: its own sections made of the report's blocks). */
  readonly sections: readonly Section[];
  /** Every chapter of the full report, numbered as in the full report. */
  readonly chapters: readonly ChapterRef[];
  /** The chapters of the full report shown; all of them for the complete report, none for the kernrapport. */
  readonly shown: readonly string[];
  /** Where each block of the selection lives in the full report (block id → chapter id). */
  readonly chapterOf: ReadonlyMap<string, string>;
}

/** `hoofdstukken=alle` (or no choice): every chapter. */
export const ALL_CHAPTERS = 'alle';

export function chaptersOf(report: Report): ChapterRef[] {
  return report.sections.map((s, i) => ({ id: s.id, number: i + 1, title: s.title }));
}

function blockChapters(report: Report): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of report.sections) for (const b of s.blocks) if (!map.has(b.id)) map.set(b.id, s.id);
  return map;
}

export class UnknownChapterError extends Error {
  readonly unknown: readonly string[];
  readonly known: readonly string[];

  constructor(unknown: readonly string[], known: readonly string[]) {
    super(
      `Onbekend hoofdstuk: ${unknown.join(', ')}. Kies uit: ${[ALL_CHAPTERS, ...known].join(', ')}. / ` +
        `Unknown chapter: ${unknown.join(', ')}.`,
    );
    this.name = 'UnknownChapterError';
    this.unknown = unknown;
    this.known = known;
  }
}

/** Chapter ids from `bevolking,herkomst` (or `alle`), in the report's order; unknown ids are an error. */
export function parseChapters(report: Report, asked: string | undefined): string[] {
  const known = report.sections.map((s) => s.id);
  const wanted = (asked ?? ALL_CHAPTERS)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (wanted.length === 0 || wanted.includes(ALL_CHAPTERS)) return known;
  const unknown = wanted.filter((w) => !known.includes(w));
  if (unknown.length > 0) throw new UnknownChapterError(unknown, known);
  return known.filter((k) => wanted.includes(k));
}

/** The full report, or the chosen chapters of it. */
export function fullSelection(report: Report, chapterIds?: readonly string[]): ReportSelection {
  const shown = chapterIds ?? report.sections.map((s) => s.id);
  return {
    variant: 'volledig',
    sections: report.sections.filter((s) => shown.includes(s.id)),
    chapters: chaptersOf(report),
    shown,
    chapterOf: blockChapters(report),
  };
}

function allBlocks(report: Report): Block[] {
  return report.sections.flatMap((s) => s.blocks);
}

/** The kernrapport's id of a copied section, so anchors never clash with the full report's chapters. */
export const KERN_SECTION_PREFIX = 'kern-';

/** The kernrapport of a report, as the catalog declares it (without a declaration: the key figures only). */
export function kernSelection(report: Report, kern: KernConfig | undefined): ReportSelection {
  const blocks = allBlocks(report);
  const key = report.sections.find((s) => s.id === 'kerncijfers');
  const sections: Section[] = [];
  if (key) sections.push({ ...key, id: `${KERN_SECTION_PREFIX}${key.id}` });
  if (kern) {
    const charts = kern.charts
      .map((id) =>
        blocks.find((b) =>
          id === PYRAMID_BLOCK_ID ? b.kind === 'pyramid' : b.kind === 'table' && b.indicatorId === id,
        ),
      )
      .filter((b): b is Block => b !== undefined);
    if (charts.length > 0)
      sections.push({
        id: `${KERN_SECTION_PREFIX}grafieken`,
        title: 'De belangrijkste grafieken',
        intro: `Wie er in ${report.subject.label} woont en wie er bijkomt, in de grafieken die het meest zeggen. Elke grafiek staat met zijn cijfers en zijn bron ook in het volledige rapport.`,
        blocks: charts,
      });
    const mapId = `kaart-${kern.map.indicator}${kern.map.row ? `-${kern.map.row}` : ''}-provincie`;
    const map = blocks.find((b) => b.kind === 'map' && b.id === mapId);
    if (map)
      sections.push({
        id: `${KERN_SECTION_PREFIX}kaart`,
        title: 'Op de kaart',
        intro: `${report.subject.label} naast de andere gemeenten van de provincie.`,
        blocks: [map],
      });
    const policy: TextBlock[] = kern.policy.paragraphs.map((text, i) => ({
      kind: 'text',
      id: `beleid-${i + 1}`,
      text,
    }));
    sections.push({
      id: `${KERN_SECTION_PREFIX}beleid`,
      title: kern.policy.title,
      intro: '',
      blocks: policy,
    });
  }
  return {
    variant: 'kern',
    sections,
    chapters: chaptersOf(report),
    shown: [],
    chapterOf: blockChapters(report),
  };
}
