/** Thrown by suppressCells when no suppression can protect some cells (e.g. pinned by published cells). */
export class DisclosureInfeasibleError extends Error {
  override readonly name = 'DisclosureInfeasibleError';

  constructor(
    message: string,
    /** Cells that stay recoverable whatever else is suppressed. */
    readonly cellIds: readonly string[],
  ) {
    super(message);
  }
}
