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
  /**
   * The protection level: the least width of every hidden cell's LP range, a whole number ≥ 1 (default
   * 1: at least two possible values; 2: at least three). Where no suppression can give a cell that much
   * (its maximal bounds are narrower), it gets what they allow and is listed in `limited`.
   */
  readonly minWidth?: number;
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
  /** Hidden cells that no suppression can make `minWidth` wide (protected as far as possible). */
  readonly limited?: readonly string[];
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
   * Ranges narrower than the protection level (`minWidth`; the recoverable ones included): fewer than
   * minWidth + 1 possible values. Equal to `recoverable` for minWidth 1.
   */
  readonly narrow: readonly CellRange[];
  /**
   * Ids among `narrow` that the auditor could not prove either way within its limits (only possible
   * in very large components): treated as recoverable to stay on the safe side.
   */
  readonly unproven: readonly string[];
}
