/**
 * Issue 13 acceptance: seeded fuzzing of the Statbel reader and the contract reader (≥ 300 variants of
 * small real fixtures), then of whole imports. Every variant ends, within a bound, in either an
 * InputError naming the file or a table whose rows and total equal an independent plain reading of the
 * same bytes; never a raw error, never a hang. A failed import leaves the previous release byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import type { Geography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import type { Contract } from '../../src/sources/contracts/contract-schema.js';
import { loadContracts } from '../../src/sources/contracts/load-contracts.js';
import { readContractFile } from '../../src/sources/contracts/read-contract-file.js';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { options as contractOptions } from '../sources/contracts/contract-options.js';
import { isKnownMunicipality } from '../sources/known-municipalities.js';
import { SAMPLE } from '../sources/statbel-sample.js';
import { useTempDir } from '../sources/temp-dir.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { variants } from './mutate.js';

const SEED = 20261203;
const PER_CASE_MS = 5000;
const tmp = useTempDir('import-fuzz');

async function bounded<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} took over ${PER_CASE_MS} ms`)), PER_CASE_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Outcome of one variant: an InputError naming the file, or the value read. */
async function outcome<T>(path: string, read: () => Promise<T>): Promise<{ error?: InputError; value?: T }> {
  try {
    return { value: await bounded(read(), path) };
  } catch (error) {
    if (!(error instanceof InputError)) throw new Error(`raw error for ${path}: ${String(error)}`);
    expect(error.location.file).toContain(path);
    expect(error.expected.length).toBeGreaterThan(0);
    // In Dutch, as every user-facing message (issue 8 §3).
    expect(error.message).toMatch(/: verwacht \S/);
    return { error };
  }
}

/** The plain reading a correct reader must agree with: LF or CRLF lines, | fields, last field the count. */
function plainStatbel(bytes: Buffer): { rows: number; total: number } {
  const lines = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  if (lines.at(-1) === '') lines.pop();
  const data = lines.slice(1).map((l) => l.replace(/\r$/, ''));
  while (data.at(-1) === '') data.pop();
  return { rows: data.length, total: data.reduce((sum, l) => sum + Number(l.split('|')[20]), 0) };
}

const statbelText = readFileSync(SAMPLE, 'utf8');

describe('fuzzing the Statbel reader (seeded)', () => {
  const cases = variants(statbelText, '|', SEED, 200);
  it(`gives an InputError or the right table for each of ${cases.length} variants`, async () => {
    let accepted = 0;
    for (const c of cases) {
      const path = tmp(`s${c.n}/TF_SOC_POP_STRUCT_2021.txt`);
      const bytes = Buffer.isBuffer(c.data) ? c.data : Buffer.from(c.data);
      writeFileSync(ensureDir(path), bytes);
      const { value } = await outcome(path, () => readStatbelPopulation(path, { isKnownMunicipality }));
      if (!value) continue;
      accepted++;
      const plain = plainStatbel(bytes);
      let total = 0;
      for (const v of value.columns.population) total += v;
      expect({ variant: c.names, rows: value.rowCount, total }).toEqual({
        variant: c.names,
        rows: plain.rows,
        total: plain.total,
      });
    }
    // Some mutations keep the file valid (a deleted or swapped line): the fuzzing exercises both outcomes.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(cases.length);
  }, 120_000);
});

const contracts = loadContracts();
const CONTRACT_FILES = [
  'DEMO-migratie.csv',
  'DEMO-nationaliteit.csv',
  'DEMO-leefloon.csv',
  'DEMO-kansarmoede.csv',
];

function contractOf(file: string): Contract {
  const id = file.replace(/^DEMO-/, '').replace(/\.csv$/, '');
  const contract = contracts.get(id);
  if (!contract) throw new Error(`no contract ${id}`);
  return contract;
}

describe('fuzzing the contract reader (seeded)', () => {
  for (const [k, file] of CONTRACT_FILES.entries()) {
    const text = readFileSync(join('data/samples/contracts', file), 'utf8');
    const cases = variants(text, ',', SEED + k, 30);
    it(`gives an InputError or a table for each of ${cases.length} variants of ${file}`, async () => {
      const contract = contractOf(file);
      for (const c of cases) {
        const path = ensureDir(tmp(`c${k}-${c.n}/${file}`));
        writeFileSync(path, Buffer.isBuffer(c.data) ? c.data : Buffer.from(c.data));
        const { value } = await outcome(path, () => readContractFile(path, contract, contractOptions));
        if (value) expect(value.rowCount).toBeGreaterThan(0);
      }
    }, 60_000);
  }
});

function ensureDir(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** SHA-256 of every file under the data directory's releases and its active pointer. */
function snapshot(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(join(dataDir, 'releases'));
  out.active = readFileSync(join(dataDir, 'active-release.json'), 'utf8');
  return out;
}

describe('fuzzing whole imports (seeded)', () => {
  let data: ReturnType<typeof tempDir>;
  let geo: Geography;
  const countries = loadCountries();
  beforeAll(async () => {
    data = tempDir();
    const imported = await importRealRelease(data.dir);
    geo = imported.geo;
    await imported.store.close();
  }, 120_000);
  afterAll(() => data.cleanup());

  it('leaves the previous release byte-identical after every failed import', async () => {
    const inputs = [
      ...variants(statbelText, '|', SEED + 100, 12).map((c) => ({ c, file: 'TF_SOC_POP_STRUCT_2021.txt' })),
      ...variants(readFileSync('data/samples/contracts/DEMO-migratie.csv', 'utf8'), ',', SEED + 101, 8).map(
        (c) => ({ c, file: 'DEMO-migratie.csv' }),
      ),
    ];
    let before = snapshot(data.dir);
    let failed = 0;
    for (const { c, file } of inputs) {
      const path = ensureDir(tmp(`i${file.length}-${c.n}/${file}`));
      writeFileSync(path, Buffer.isBuffer(c.data) ? c.data : Buffer.from(c.data));
      const { error } = await outcome(path, () =>
        importFiles({ dataDir: data.dir, files: [path], geo, countries }),
      );
      if (error) {
        failed++;
        expect(snapshot(data.dir)).toEqual(before);
        expect(readdirSync(join(data.dir, 'staging'))).toEqual([]);
      } else before = snapshot(data.dir);
    }
    expect(failed).toBeGreaterThan(0);
  }, 300_000);
});
