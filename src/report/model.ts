/**
 * The report model: sections → blocks, no pixels. The JSON form of a report is this model
 * serialised as is (documented in docs/report-json.md; version below).
 */
import type { AreaLevel, Division } from '../domain/division.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';

export const REPORT_SCHEMA = 'omgevingsanalyse.rapport';
export const REPORT_SCHEMA_VERSION = '0.3.0';

export interface AreaRef {
  /** `group`: a group of municipalities shown as one column (the similar municipalities). */
  readonly level: AreaLevel | 'group';
  /** For a group: `vergelijkbaar-<NIS code of the subject>`. */
  readonly nis: string;
  readonly name: string;
  /** With the level where needed: 'provincie Antwerpen'. */
  readonly label: string;
  /** The member municipalities of a group (NIS codes), absent for other areas. */
  readonly members?: readonly string[];
}

export interface SourceRef {
  /** The dataset: `bevolking` (Statbel) or a data contract id. */
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly url: string | null;
  readonly licence: string;
}

export interface ReportCell {
  readonly count: FigureValue;
  /**
   * numerator / denominator as a fraction (shown ×100 for percent, ×1.000 or ×10.000 for rates), a
   * difference of two fractions for percentage points; not applicable for plain counts.
   */
  readonly relative: FigureValue;
}

/** One point of an evolution: the same indicator on an earlier (or the same) period. */
export interface SeriesPoint {
  readonly period: string;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly cells: readonly ReportCell[];
}

export interface TableRow {
  readonly key: string;
  readonly label: string;
  /** One cell per report area, in the order of `Report.areas`. */
  readonly cells: readonly ReportCell[];
}

export type ChartKind = 'bar' | 'line' | 'none';

export interface TableBlock {
  readonly kind: 'table';
  readonly id: string;
  readonly indicatorId: string;
  readonly title: string;
  readonly definition: string;
  /** The chart drawn above the table (the table stays: it is the chart's data). */
  readonly chart: ChartKind;
  /** One plain-Dutch sentence saying what the block shows for the subject, null when nothing to say. */
  readonly summary: string | null;
  readonly unit: Unit;
  readonly countLabel: string;
  readonly relativeLabel: string | null;
  readonly breakdownTitle: string | null;
  readonly source: SourceRef;
  /** The period of every figure in the table ('2021-01-01', '2020', '2024-Q3', '2020-2021'), null if none. */
  readonly period: string | null;
  /** In Dutch, with what it means: 'toestand op 1 januari 2021', 'in de loop van 2020'. */
  readonly periodLabel: string;
  /** Generated demonstration data: marked wherever the block is shown. */
  readonly demo: boolean;
  /** The source says these figures may still change. */
  readonly provisional: boolean;
  readonly rows: readonly TableRow[];
  /** Evolution of the total (indicators without breakdown), oldest first; empty otherwise. */
  readonly series: readonly SeriesPoint[];
}

export interface TextBlock {
  readonly kind: 'text';
  readonly id: string;
  readonly text: string;
}

/** One of the figures that matter most, with what it means next to the comparison areas. */
export interface KeyFigure {
  readonly indicatorId: string;
  /** The block in its chapter (for the link "meer hierover"). */
  readonly blockId: string;
  readonly title: string;
  /** The row meant, for an indicator with a breakdown. */
  readonly rowLabel: string | null;
  readonly unit: Unit;
  readonly period: string | null;
  readonly periodLabel: string;
  /** One cell per report area, in the order of `Report.areas`. */
  readonly cells: readonly ReportCell[];
  /** "… Dat is ongeveer dubbel zo hoog als in het Vlaams Gewest (9,5 %) …", null without figures. */
  readonly sentence: string | null;
  /** How it moved since the previous periods, null without an evolution. */
  readonly change: string | null;
  readonly demo: boolean;
  readonly provisional: boolean;
}

export interface KeyFiguresBlock {
  readonly kind: 'keyfigures';
  readonly id: string;
  readonly figures: readonly KeyFigure[];
  /** The most notable changes over the years, most notable first. */
  readonly changes: readonly string[];
}

/** Population by age band and sex, Belgians and non-Belgians (counts; Statbel data, nothing hidden). */
export interface PyramidBlock {
  readonly kind: 'pyramid';
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly source: SourceRef;
  readonly period: string;
  readonly periodLabel: string;
  readonly bands: readonly {
    readonly label: string;
    readonly belgianMen: number;
    readonly belgianWomen: number;
    readonly foreignMen: number;
    readonly foreignWomen: number;
  }[];
}

/** A choropleth: one indicator for every municipality of the subject's province or of Flanders. */
export interface MapBlock {
  readonly kind: 'map';
  readonly id: string;
  readonly indicatorId: string;
  readonly title: string;
  readonly unit: Unit;
  readonly rowLabel: string | null;
  readonly scope: 'province' | 'region';
  readonly scopeArea: AreaRef;
  readonly subjectNis: string;
  readonly division: Division;
  readonly source: SourceRef;
  readonly period: string | null;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly summary: string;
  /** The mapped value (the relative value, or the count for a plain count) per municipality. */
  readonly values: readonly { readonly nis: string; readonly name: string; readonly value: FigureValue }[];
}

/** Definitions and sources of every indicator in the report. */
export interface DefinitionsBlock {
  readonly kind: 'definitions';
  readonly id: string;
  readonly entries: readonly {
    readonly indicatorId: string;
    readonly title: string;
    readonly definition: string;
    readonly numerator: string;
    readonly denominator: string | null;
    readonly source: SourceRef;
    readonly periodLabel: string;
    readonly demo: boolean;
  }[];
}

export type Block = TableBlock | TextBlock | KeyFiguresBlock | PyramidBlock | MapBlock | DefinitionsBlock;

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly blocks: readonly Block[];
}

export interface Report {
  readonly schema: typeof REPORT_SCHEMA;
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly generatedAt: string;
  readonly subject: AreaRef;
  /** The columns of every table: the subject first, then its comparison areas. */
  readonly areas: readonly AreaRef[];
  readonly division: Division;
  /** The year asked for: every block shows its most recent period in or before this year. */
  readonly year: number;
  readonly availableYears: readonly number[];
  readonly notes: readonly string[];
  readonly release: { readonly id: string; readonly builtAt: string };
  /** true when any block shows generated demonstration data. */
  readonly demo: boolean;
  readonly catalog: { readonly version: string; readonly schemaVersion: number };
  readonly software: { readonly name: string; readonly version: string };
  readonly sections: readonly Section[];
  /** The group of similar municipalities (also a column of every table), with how it was chosen. */
  readonly similar: {
    readonly members: readonly AreaRef[];
    readonly method: string;
  } | null;
}
