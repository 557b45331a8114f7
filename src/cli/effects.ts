/** Terminal effects for the CLI: messages on stderr, a progress bar when stderr is a terminal. */
import { SingleBar } from 'cli-progress';
import type { Logger, Progress } from '../domain/effects.js';

export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`Let op: ${m}\n`),
};

export function terminalProgress(): Progress {
  if (!process.stderr.isTTY) return { start() {}, update() {}, stop() {} };
  let bar: SingleBar | undefined;
  return {
    start(label, total) {
      bar?.stop();
      bar = new SingleBar({
        stream: process.stderr,
        format: `${label} [{bar}] {percentage}% | {eta_formatted} resterend`,
        hideCursor: true,
      });
      bar.start(total, 0);
    },
    update: (done) => bar?.update(done),
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
