/** Starts the build worker as a child process and relays what it says; the outcome is its last word. */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerMessage, WorkerTask } from './worker-protocol.js';

export type WorkerOutcome = Exclude<WorkerMessage, { type: 'progress' }>;

export type RunWorker = (
  task: WorkerTask,
  cwd: string,
  onProgress: (p: { phase: string; done: number; total: number }) => void,
) => Promise<WorkerOutcome>;

const WORKER = fileURLToPath(new URL('./build-worker.ts', import.meta.url));
/** tsx found from this file, not from the worker's cwd (the upload directory may be anywhere). */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs the worker through tsx (as `npm start` runs the sources); rejects when it ends without an outcome. */
export const forkWorker: RunWorker = (task, cwd, onProgress) =>
  new Promise((resolve, reject) => {
    const child = fork(WORKER, [JSON.stringify(task)], {
      cwd,
      execArgv: ['--import', TSX],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let outcome: WorkerOutcome | undefined;
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m);
      else outcome = m;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (outcome) resolve(outcome);
      else
        reject(
          new Error(
            `de bouw stopte zonder resultaat (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`,
          ),
        );
    });
  });
