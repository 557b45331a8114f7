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
  /**
   * Counts c with 0 < c < threshold are sensitive and always hidden (primary suppression). A zero is not
   * sensitive: it is shown, unless hiding it as "< threshold" is needed to protect a small count.
   */
  readonly threshold: number;
  /** Cells published elsewhere anyway (e.g. open-data totals): never suppressed; the attacker knows them. */
  readonly published?: ReadonlySet<string>;
}

/**
 * How a hidden cell is shown, which is also all an attacker learns from the mark itself:
 * - 'primary': shown as "< T", value in 0..T−1. Every non-zero count below T, and the zeros hidden to
 *   protect one (a zero shown as "< T" is indistinguishable from a small count; "< T" never promises > 0).
 * - 'secondary': shown as "x", value ≥ T (hidden only to protect a "< T" cell).
 */
export type SuppressionKind = 'primary' | 'secondary';

export interface SuppressionResult {
  readonly suppressed: ReadonlyMap<string, SuppressionKind>;
}

/**
 * What an attacker can derive about a suppressed cell. Exact (the LP minimum and maximum) in components of
 * up to 60 linked suppressed cells. In larger ones the auditor proves only what decides the verdict: for
 * a cell at least 1 wide, both ends are values of checked solutions (the exact range can only be wider);
 * for a recoverable cell, bounds every solution obeys (the exact range can only be narrower).
 */
export interface CellRange {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

export interface AuditResult {
  readonly ranges: readonly CellRange[];
  /** Ranges narrower than 1: the cell's value is known (or known to lie within less than one unit). */
  readonly recoverable: readonly CellRange[];
  /**
   * Ids among `recoverable` that the auditor could not prove either way within its limits (only possible
   * in very large components): treated as recoverable to stay on the safe side.
   */
  readonly unproven: readonly string[];
}
