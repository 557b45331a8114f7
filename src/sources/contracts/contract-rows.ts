/**
 * Validates records cell by cell, in file order, straight into typed columns: key cells become code
 * ids, counts numbers. Records come as text (XLSX, and CSV that the byte reader leaves to csv-parse) or
 * as byte ranges of the CSV buffer; a byte range seen before in the same column is found by its bytes
 * and not decoded or checked again. The first problem is thrown as an InputError.
 */
import { InputError } from '../../domain/input-error.js';
import { ByteKeyMap } from './byte-key-map.js';
import {
  areaCheck,
  type CellCheck,
  type CellReaderOptions,
  countCheck,
  dimensionCheck,
  type Parsed,
  periodCheck,
  provisionalCheck,
} from './cell-readers.js';
import { CodeDictionary } from './code-dictionary.js';
import { type ChunkedColumn, float64Column, int32Column, uint8Column } from './column-buffers.js';
import type { Contract } from './contract-schema.js';
import { AREA_KEY, type FactColumns, FIRST_DIMENSION_KEY, PERIOD_KEY } from './fact-columns.js';
import type { ColumnSlot, HeaderLayout } from './header-layout.js';
import { RowKeySet } from './row-key-set.js';

const IGNORED = 0;
const KEY = 1;
const COUNT = 2;
const PROVISIONAL = 3;

/** How one file column is read. */
interface Slot {
  readonly kind: typeof IGNORED | typeof KEY | typeof COUNT | typeof PROVISIONAL;
  /** KEY: which key column (0 municipality, 1 period, 2… dimensions in contract order). */
  readonly key: number;
  readonly check: CellCheck<string> | undefined;
  /** KEY: raw bytes → code id; PROVISIONAL: raw bytes → 0/1. */
  readonly bytes: ByteKeyMap;
  /** The same for text records. */
  readonly texts: Map<string, number>;
}

const ZERO = 0x30;
const NINE = 0x39;
/** Up to 15 digits a count is a safe integer however it is written. */
const MAX_FAST_DIGITS = 15;

export interface RecordSource {
  /** The file as named in errors. */
  readonly where: string;
  readonly lineWord: 'regel' | 'rij';
}

export class ContractRowSink {
  private readonly slots: Slot[];
  private readonly dictionaries: CodeDictionary[];
  private readonly keyIds: ChunkedColumn<Int32Array>[];
  private readonly count = float64Column();
  private readonly provisional = uint8Column();
  private readonly line = int32Column();
  private readonly seen: RowKeySet;
  private readonly rowKey: Int32Array;
  private rowProvisional = 0;
  private rowCount_ = 0;

  constructor(
    private readonly source: RecordSource,
    private readonly layout: HeaderLayout,
    private readonly contract: Contract,
    options: CellReaderOptions,
  ) {
    const keyCount = FIRST_DIMENSION_KEY + contract.dimensions.length;
    this.dictionaries = Array.from({ length: keyCount }, () => new CodeDictionary());
    this.keyIds = Array.from({ length: keyCount }, () => int32Column());
    this.rowKey = new Int32Array(keyCount);
    this.seen = new RowKeySet(this.keyIds);
    this.slots = layout.slots.map((slot) => slotReader(slot, contract, options));
  }

  get rowCount(): number {
    return this.rowCount_;
  }

  /** A record as text values, one per file column. */
  textRecord(line: number, values: readonly string[]): void {
    this.rowProvisional = 0;
    let count = 0;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i] as Slot;
      if (slot.kind === IGNORED) continue;
      const raw = values[i] ?? '';
      if (slot.kind === COUNT) {
        count = this.checked(countCheck(raw.trim()), line, i, raw);
        continue;
      }
      let value = slot.texts.get(raw);
      if (value === undefined) {
        value = this.cellValue(slot, line, i, raw);
        slot.texts.set(raw, value);
      }
      if (slot.kind === KEY) this.rowKey[slot.key] = value;
      else this.rowProvisional = value;
    }
    this.addRow(line, count);
  }

  /**
   * A CSV record as byte ranges of `buf`: field i is buf[starts[i], ends[i]), inside any quotes;
   * `escaped[i]` = 1 when it was quoted and holds doubled quotes.
   */
  byteRecord(line: number, buf: Buffer, starts: Int32Array, ends: Int32Array, escaped: Uint8Array): void {
    this.rowProvisional = 0;
    let count = 0;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i] as Slot;
      if (slot.kind === IGNORED) continue;
      const start = starts[i] as number;
      const end = ends[i] as number;
      if (escaped[i] === 1) {
        const raw = fieldText(buf, start, end, true);
        if (slot.kind === COUNT) count = this.checked(countCheck(raw.trim()), line, i, raw);
        else this.store(slot, this.cellValue(slot, line, i, raw));
        continue;
      }
      if (slot.kind === COUNT) {
        count = digitsValue(buf, start, end);
        if (count < 0) {
          const raw = fieldText(buf, start, end, false);
          count = this.checked(countCheck(raw.trim()), line, i, raw);
        }
        continue;
      }
      let value = slot.bytes.get(buf, start, end);
      if (value < 0) {
        value = this.cellValue(slot, line, i, fieldText(buf, start, end, false));
        slot.bytes.set(buf, start, end, value);
      }
      this.store(slot, value);
    }
    this.addRow(line, count);
  }

  finish(): FactColumns {
    return {
      rowCount: this.rowCount_,
      keys: this.keyIds.map((ids, k) => ({
        name: this.keyName(k),
        codes: (this.dictionaries[k] as CodeDictionary).values,
        ids,
      })),
      count: this.count,
      provisional: this.provisional,
      line: this.line,
    };
  }

  private store(slot: Slot, value: number): void {
    if (slot.kind === KEY) this.rowKey[slot.key] = value;
    else this.rowProvisional = value;
  }

  /** Checks the text of a key or provisional cell: the code id, or 0/1 for the flag. */
  private cellValue(slot: Slot, line: number, i: number, raw: string): number {
    if (slot.kind === PROVISIONAL) return this.checked(provisionalCheck(raw.trim()), line, i, raw) ? 1 : 0;
    const code = this.checked((slot.check as CellCheck<string>)(raw.trim()), line, i, raw);
    return (this.dictionaries[slot.key] as CodeDictionary).id(code);
  }

  private checked<T>(result: Parsed<T>, line: number, i: number, raw: string): T {
    if (result.ok) return result.value;
    throw new InputError(
      { file: this.source.where, line, column: i + 1, field: this.layout.names[i] },
      result.expected,
      raw,
    );
  }

  private addRow(line: number, count: number): void {
    const row = this.rowCount_;
    const earlier = this.seen.findOrAdd(this.rowKey, row);
    if (earlier >= 0) this.duplicate(line, this.line.get(earlier));
    for (let k = 0; k < this.rowKey.length; k++) {
      (this.keyIds[k] as ChunkedColumn<Int32Array>).push(this.rowKey[k] as number);
    }
    this.count.push(count);
    this.provisional.push(this.rowProvisional);
    this.line.push(line);
    this.rowCount_++;
  }

  private duplicate(line: number, earlierLine: number): never {
    const { contract, layout, source } = this;
    const keyColumns = [
      contract.areaColumn,
      contract.period.column,
      ...contract.dimensions.map((d) => d.name),
    ];
    const keyParts = Array.from(
      this.rowKey,
      (id, k) => (this.dictionaries[k] as CodeDictionary).values[id] as string,
    );
    throw new InputError(
      {
        file: source.where,
        line,
        column: layout.areaIndex + 1,
        field: layout.names[layout.areaIndex],
      },
      `één rij per ${keyColumns.join(' + ')}; dezelfde combinatie staat op ${source.lineWord} ${earlierLine}`,
      keyParts.join(', '),
    );
  }

  private keyName(k: number): string {
    if (k === AREA_KEY) return this.contract.areaColumn;
    if (k === PERIOD_KEY) return this.contract.period.column;
    return this.contract.dimensions[k - FIRST_DIMENSION_KEY]?.name ?? '';
  }
}

function slotReader(slot: ColumnSlot, contract: Contract, options: CellReaderOptions): Slot {
  const base = { bytes: new ByteKeyMap(), texts: new Map<string, number>(), key: -1, check: undefined };
  switch (slot.kind) {
    case 'ignored':
      return { ...base, kind: IGNORED };
    case 'area':
      return { ...base, kind: KEY, key: AREA_KEY, check: areaCheck(options) };
    case 'period':
      return { ...base, kind: KEY, key: PERIOD_KEY, check: periodCheck(contract) };
    case 'dimension': {
      const key = FIRST_DIMENSION_KEY + contract.dimensions.indexOf(slot.dimension);
      return { ...base, kind: KEY, key, check: dimensionCheck(slot.dimension, options) };
    }
    case 'count':
      return { ...base, kind: COUNT };
    case 'provisional':
      return { ...base, kind: PROVISIONAL };
  }
}

/** The value of a field of 1 to 15 ASCII digits, else -1 (left to the text check). */
function digitsValue(buf: Buffer, start: number, end: number): number {
  if (end <= start || end - start > MAX_FAST_DIGITS) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i] as number;
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}

export function fieldText(buf: Buffer, start: number, end: number, escaped: boolean): string {
  const text = buf.toString('utf8', start, end);
  return escaped ? text.replaceAll('""', '"') : text;
}
