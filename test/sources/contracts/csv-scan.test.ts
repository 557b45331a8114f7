/** The byte CSV reader yields exactly csv-parse's records, or leaves the file to csv-parse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldText } from '../../../src/sources/contracts/contract-rows.js';
import { CsvFallback, scanCsv } from '../../../src/sources/contracts/csv-scan.js';
import { forEachCsvRecord } from '../../../src/sources/contracts/csv-table.js';
import { isBlank } from '../../../src/sources/contracts/table-source.js';

interface Rec {
  readonly line: number;
  readonly values: string[];
}

function fast(text: string, delimiter = ','): Rec[] | 'fallback' {
  const records: Rec[] = [];
  try {
    scanCsv(Buffer.from(text), delimiter, {
      record(line, buf, starts, ends, escaped, fields) {
        const values = Array.from({ length: fields }, (_, i) =>
          fieldText(buf, starts[i] as number, ends[i] as number, escaped[i] === 1),
        );
        records.push({ line, values });
      },
    });
  } catch (error) {
    if (error instanceof CsvFallback) return 'fallback';
    throw error;
  }
  return records;
}

function reference(text: string, delimiter = ','): Rec[] | 'error' {
  const records: Rec[] = [];
  let failed = false;
  forEachCsvRecord(Buffer.from(text), delimiter, 'x.csv', (r) => {
    if (r.problem) failed = true;
    else records.push({ line: r.line, values: [...r.values] });
  });
  return failed ? 'error' : records;
}

/** Lines of blank records may differ (csv-parse counts them from where the previous record ended); they are skipped anyway. */
const comparable = (records: Rec[]) =>
  records.map((r) => (isBlank(r.values) ? { line: 0, values: r.values } : r));

describe('scanCsv', () => {
  it.each([
    ['plain LF', 'a,b\n1,2\n'],
    ['CRLF, no final line end', 'a,b\r\n1,2'],
    ['empty lines skipped, line numbers kept', '\n\na,b\n\n1,2\n\n'],
    ['quoted fields with delimiters, doubled quotes and line breaks', 'a,"b,c"\n"x ""y""","1\n2"\n3,4\n'],
    ['a delimiter at the very end', 'a,b,'],
    ['a CR inside a field of an LF file', 'a,b\n1,2\r\n3,4\n'],
    ['an empty quoted field', '"",a\n'],
    ['multi-byte text', 'naam,é\n"Liège",ü\n'],
  ])('reads %s like csv-parse', (_, text) => {
    const got = fast(text);
    expect(got).not.toBe('fallback');
    expect(comparable(got as Rec[])).toEqual(comparable(reference(text) as Rec[]));
  });

  it.each([
    ['a quote inside a field', 'a,b\n1,x"y\n'],
    ['text after a closing quote', 'a,b\n"1"x,2\n'],
    ['an unclosed quote', 'a,b\n"1,2\n'],
    ['CR line ends', 'a,b\r1,2\r'],
    ['a bare LF in a CRLF file', 'a,b\r\n1,2\n3,4\r\n'],
  ])('leaves %s to csv-parse', (_, text) => {
    expect(fast(text)).toBe('fallback');
  });

  it('agrees with csv-parse on random text', () => {
    const chars = fc.constantFrom('a', '1', ' ', ',', ';', '"', '\n', '\r', 'é', '\u00a0');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.constantFrom(',', ';'), (parts, delimiter) => {
        const text = parts.join('');
        const got = fast(text, delimiter);
        if (got === 'fallback') return;
        const want = reference(text, delimiter);
        expect(want).not.toBe('error');
        expect(comparable(got)).toEqual(comparable(want as Rec[]));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads well-formed random files itself, as csv-parse does', () => {
    const plain = fc.array(fc.constantFrom('a', '1', ' ', 'é'), { maxLength: 4 }).map((c) => c.join(''));
    const quoted = fc
      .array(fc.constantFrom('a', ',', ';', '"', '\n', '\r\n', 'é'), { maxLength: 4 })
      .map((c) => `"${c.join('').replaceAll('"', '""')}"`);
    const record = fc.array(fc.oneof(plain, quoted), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(',', ';'),
        fc.boolean(),
        (records, eol, delimiter, finalEol) => {
          const lines = records.map((r) => r.join(delimiter));
          const text = lines.join(eol) + (finalEol ? eol : '');
          const got = fast(text, delimiter);
          expect(got).not.toBe('fallback');
          expect(comparable(got as Rec[])).toEqual(comparable(reference(text, delimiter) as Rec[]));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
