/** Shared data types of the disclosure engine and its auditor (types only: the two sides share no code). */

/** One published figure; `value` is a whole number ≥ 0. */
export interface Cell {
  readonly id: string;
  readonly value: number;
}

/** total = sum of parts, exactly (ids of cells). A cell may appear in many relations (as total and/or part). */
export interface Relation {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface DisclosureProblem {
  readonly cells: readonly Cell[];
  readonly relations: readonly Relation[];
  /** Counts c with 0 < c < threshold are sensitive (primary suppression). 0 is not sensitive and is published. */
  readonly threshold: number;
  /** Cells published elsewhere anyway (e.g. open-data totals): never suppressed; the attacker knows them. */
  readonly published?: ReadonlySet<string>;
}

export type SuppressionKind = 'primary' | 'secondary';

export interface SuppressionResult {
  readonly suppressed: ReadonlyMap<string, SuppressionKind>;
}

export interface CellRange {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

export interface AuditResult {
  readonly ranges: readonly CellRange[];
  readonly recoverable: readonly CellRange[];
}
