/**
 * The report model: sections → blocks, no pixels. The JSON form of a report is this model
 * serialised as is (documented in docs/report-json.md; version below).
 */
import type { AreaLevel, Division } from '../domain/division.js';
import type { FigureValue } from '../domain/value.js';

export const REPORT_SCHEMA = 'omgevingsanalyse.rapport';
export const REPORT_SCHEMA_VERSION = '0.1.0';

export interface AreaRef {
  readonly level: AreaLevel;
  readonly nis: string;
  readonly name: string;
  /** With the level where needed: 'provincie Antwerpen'. */
  readonly label: string;
}

export interface SourceRef {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly url: string;
  readonly licence: string;
}

export interface ReportCell {
  readonly count: FigureValue;
  /** Share (0–1) for percent indicators; not applicable for plain counts. */
  readonly relative: FigureValue;
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
  readonly countLabel: string;
  readonly relativeUnit: 'percent' | null;
  readonly relativeLabel: string | null;
  readonly breakdownTitle: string | null;
  readonly source: SourceRef;
  /** ISO date of the reference date of every figure in the block (1 January for Statbel stock figures). */
  readonly referenceDate: string;
  readonly rows: readonly TableRow[];
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
  readonly year: number;
  readonly referenceDate: string;
  readonly availableYears: readonly number[];
  readonly notes: readonly string[];
  readonly release: { readonly id: string; readonly builtAt: string; readonly demo: boolean };
  readonly catalog: { readonly version: string; readonly schemaVersion: number };
  readonly software: { readonly name: string; readonly version: string };
  readonly sections: readonly Section[];
}
