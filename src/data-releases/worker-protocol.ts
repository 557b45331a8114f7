/** What the build worker (a child process) and the node that runs it tell each other over IPC. */
import type { BuildErrorLocation } from '../store/tables.js';

/** The worker's task, passed as JSON in argv[2]; the files are named relative to the worker's cwd. */
export interface WorkerTask {
  readonly dataDir: string;
  readonly files: readonly string[];
  readonly contract?: string;
  /** Instead of importing: solve the suppression plans of this existing release (for the current catalog). */
  readonly plansFor?: string;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly phase: string; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly status: 'created' | 'unchanged'; readonly releaseId: string }
  /** Bad input: `message` is what the CLI prints after "Fout in de invoer: ". */
  | { readonly type: 'input-error'; readonly message: string; readonly location: BuildErrorLocation }
  | { readonly type: 'error'; readonly message: string };
