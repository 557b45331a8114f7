/** CSV details: BOM, CRLF, `;`, quotes, header spelling, aliases, the ignored note column, file-level errors. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/domain/input-error.js';
import { sampleCsvPath } from '../../../src/sources/contracts/contract-samples.js';
import type { Contract } from '../../../src/sources/contracts/contract-schema.js';
import { readContractFile } from '../../../src/sources/contracts/read-contract-file.js';
import { useTempDir } from '../temp-dir.js';
import { flemishCodes, options } from './contract-options.js';
import { contracts, csvText, sampleCells } from './sample-fixture.js';

const temp = useTempDir('contract-csv');
const byId = (id: string): Contract => {
  const c = contracts.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};
const nationaliteit = byId('nationaliteit');
const inburgering = byId('inburgering');

async function read(name: string, text: string | Buffer, contract: Contract = nationaliteit) {
  const path = temp(name);
  writeFileSync(path, text);
  return { path, table: await readContractFile(path, contract, options) };
}

async function failure(
  name: string,
  text: string | Buffer,
  contract: Contract = nationaliteit,
): Promise<InputError> {
  const path = temp(name);
  writeFileSync(path, text);
  const error = await readContractFile(path, contract, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const HEADER = 'nis,datum,nationaliteit,geslacht,leeftijdsgroep,aantal';

describe('CSV variants of the same data', () => {
  const cells = sampleCells(nationaliteit);
  const reference = readContractFile(sampleCsvPath(nationaliteit), nationaliteit, options);

  it.each([
    ['semicolons', csvText(cells, ';')],
    ['CRLF line ends', csvText(cells, ',', '\r\n')],
    ['a BOM and semicolons', `\uFEFF${csvText(cells, ';', '\r\n')}`],
  ])('reads %s', async (name, text) => {
    const { table } = await read(`${name}.csv`, text);
    expect(table.rows).toEqual((await reference).rows);
  });

  it('reads quoted fields and skips blank lines, keeping the line numbers a text editor shows', async () => {
    const quoted = [cells.header, ...cells.rows].map((r) => r.map((v) => `"${v}"`).join(','));
    const { table } = await read('quoted.csv', `${quoted.join('\n\n')}\n\n`);
    const expected = (await reference).rows.map((r) => ({ ...r, line: 2 * r.line - 1 }));
    expect(table.rows).toEqual(expected);
  });
});

describe('lenient where it is safe', () => {
  it('skips blank leading lines, matches headers ignoring case and spaces, codes ignoring case, maps aliases and alpha-2', async () => {
    const text = `\n ;\n NIS ;Datum;NATIONALITEIT;Geslacht;leeftijdsgroep;Aantal\n44021;2024-01-01;ma;V;18-64; 12 \n`;
    const { table } = await read('lenient.csv', text);
    expect(table.rows).toEqual([
      {
        nis: '44021',
        period: '2024-01-01',
        dims: { nationaliteit: 'MAR', geslacht: 'F', leeftijdsgroep: '18-64' },
        count: 12,
        provisional: false,
        line: 4,
      },
    ]);
  });

  it('ignores an opmerking column, and an empty provisional flag means final', async () => {
    const text =
      'opmerking,nis,kwartaal,fase,doelgroep,nationaliteit,aantal,voorlopig\n"nota, met komma",11002,2025-q1,attest,verplicht,SYR,8,\nx,11002,2025-Q2,attest,verplicht,SYR,9,JA\n';
    const { table } = await read('note.csv', text, inburgering);
    expect(table.rows.map((r) => [r.period, r.count, r.provisional, r.line])).toEqual([
      ['2025-Q1', 8, false, 2],
      ['2025-Q2', 9, true, 3],
    ]);
    expect(table.periods).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('counts lines from the start of a record that spans lines', async () => {
    const text = `opmerking,${HEADER}\n"twee\nregels",44021,2024-01-01,NLD,M,0-17,3\nx,44021,2024-01-01,NLD,M,0-17,4\n`;
    const error = await failure('multiline.csv', text);
    expect(error.location).toMatchObject({ line: 4, column: 2, field: 'nis' });
    expect(error.expected).toMatch(/op regel 2$/);
  });

  it('treats V and F as the same code, so both rows are one key twice', async () => {
    const text = `${HEADER}\n44021,2024-01-01,NLD,F,0-17,3\n44021,2024-01-01,NLD,v,0-17,4\n`;
    const error = await failure('alias-duplicate.csv', text);
    expect(error.location).toMatchObject({ line: 3, column: 1, field: 'nis' });
    expect(error.found).toBe('44021, 2024-01-01, NLD, F, 0-17');
  });
});

describe('file-level errors', () => {
  it('records size and SHA-256 of the file as given', async () => {
    const text = `\uFEFF${HEADER}\r\n44021,2024-01-01,NLD,M,0-17,3\r\n`;
    const { path, table } = await read('hash.csv', text);
    const bytes = readFileSync(path);
    expect(table.source).toEqual({
      path,
      fileName: 'hash.csv',
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  });

  it('refuses an empty file, naming the columns', async () => {
    const error = await failure('empty.csv', '\uFEFF\n\n');
    expect(error.location).toEqual({ file: temp('empty.csv') });
    expect(error.expected).toMatch(/^een kopregel met de kolommen nis, datum, nationaliteit/);
  });

  it('refuses a header without data rows', async () => {
    const error = await failure('header-only.csv', `${HEADER}\n`);
    expect(error.location).toEqual({ file: temp('header-only.csv'), line: 2 });
    expect(error.expected).toBe('minstens één gegevensregel onder de kop');
  });

  it('refuses a header with another delimiter', async () => {
    const error = await failure('tabs.csv', `${HEADER.replaceAll(',', '\t')}\n`);
    expect(error.location).toEqual({ file: temp('tabs.csv'), line: 1 });
    expect(error.expected).toMatch(/gescheiden door "," of ";"/);
  });

  it('refuses an empty column name', async () => {
    const error = await failure('empty-name.csv', `${HEADER},\n44021,2024-01-01,NLD,M,0-17,3,\n`);
    expect(error.location).toMatchObject({ line: 1, column: 7, field: '' });
    expect(error.expected).toMatch(/^een kolomnaam; een bestand nationaliteit heeft de kolommen/);
  });

  it('refuses an unclosed quote at the line where the record starts', async () => {
    const error = await failure(
      'quote.csv',
      `${HEADER}\n44021,2024-01-01,NLD,M,0-17,3\n"44021,2024-01-01,NLD,F,0-17,3\n`,
    );
    expect(error.location).toEqual({ file: temp('quote.csv'), line: 3, column: 1, field: 'nis' });
    expect(error.expected).toMatch(/^correcte CSV/);
  });

  it('reports a field too many after the last column', async () => {
    const error = await failure('extra.csv', `${HEADER}\n44021,2024-01-01,NLD,M,0-17,3,9\n`);
    expect(error.location).toEqual({ file: temp('extra.csv'), line: 2, column: 7, field: undefined });
    expect(error.found).toBe('7 velden');
  });

  it('reports the first problem in file order', async () => {
    const text = `${HEADER}\n44021,2024-01-01,NLD,M,0-17,x\n44021,2024-01-01,NLD,M,0-17,3,9\n`;
    const error = await failure('order.csv', text);
    expect(error.location).toMatchObject({ line: 2, column: 6, field: 'aantal' });
  });

  it('refuses other extensions and missing files', async () => {
    await expect(readContractFile(temp('data.xls'), nationaliteit, options)).rejects.toThrow(
      /sla een oude \.xls-werkmap op als \.xlsx/,
    );
    await expect(readContractFile(temp('missing.csv'), nationaliteit, options)).rejects.toThrow(
      /een bestaand, leesbaar bestand, gevonden "bestand bestaat niet \(ENOENT\)"/,
    );
  });
});

describe('large and unusual files', () => {
  const countries = ['NLD', 'MAR', 'TUR', 'POL', 'ROU', 'SYR', 'AFG', 'FRA', 'DEU', 'ITA'];
  const municipalities = [...flemishCodes()].slice(0, 150);
  /** Every municipality × country × sex × age group once: 9,000 distinct keys. */
  const manyRows = municipalities.flatMap((nis) =>
    countries.flatMap((country) =>
      ['M', 'F'].flatMap((sex) =>
        ['0-17', '18-64', '65+'].map((age) => `${nis},2024-01-01,${country},${sex},${age},1`),
      ),
    ),
  );

  it('reads thousands of rows into columns, one period and every municipality as codes', async () => {
    const { table } = await read('many.csv', `${HEADER}\n${manyRows.join('\n')}\n`);
    expect(table.rowCount).toBe(manyRows.length);
    expect(table.periods).toEqual(['2024-01-01']);
    expect(table.columns.keys.map((k) => [k.name, k.codes.length])).toEqual([
      ['nis', municipalities.length],
      ['datum', 1],
      ['nationaliteit', countries.length],
      ['geslacht', 2],
      ['leeftijdsgroep', 3],
    ]);
    expect(table.rows.at(-1)).toEqual({
      nis: municipalities.at(-1),
      period: '2024-01-01',
      dims: { nationaliteit: 'ITA', geslacht: 'F', leeftijdsgroep: '65+' },
      count: 1,
      provisional: false,
      line: manyRows.length + 1,
    });
  });

  it('finds a duplicate key among thousands of rows, naming the line of the first', async () => {
    const text = `${HEADER}\n${manyRows.join('\n')}\n${manyRows[4321]}\n`;
    const error = await failure('many-duplicate.csv', text);
    expect(error.location).toMatchObject({ line: manyRows.length + 2, column: 1, field: 'nis' });
    expect(error.expected).toMatch(/dezelfde combinatie staat op regel 4323$/);
  });

  it('reads counts with leading zeros or up to 2^53 - 1, and refuses larger ones', async () => {
    const big = `${HEADER}\n44021,2024-01-01,NLD,M,0-17,0000000000000000012\n44021,2024-01-01,NLD,F,0-17,9007199254740991\n`;
    const { table } = await read('big.csv', big);
    expect(table.rows.map((r) => r.count)).toEqual([12, Number.MAX_SAFE_INTEGER]);
    const error = await failure('too-big.csv', `${HEADER}\n44021,2024-01-01,NLD,M,0-17,9007199254740993\n`);
    expect(error.location).toMatchObject({ line: 2, column: 6, field: 'aantal' });
  });

  it('reads a file with old Mac line ends (CR only) through csv-parse, with the same rows', async () => {
    const lf = `${HEADER}\n44021,2024-01-01,NLD,M,0-17,3\n44021,2024-01-01,"N""LD",F,0-17,4\n`;
    const cr = lf.replaceAll('\n', '\r').replace('"N""LD"', 'NLD');
    const { table } = await read('cr.csv', cr);
    const { table: reference } = await read('lf.csv', lf.replace('"N""LD"', 'NLD'));
    // csv-parse numbers lines by LF, so every record of this file is on line 1.
    expect(table.rows).toEqual(reference.rows.map((r) => ({ ...r, line: 1 })));
  });

  it('reads doubled quotes inside quoted fields', async () => {
    const text = `opmerking,${HEADER}\n"zeg ""hallo""",44021,2024-01-01,"NLD","M","0-17","3"\n`;
    const { table } = await read('doubled.csv', text);
    expect(table.rows).toMatchObject([{ nis: '44021', count: 3, line: 2 }]);
    const error = await failure('doubled-code.csv', `${HEADER}\n44021,2024-01-01,"N""L",M,0-17,3\n`);
    expect(error.location).toMatchObject({ line: 2, column: 3, field: 'nationaliteit' });
    expect(error.found).toBe('N"L');
  });
});
