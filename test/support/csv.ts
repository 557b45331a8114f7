/** Reads the plain comma-separated reference files of data/ (no quoting in them) into records. */
import { readFileSync } from 'node:fs';

export function readPlainCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = (header ?? '').split(',');
  return lines.map((line) => {
    const values = line.split(',');
    return Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']));
  });
}
