/**
 * The figures a plan takes from the municipality's report, exactly as the report shows them: key 1's
 * key figures with their comparison sentences (the prefill), and the baseline of an indicator to follow.
 * Each carries the release and catalog version it came from, so a later release can say what changed
 * "sinds het plan".
 */
import { formatCount, formatFigure, formatRelative, RELATIVE_HEADER } from '../domain/format.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';
import { figureKind } from '../indicators/figure-kind.js';
import { asShown } from '../render/html/report/table-block.js';
import { groupColumnNote } from '../report/group-area.js';
import type { KeyFigure, Report, ReportCell, TableBlock } from '../report/model.js';

export interface PrefillFigure {
  readonly indicatorId: string;
  /** With the row meant: "Werkzaamheidsgraad …: herkomst van buiten de EU". */
  readonly title: string;
  readonly unit: Unit;
  /** As the report's key figure shows it: `15,5 %`, `263.703`, `12,3 per 1.000`. */
  readonly shown: string;
  /** The count beside a share (`40.856`), null for a count or without one. */
  readonly countShown: string | null;
  /** The headline value (a fraction for relative figures), null when not shown as a number. */
  readonly value: number | null;
  readonly period: string | null;
  readonly periodLabel: string;
  readonly sentence: string | null;
  readonly change: string | null;
  readonly demo: boolean;
  readonly comparisons: readonly { readonly label: string; readonly shown: string }[];
}

/** Key 1 as filled from the report: what the municipality's report said, and from which release. */
export interface Key1Prefill {
  readonly subject: string;
  readonly releaseId: string;
  readonly releaseBuiltAt: string;
  readonly catalogVersion: string;
  readonly year: number;
  readonly figures: readonly PrefillFigure[];
  readonly changes: readonly string[];
  /** The similar municipalities of the comparison column. */
  readonly similar: readonly string[];
  readonly demo: boolean;
}

/** The baseline of an indicator to follow, as the report of one release showed it. */
export interface Baseline {
  readonly indicatorId: string;
  readonly rowKey: string;
  readonly title: string;
  readonly unit: Unit;
  readonly value: number | null;
  readonly shown: string;
  readonly period: string | null;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly releaseId: string;
  readonly catalogVersion: string;
}

/** A figure as the report shows it: `15,5 %`, `< 5`, `x`, `n.b.`, rates with their unit. */
export function shownFigure(v: FigureValue | undefined, unit: Unit): string {
  if (!v) return '–';
  const kind = figureKind(unit);
  const text = formatFigure(asShown(v, kind), kind);
  return v.state === 'value' && (kind === 'per_1000' || kind === 'per_10000')
    ? `${text} ${RELATIVE_HEADER[kind]}`
    : text;
}

function headline(cell: ReportCell | undefined, unit: Unit): FigureValue | undefined {
  return figureKind(unit) === 'count' ? cell?.count : cell?.relative;
}

function prefillFigure(report: Report, f: KeyFigure): PrefillFigure {
  const main = headline(f.cells[0], f.unit);
  const count = f.cells[0]?.count;
  return {
    indicatorId: f.indicatorId,
    title: f.rowLabel ? `${f.title}: ${f.rowLabel}` : f.title,
    unit: f.unit,
    shown: shownFigure(main, f.unit),
    countShown:
      figureKind(f.unit) !== 'count' && main?.state === 'value' && count?.state === 'value'
        ? formatCount(count.value)
        : null,
    value: main?.state === 'value' ? main.value : null,
    period: f.period,
    periodLabel: f.periodLabel,
    sentence: f.sentence,
    change: f.change,
    demo: f.demo,
    comparisons: report.areas.slice(1).map((a, i) => ({
      label: a.level === 'group' ? `${a.label} (${groupColumnNote(f.unit)})` : a.label,
      shown: shownFigure(headline(f.cells[i + 1], f.unit), f.unit),
    })),
  };
}

export function key1Prefill(report: Report): Key1Prefill {
  const block = report.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'keyfigures');
  const figures = block?.kind === 'keyfigures' ? block.figures.map((f) => prefillFigure(report, f)) : [];
  return {
    subject: report.subject.name,
    releaseId: report.release.id,
    releaseBuiltAt: report.release.builtAt,
    catalogVersion: report.catalog.version,
    year: report.year,
    figures,
    changes: block?.kind === 'keyfigures' ? block.changes : [],
    similar: report.similar?.members.map((m) => m.name) ?? [],
    demo: figures.some((f) => f.demo),
  };
}

/** The text key 1's "huidige situatie" starts with: the report's comparison sentences. */
export function key1Situation(prefill: Key1Prefill): string {
  const sentences = prefill.figures.flatMap((f) =>
    f.sentence ? [`${f.sentence}${f.demo ? ' (demonstratiegegevens)' : ''}`] : [],
  );
  return sentences.join('\n\n');
}

function tableBlocks(report: Report): TableBlock[] {
  return report.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table');
}

export interface IndicatorChoice {
  /** `niet_belgen|total` */
  readonly value: string;
  readonly label: string;
  readonly group: string;
}

/** What an officer can choose to follow: every table of the report, the rows of short breakdowns. */
export function indicatorChoices(report: Report): IndicatorChoice[] {
  return report.sections.flatMap((s) =>
    s.blocks
      .filter((b): b is TableBlock => b.kind === 'table')
      .flatMap((b) =>
        b.rows.length === 1
          ? [{ value: `${b.indicatorId}|${b.rows[0]?.key}`, label: b.title, group: s.title }]
          : b.rows.length <= 6
            ? b.rows.map((r) => ({
                value: `${b.indicatorId}|${r.key}`,
                label: `${b.title}: ${r.label}`,
                group: s.title,
              }))
            : [],
      ),
  );
}

/** The figure of one indicator (and row) in a report, or undefined when the report has no such table. */
export function baselineOf(report: Report, indicatorId: string, rowKey: string): Baseline | undefined {
  const block = tableBlocks(report).find((b) => b.indicatorId === indicatorId);
  const row = block?.rows.find((r) => r.key === rowKey);
  if (!block || !row) return undefined;
  const main = headline(row.cells[0], block.unit);
  return {
    indicatorId,
    rowKey,
    title: block.rows.length === 1 ? block.title : `${block.title}: ${row.label}`,
    unit: block.unit,
    value: main?.state === 'value' ? main.value : null,
    shown: shownFigure(main, block.unit),
    period: block.period,
    periodLabel: block.periodLabel,
    demo: block.demo,
    releaseId: report.release.id,
    catalogVersion: report.catalog.version,
  };
}

/** A signed difference in the unit of the figure: `+0,5 pp`, `−1.234`, `+2,1 per 1.000`. */
export function differenceText(unit: Unit, from: number, to: number): string {
  const kind = figureKind(unit);
  const d = to - from;
  if (kind === 'count') return `${d > 0 ? '+' : d < 0 ? '−' : ''}${formatCount(Math.abs(d))}`;
  if (kind === 'percent' || kind === 'percentage_points') return formatRelative(d, 'percentage_points');
  const abs = formatRelative(Math.abs(d), kind);
  return `${d > 0 ? '+' : d < 0 ? '−' : ''}${abs} ${RELATIVE_HEADER[kind]}`;
}

/** "Sinds het plan": what a figure of a later release says next to the baseline, in one sentence. */
export function sinceThePlan(baseline: Baseline, now: Baseline | undefined): string {
  if (!now) return 'Sinds het plan: dit cijfer staat niet meer in het rapport van de actieve release.';
  if (now.period === baseline.period)
    return `Sinds het plan: nog geen nieuwere cijfers (${baseline.periodLabel}).`;
  const diff =
    baseline.value !== null && now.value !== null
      ? `, ${differenceText(baseline.unit, baseline.value, now.value)}`
      : '';
  return `Sinds het plan: van ${baseline.shown} (${baseline.periodLabel}) naar ${now.shown} (${now.periodLabel})${diff}.`;
}
