import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { parseCsv, parseCsvTable } from '../../src/geo/csv.js';

describe('parseCsv', () => {
  it('splits plain rows, strips a BOM and handles CRLF and blank lines', () => {
    const rows = parseCsv('\uFEFFa|b\r\n1|2\r\n\r\n3|\r\n', '|');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', ''] },
    ]);
  });

  it('handles quoted fields with delimiters, escaped quotes and line breaks', () => {
    const rows = parseCsv('name,note\n"Hove, Antwerpen","zegt ""hallo""\nen meer"\nlast,x');
    expect(rows).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Hove, Antwerpen', 'zegt "hallo"\nen meer'] },
      { line: 4, fields: ['last', 'x'] },
    ]);
  });

  it('keeps apostrophes and a last line without newline', () => {
    expect(parseCsv("x\nProvince d'Anvers")).toEqual([
      { line: 1, fields: ['x'] },
      { line: 2, fields: ["Province d'Anvers"] },
    ]);
  });

  it('reports an unterminated quote with file and line', () => {
    expect(() => parseCsv('a\n"open', ',', 'f.csv')).toThrow(InputError);
    expect(() => parseCsv('a\n"open', ',', 'f.csv')).toThrow(/f\.csv, regel 2/);
  });
});

describe('parseCsvTable', () => {
  it('reads records by column name', () => {
    const table = parseCsvTable('nis_code,name_nl\n11001,Aartselaar\n', 't.csv', ['nis_code']);
    expect(table.records[0]?.get('name_nl')).toBe('Aartselaar');
  });

  it('rejects a missing column and a wrong field count', () => {
    expect(() => parseCsvTable('a,b\n1,2\n', 't.csv', ['c'])).toThrow(/een kolom c/);
    expect(() => parseCsvTable('a,b\n1,2,3\n', 't.csv', ['a'])).toThrow(/t\.csv, regel 2: verwacht 2 velden/);
  });
});
