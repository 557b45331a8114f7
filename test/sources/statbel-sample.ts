/** Test helper: the real Statbel sample lines, and writers for (mal)formed variants of them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { type ReadOptions, readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';

export const SAMPLE = fileURLToPath(
  new URL('../../data/samples/TF_SOC_POP_STRUCT_2021_sample.txt', import.meta.url),
);
export const REAL_ZIP = fileURLToPath(
  new URL('../../data/samples/TF_SOC_POP_STRUCT_2021.zip', import.meta.url),
);

const text = readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, '');
const lines = text.split('\r\n').filter((line) => line !== '');

export const HEADER = lines[0] as string;
export const HEADER_NAMES = HEADER.split('|');
/** Data rows: Brussel 21004 first, then Herstappe 73028. */
export const ROWS = lines.slice(1);

export function column(name: string): number {
  const i = HEADER_NAMES.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i + 1;
}

/** Replaces one field (by header name) of a data row. */
export function withField(row: string, name: string, value: string): string {
  const fields = row.split('|');
  fields[column(name) - 1] = value;
  return fields.join('|');
}

export interface Layout {
  bom?: boolean;
  eol?: string;
  finalNewline?: boolean;
}

export function joinLines(all: string[], layout: Layout = {}): string {
  const eol = layout.eol ?? '\r\n';
  const body = all.join(eol) + (layout.finalNewline === false ? '' : eol);
  return (layout.bom === false ? '' : '\uFEFF') + body;
}

export function writeLines(path: string, all: string[], layout?: Layout): string {
  writeFileSync(path, joinLines(all, layout), 'utf8');
  return path;
}

export const defaultOptions: ReadOptions = { isKnownMunicipality };

export async function readError(path: string, options: Partial<ReadOptions> = {}): Promise<InputError> {
  try {
    await readStatbelPopulation(path, { ...defaultOptions, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected ${path} to be rejected`);
}
