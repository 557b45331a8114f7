/** Test helpers: generate demonstration data into a temp folder and read the CSVs back (own parser). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoFile, type DemoOptions, generateDemoData } from '../../src/demo/index.js';

export interface Generated {
  readonly dir: string;
  readonly files: readonly DemoFile[];
  cleanup(): void;
}

export async function generateInTemp(options: DemoOptions): Promise<Generated> {
  const dir = mkdtempSync(join(tmpdir(), 'demo-data-'));
  const files = await generateDemoData(dir, options);
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Table {
  readonly text: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The files contain codes and digits only: a plain split is a complete parser for them. */
export function readTable(path: string): Table {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const last = lines.pop();
  if (last !== '') throw new Error(`${path}: does not end with a line feed`);
  const [header = '', ...rows] = lines;
  return { text, header: header.split(','), rows: rows.map((line) => line.split(',')) };
}

export function fileOf(files: readonly DemoFile[], contract: string): DemoFile {
  const file = files.find((f) => f.contract === contract);
  if (!file) throw new Error(`no demo file for ${contract}`);
  return file;
}

/** Sums the last numeric column (`countIndex`) by the key made of `keyIndexes`. */
export function sumBy(
  rows: readonly (readonly string[])[],
  keyIndexes: readonly number[],
  countIndex: number,
  filter: (row: readonly string[]) => boolean = () => true,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) {
    if (!filter(row)) continue;
    const key = keyIndexes.map((i) => row[i]).join('|');
    out.set(key, (out.get(key) ?? 0) + Number(row[countIndex]));
  }
  return out;
}
