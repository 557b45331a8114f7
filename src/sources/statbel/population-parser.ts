/**
 * The hot loop: scans whole lines of bytes with a small state machine (field index, field offsets),
 * parses numbers from bytes, and only decodes text for new municipalities or error messages.
 */
import { isUtf8 } from 'node:buffer';
import type { NisCode } from '../../domain/brand.js';
import { InputError } from '../../domain/input-error.js';
import { ColumnBuilder, type PopulationColumns } from './column-builder.js';
import { encodingError } from './encoding-error.js';
import {
  ageValue,
  civilStatusCode,
  nationalityCode,
  parseDigits,
  populationValue,
  sexCode,
} from './field-codes.js';
import { type ColumnLayout, EXPECTED_HEADER_START } from './header.js';
import { readHeaderLine } from './header-line.js';
import { LinePrefix } from './line-prefix.js';
import type { MunicipalityAsWritten } from './municipality-registry.js';
import { MunicipalityRegistry } from './municipality-registry.js';
import { diagnoseRow, emptyLineError, fieldCountError, type RowContext } from './row-diagnosis.js';
import { RowKeys } from './row-keys.js';

const LF = 0x0a;
const CR = 0x0d;
const PIPE = 0x7c;

export interface ParserOptions {
  where: string;
  isKnownMunicipality: (nis: NisCode) => boolean;
  /** Called once the header is known (e.g. to settle the reference year before the long scan). */
  onHeader?: (layout: ColumnLayout) => void;
}

export interface ParsedRows {
  rowCount: number;
  columns: PopulationColumns;
  municipalities: Map<NisCode, MunicipalityAsWritten>;
  /** From the CD_YEAR column, with its first location; undefined without that column. */
  year?: { year: number; line: number; column: number; field: string };
}

export class PopulationParser {
  private line = 0; // number of the last line processed (header = 1)
  private layout: ColumnLayout | undefined;
  private fieldStart = new Int32Array(0);
  private fieldEnd = new Int32Array(0);
  private readonly rows = new ColumnBuilder();
  private readonly municipalities: MunicipalityRegistry;
  private readonly keys = new RowKeys();
  private previousNis = -1;
  private prefix: LinePrefix | undefined;
  private repeatedFields = 0;
  private emptyLine = 0; // first empty line not yet followed by data (allowed only at the end)
  private year = -1;
  private yearLine = 0;

  constructor(private readonly options: ParserOptions) {
    this.municipalities = new MunicipalityRegistry(options.isKnownMunicipality);
  }

  /** Number of the last line processed (the header is line 1). */
  get lastLine(): number {
    return this.line;
  }

  /** Takes a buffer of whole lines, each ending in '\n' (BOM already removed). */
  feed(buf: Buffer): void {
    let start = 0;
    if (!this.layout) start = this.readHeader(buf);
    if (start >= buf.length) return;
    if (!isUtf8(buf.subarray(start))) {
      const bad = encodingError.locate(buf, start);
      this.parseLines(buf, start, bad.lineStart); // earlier lines may hold earlier problems
      this.rejectPendingEmptyLine();
      throw encodingError.build(buf, bad, this.line + 1, this.options.where, this.layout?.names);
    }
    this.parseLines(buf, start, buf.length);
  }

  finish(): ParsedRows {
    const where = this.options.where;
    if (!this.layout)
      throw new InputError({ file: where, line: 1 }, EXPECTED_HEADER_START, 'een leeg bestand');
    if (this.rows.length === 0) {
      throw new InputError(
        { file: where, line: 2 },
        'minstens één gegevensrij na de kopregel',
        'geen gegevensrijen',
      );
    }
    const { year, names } = this.layout;
    return {
      rowCount: this.rows.length,
      columns: this.rows.finish(),
      municipalities: this.municipalities.byCode,
      year:
        year < 0
          ? undefined
          : { year: this.year, line: this.yearLine, column: year + 1, field: names[year] ?? '' },
    };
  }

  private readHeader(buf: Buffer): number {
    this.line = 1;
    const { layout, next } = readHeaderLine(buf, this.options.where);
    this.layout = layout;
    this.fieldStart = new Int32Array(layout.count);
    this.fieldEnd = new Int32Array(layout.count);
    this.prefix = LinePrefix.forLayout(layout);
    this.repeatedFields = this.prefix.fields;
    this.options.onHeader?.(layout);
    return next;
  }

  private parseLines(buf: Buffer, start: number, end: number): void {
    const fieldStart = this.fieldStart;
    const fieldEnd = this.fieldEnd;
    const prefix = this.prefix as LinePrefix;
    const count = fieldStart.length;
    let field = 0;
    let from = start; // start of the current field
    let lineStart = start;
    let repeated = prefix.match(buf, start, end, fieldStart, fieldEnd);
    if (repeated > 0) {
      field = this.repeatedFields;
      from = start + repeated;
    }
    for (let i = from; i < end; i++) {
      const c = buf[i];
      if (c === PIPE) {
        if (field < count) {
          fieldStart[field] = from;
          fieldEnd[field] = i;
        }
        field++;
        from = i + 1;
      } else if (c === LF) {
        const lineEnd = i > from && buf[i - 1] === CR ? i - 1 : i;
        if (field < count) {
          fieldStart[field] = from;
          fieldEnd[field] = lineEnd;
        }
        this.row(buf, lineStart, lineEnd, field + 1);
        if (repeated === 0 && field >= this.repeatedFields)
          prefix.remember(buf, lineStart, fieldStart, fieldEnd);
        field = 0;
        from = lineStart = i + 1;
        repeated = prefix.match(buf, lineStart, end, fieldStart, fieldEnd);
        if (repeated > 0) {
          field = this.repeatedFields;
          from = lineStart + repeated;
          i = from - 1;
        }
      }
    }
  }

  private row(buf: Buffer, lineStart: number, lineEnd: number, fields: number): void {
    this.line++;
    if (lineEnd === lineStart) {
      if (this.emptyLine === 0) this.emptyLine = this.line;
      return;
    }
    this.rejectPendingEmptyLine();
    const L = this.layout as ColumnLayout;
    if (fields !== L.count) throw fieldCountError(this.context(buf), lineStart, lineEnd, fields);
    const s = this.fieldStart;
    const e = this.fieldEnd;
    const nis = parseDigits(buf, s[L.nis] as number, e[L.nis] as number, 5, 5);
    const sex = sexCode(buf, s[L.sex] as number, e[L.sex] as number);
    const nationality = nationalityCode(buf, s[L.nationality] as number, e[L.nationality] as number);
    const civil = civilStatusCode(buf, s[L.civilStatus] as number, e[L.civilStatus] as number);
    const age = ageValue(buf, s[L.age] as number, e[L.age] as number);
    const population = populationValue(buf, s[L.population] as number, e[L.population] as number);
    let ok = nis >= 0 && sex > 0 && nationality > 0 && civil > 0 && age >= 0 && population >= 0;
    if (ok && L.year >= 0) ok = this.checkYear(buf);
    // Rows come grouped by municipality: look the code up only when it changes.
    if (ok && nis !== this.previousNis) {
      ok = this.municipalities.record(nis, buf, L, s, e);
      if (ok) this.previousNis = nis;
    }
    if (!ok) throw diagnoseRow(this.context(buf));
    this.keys.record(this.options.where, this.line, nis, sex, nationality, civil, age);
    this.rows.push(nis, sex, nationality, civil, age, population);
  }

  private rejectPendingEmptyLine(): void {
    if (this.emptyLine !== 0) throw emptyLineError(this.options.where, this.emptyLine);
  }

  private checkYear(buf: Buffer): boolean {
    const column = (this.layout as ColumnLayout).year;
    const year = parseDigits(buf, this.fieldStart[column] as number, this.fieldEnd[column] as number, 4, 4);
    if (year < 0) return false;
    if (this.year < 0) {
      this.year = year;
      this.yearLine = this.line;
    }
    return year === this.year;
  }

  private context(buf: Buffer): RowContext {
    return {
      buf,
      fieldStart: this.fieldStart,
      fieldEnd: this.fieldEnd,
      layout: this.layout as ColumnLayout,
      where: this.options.where,
      line: this.line,
      isKnown: this.municipalities.isKnown,
      year: this.year,
      yearLine: this.yearLine,
    };
  }
}
