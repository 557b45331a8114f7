/** XLSX details: sheet choice, cell types, row numbers in errors. */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/domain/input-error.js';
import type { Contract } from '../../../src/sources/contracts/contract-schema.js';
import { readContractFile } from '../../../src/sources/contracts/read-contract-file.js';
import { useTempDir } from '../temp-dir.js';
import { options } from './contract-options.js';
import { contracts, writeXlsx } from './sample-fixture.js';

const temp = useTempDir('contract-xlsx');
const byId = (id: string): Contract => {
  const c = contracts.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};
const nationaliteit = byId('nationaliteit');
const inburgering = byId('inburgering');
const HEADER = ['nis', 'datum', 'nationaliteit', 'geslacht', 'leeftijdsgroep', 'aantal'];
const jan1 = new Date(Date.UTC(2024, 0, 1));

async function failure(path: string, contract: Contract = nationaliteit): Promise<InputError> {
  const error = await readContractFile(path, contract, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('XLSX errors name the sheet, row, column and field', () => {
  it('reports a text in the count cell with its row number', async () => {
    const path = await writeXlsx(temp('text-count.xlsx'), 'nationaliteit', [
      HEADER,
      [44021, jan1, 'NLD', 'M', '0-17', 3],
      [44021, jan1, 'NLD', 'F', '0-17', 'twaalf'],
    ]);
    const error = await failure(path);
    expect(error.location).toEqual({
      file: `${path} (werkblad nationaliteit)`,
      line: 3,
      column: 6,
      field: 'aantal',
    });
    expect(error.expected).toMatch(/^een geheel getal ≥ 0/);
    expect(error.found).toBe('twaalf');
  });

  it('reports a numeric cell with decimals', async () => {
    const path = await writeXlsx(temp('decimal.xlsx'), 'nationaliteit', [
      HEADER,
      [44021, jan1, 'NLD', 'M', '0-17', 12.5],
    ]);
    const error = await failure(path);
    expect(error.location).toMatchObject({ line: 2, column: 6, field: 'aantal' });
    expect(error.found).toBe('12.5');
  });

  it('reports a value right of the last named column', async () => {
    const path = await writeXlsx(temp('extra.xlsx'), 'nationaliteit', [
      HEADER,
      [44021, jan1, 'NLD', 'M', '0-17', 3, null, 'los'],
    ]);
    const error = await failure(path);
    expect(error.location).toEqual({ file: `${path} (werkblad nationaliteit)`, line: 2, column: 8 });
    expect(error.found).toBe('los');
  });

  it('reports a date cell that is not 1 January', async () => {
    const path = await writeXlsx(temp('day.xlsx'), 'nationaliteit', [
      HEADER,
      [44021, new Date(Date.UTC(2024, 2, 1)), 'NLD', 'M', '0-17', 3],
    ]);
    const error = await failure(path);
    expect(error.location).toMatchObject({ line: 2, column: 2, field: 'datum' });
    expect(error.found).toBe('2024-03-01');
  });

  it('refuses an empty sheet and a file that is no workbook', async () => {
    const empty = await writeXlsx(temp('empty.xlsx'), 'nationaliteit', []);
    expect((await failure(empty)).location).toEqual({ file: `${empty} (werkblad nationaliteit)` });
    const fake = temp('fake.xlsx');
    writeFileSync(fake, 'nis,datum\n');
    const error = await failure(fake);
    expect(error.location).toEqual({ file: fake });
    expect(error.expected).toBe('een Excel-werkmap (.xlsx)');
  });
});

describe('XLSX reading', () => {
  it('takes the sheet named after the contract, else the first sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Toelichting').addRow(['Fictief voorbeeld']);
    const data = workbook.addWorksheet('Nationaliteit');
    data.addRow(HEADER);
    data.addRow([44021, jan1, 'NLD', 'M', '0-17', 3]);
    const named = temp('named.xlsx');
    await workbook.xlsx.writeFile(named);
    expect((await readContractFile(named, nationaliteit, options)).source.sheet).toBe('Nationaliteit');

    const first = await writeXlsx(temp('first.xlsx'), 'Blad1', [
      HEADER,
      [44021, '2024-01-01', 'NLD', 'M', '0-17', 3],
    ]);
    const table = await readContractFile(first, nationaliteit, options);
    expect(table.source).toMatchObject({ sheet: 'Blad1', fileName: 'first.xlsx' });
  });

  it('reads formulas, rich text, booleans and skips empty rows, keeping Excel row numbers', async () => {
    const path = await writeXlsx(temp('cells.xlsx'), 'inburgering', [
      ['NIS', 'Kwartaal', 'fase', 'doelgroep', 'nationaliteit', 'aantal', 'voorlopig', 'opmerking'],
      [
        46030,
        '2025-Q1',
        { richText: [{ text: 'at' }, { text: 'test' }] },
        'verplicht',
        'SYR',
        { formula: '2+3', result: 5 },
        true,
      ],
      [],
      [46030, '2025-Q1', 'aangemeld', 'Vrijwillig', 'sy', 0, false, 'nul'],
      [null, '', '  '],
    ]);
    const table = await readContractFile(path, inburgering, options);
    expect(table.rows).toEqual([
      {
        nis: '46030',
        period: '2025-Q1',
        dims: { fase: 'attest', doelgroep: 'verplicht', nationaliteit: 'SYR' },
        count: 5,
        provisional: true,
        line: 2,
      },
      {
        nis: '46030',
        period: '2025-Q1',
        dims: { fase: 'aangemeld', doelgroep: 'vrijwillig', nationaliteit: 'SYR' },
        count: 0,
        provisional: false,
        line: 4,
      },
    ]);
  });
});
