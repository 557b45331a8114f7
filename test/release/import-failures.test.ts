/**
 * Bad input stops the import with a message naming file, line and column, and loses nothing:
 * the previous release stays active and intact, and no half-built release is left behind.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import type { Geography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import { dataDirLayout } from '../../src/release/layout.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { importRealRelease, REAL_ZIP, tempDir } from '../support/real-release.js';

const SAMPLE = readFileSync('data/samples/TF_SOC_POP_STRUCT_2021_sample.txt', 'utf8').replace(/^\ufeff/, '');
const [HEADER = '', ...LINES] = SAMPLE.split('\r\n').filter((l) => l !== '');

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let activeBefore: string;
let manifestBefore: string;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  geo = imported.geo;
  await imported.store.close();
  const layout = dataDirLayout(tmp.dir);
  activeBefore = readFileSync(layout.activePointer, 'utf8');
  manifestBefore = readFileSync(layout.manifestFile(layout.releaseDir(imported.result.releaseId)), 'utf8');
});
afterAll(() => tmp.cleanup());

function file(name: string, content: string | Buffer): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
}

function lines(...rows: string[]): string {
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

function replaceField(line: string, index: number, value: string): string {
  const fields = line.split('|');
  fields[index] = value;
  return fields.join('|');
}

const FIRST = LINES[0] ?? '';
const cases: { name: string; make: () => string; line?: number; column?: number; expected: RegExp }[] = [
  {
    name: 'wrong header',
    make: () => file('TF_SOC_POP_STRUCT_2021.txt', lines(HEADER.replace('MS_POPULATION', 'AANTAL'), FIRST)),
    line: 1,
    expected: /MS_POPULATION/,
  },
  {
    name: 'wrong number of fields',
    make: () => file('TF_SOC_POP_STRUCT_2021.txt', lines(HEADER, FIRST, `${LINES[1]}|extra`)),
    line: 3,
    expected: /21 velden/,
  },
  {
    name: 'non-numeric count',
    make: () =>
      file('TF_SOC_POP_STRUCT_2021.txt', lines(HEADER, FIRST, replaceField(LINES[1] ?? '', 20, '12a'))),
    line: 3,
    column: 21,
    expected: /geheel aantal/,
  },
  {
    name: 'the doubled file (a row repeated)',
    make: () => file('TF_SOC_POP_STRUCT_2021.txt', lines(HEADER, FIRST, LINES[1] ?? '', FIRST)),
    line: 4,
    expected: /één rij per gemeente, geslacht, nationaliteit, burgerlijke staat en leeftijd/,
  },
  {
    name: 'unknown NIS code',
    make: () => file('TF_SOC_POP_STRUCT_2021.txt', lines(HEADER, replaceField(FIRST, 0, '99999'))),
    line: 2,
    column: 1,
    expected: /municipality|NIS/i,
  },
  {
    name: 'truncated zip',
    make: () => {
      const zip = readFileSync(REAL_ZIP);
      return file('TF_SOC_POP_STRUCT_2021.zip', zip.subarray(0, Math.floor(zip.length / 2)));
    },
    expected: /zip/i,
  },
  { name: 'empty file', make: () => file('TF_SOC_POP_STRUCT_2021.txt', ''), line: 1, expected: /kopregel/i },
  {
    name: 'wrong encoding (Windows-1252)',
    make: () =>
      file(
        'TF_SOC_POP_STRUCT_2021.txt',
        Buffer.from(lines(HEADER, FIRST.replace('Herstappe', 'Herstappé')).slice(1), 'latin1'),
      ),
    line: 2,
    expected: /UTF-8/,
  },
  {
    name: 'a symlink to /dev/zero named like an input',
    make: () => {
      const path = join(tmp.dir, 'zero', 'TF_SOC_POP_STRUCT_2021.txt');
      mkdirSync(dirname(path), { recursive: true });
      symlinkSync('/dev/zero', path);
      return path;
    },
    expected: /verwacht een gewoon bestand, gevonden "een tekenapparaat/,
  },
  {
    name: 'a FIFO named like an input',
    make: () => {
      const path = join(tmp.dir, 'fifo', 'TF_SOC_POP_STRUCT_2021.txt');
      mkdirSync(dirname(path), { recursive: true });
      execFileSync('mkfifo', [path]);
      return path;
    },
    expected: /verwacht een gewoon bestand, gevonden "een named pipe \(FIFO\)"/,
  },
  {
    name: 'a file that misses Flemish municipalities (cut at a line end)',
    make: () => file('TF_SOC_POP_STRUCT_2021.txt', lines(HEADER, ...LINES)),
    expected: /alle 300 Vlaamse gemeenten/,
  },
];

describe('a failed import', () => {
  for (const c of cases) {
    it(`rejects ${c.name} with file, line and column, and keeps the previous release`, async () => {
      const path = c.make();
      const error = await importFiles({ dataDir: tmp.dir, files: [path], geo }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      const err = error as InputError;
      expect(err.location.file).toContain(path);
      if (c.line !== undefined) expect(err.location.line).toBe(c.line);
      if (c.column !== undefined) expect(err.location.column).toBe(c.column);
      expect(err.message).toMatch(c.expected);
      expect(err.message).toContain(path);

      const layout = dataDirLayout(tmp.dir);
      expect(readFileSync(layout.activePointer, 'utf8')).toBe(activeBefore);
      expect(readdirSync(layout.releases)).toHaveLength(1);
      const releaseId = JSON.parse(activeBefore).release as string;
      expect(readFileSync(layout.manifestFile(layout.releaseDir(releaseId)), 'utf8')).toBe(manifestBefore);
      expect(readdirSync(layout.staging)).toEqual([]);
      expect(() => statSync(layout.importLock)).toThrow();
    });
  }

  it('leaves the previous release readable with the same figures', async () => {
    const store = new ReleaseStore(tmp.dir);
    const reader = await store.active();
    const [[total]] = (await reader.query(
      "SELECT sum(population) FROM area_population WHERE division = '2025' AND level = 'region'",
    )) as [[number]];
    expect(total).toBe(6_653_062);
    await store.close();
  });
});

describe('a failed contract import', () => {
  it('names file, line and column and keeps the previous release', async () => {
    const sample = readFileSync('data/samples/contracts/DEMO-migratie.csv', 'utf8').split('\n');
    sample[2] = sample[2]?.replace(/,(\d+)$/, ',12,5') ?? '';
    const path = file('DEMO-migratie.csv', sample.join('\n'));
    const error = await importFiles({ dataDir: tmp.dir, files: [path], geo }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toMatchObject({ file: path, line: 3 });
    const layout = dataDirLayout(tmp.dir);
    expect(readFileSync(layout.activePointer, 'utf8')).toBe(activeBefore);
    expect(readdirSync(layout.staging)).toEqual([]);
  });

  it('refuses a file whose contract cannot be told from its name', async () => {
    const path = file('cijfers.csv', 'nis,jaar\n');
    await expect(importFiles({ dataDir: tmp.dir, files: [path], geo })).rejects.toThrow(/--contract/);
  });
});
