/**
 * The report model: sections → blocks, no pixels. The JSON form of a report is this model
 * serialised as is (documented in docs/report-json.md; version below).
 */
import type { AreaLevel, Division } from '../domain/division.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';

export const REPORT_SCHEMA = 'omgevingsanalyse.rapport';
export const REPORT_SCHEMA_VERSION = '0.2.0';

export interface AreaRef {
  readonly level: AreaLevel;
  readonly nis: string;
  readonly name: string;
  /** With the level where needed: 'provincie Antwerpen'. */
  readonly label: string;
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

export interface TableBlock {
  readonly kind: 'table';
  readonly id: string;
  readonly indicatorId: string;
  readonly title: string;
  readonly definition: string;
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

export type Block = TableBlock | TextBlock;

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
}
