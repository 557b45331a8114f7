/** Side effects are injected so that importers, builders and the CLI run in tests without a terminal. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface Progress {
  /** Start (or restart) a phase with a known total of work units (bytes, rows, areas). */
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

export const silentLogger: Logger = { info() {}, warn() {} };
export const noProgress: Progress = { start() {}, update() {}, stop() {} };
