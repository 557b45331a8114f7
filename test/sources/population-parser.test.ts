/** The byte scanner must give the same rows however the text is split into buffers of whole lines. */
import { describe, expect, it } from 'vitest';
import type { NisCode } from '../../src/domain/brand.js';
import { PopulationParser } from '../../src/sources/statbel/population-parser.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { HEADER, joinLines, ROWS, withField } from './statbel-sample.js';

function parse(lines: string[], linesPerBuffer: number) {
  const parser = new PopulationParser({ where: 'test.txt', isKnownMunicipality });
  for (let i = 0; i < lines.length; i += linesPerBuffer) {
    parser.feed(Buffer.from(joinLines(lines.slice(i, i + linesPerBuffer), { bom: false }), 'utf8'));
  }
  return parser.finish();
}

describe('PopulationParser', () => {
  it('gives identical columns for any grouping of lines', () => {
    const reference = parse([HEADER, ...ROWS], 1000);
    for (const size of [1, 2, 7, 50]) {
      const other = parse([HEADER, ...ROWS], size);
      expect(other.rowCount).toBe(171);
      expect(other.columns).toEqual(reference.columns);
      expect(other.municipalities).toEqual(reference.municipalities);
    }
  });

  it('keeps the first name written when a later row of the same code differs', () => {
    const rows = ROWS.map((row, i) => (i === 2 ? withField(row, 'TX_DESCR_NL', 'Brussel-Stad') : row));
    const parsed = parse([HEADER, ...rows], 1000);
    expect(parsed.rowCount).toBe(171);
    expect(parsed.municipalities.get('21004' as NisCode)?.nameNl).toBe('Brussel');
  });

  it('still checks the fields after a repeated prefix', () => {
    const rows = ROWS.map((row, i) => (i === 3 ? withField(row, 'CD_SEX', 'V') : row));
    expect(() => parse([HEADER, ...rows], 1000)).toThrow(/regel 5, kolom 13 \(CD_SEX\): verwacht M of F/);
  });
});
