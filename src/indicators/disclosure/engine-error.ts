import type { SuppressionResult } from './types.js';

/** Thrown by suppressCells when no suppression can protect some cells (e.g. pinned by published cells). */
export class DisclosureInfeasibleError extends Error {
  override readonly name = 'DisclosureInfeasibleError';

  constructor(
    message: string,
    /** Cells that stay recoverable whatever else is suppressed. */
    readonly cellIds: readonly string[],
    /**
     * When known: the engine's best effort, every other primary cell protected as usual (the cells above,
     * and those in `undecidedIds`, stay recoverable in it).
     */
    readonly partial?: SuppressionResult,
    /** Primary cells the engine could neither protect nor prove unprotectable (rare; only with `partial`). */
    readonly undecidedIds: readonly string[] = [],
  ) {
    super(message);
  }
}
