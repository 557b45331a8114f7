/**
 * The fast CSV reader: one pass over the bytes, fields as byte ranges (no string per field), RFC 4180
 * quoting ("" inside quotes), LF or CRLF line ends. It yields exactly the records csv-parse yields
 * with the options of `csv-table.ts` (explicit delimiter, line end told by the first one outside
 * quotes, empty lines skipped), and gives up — `CsvFallback` — on anything else: a quote inside an
 * unquoted field, text after a closing quote, an unclosed quote, a bare CR, a bare LF in a CRLF file.
 * The caller then reads the file with csv-parse, which produces the same records, or its own error.
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Not an error of the file: a case the fast reader leaves to csv-parse. */
export class CsvFallback extends Error {
  override name = 'CsvFallback';
}

export interface ByteRecordConsumer {
  /**
   * One record: field i is buf[starts[i], ends[i]) (inside any quotes); `escaped[i]` = 1 when that
   * quoted field holds doubled quotes. `line`: 1-based line where the record starts. The arrays are
   * reused for the next record.
   */
  record(
    line: number,
    buf: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    escaped: Uint8Array,
    fields: number,
  ): void;
}

/** Byte classes that end an unquoted field or make it special; 0 for every other byte. */
const ORDINARY = 0;
const SEPARATOR = 1;
const LINE_FEED = 2;
const CARRIAGE_RETURN = 3;
const QUOTE_MARK = 4;

/** Field offsets of the current record, grown when a record has more fields than any before. */
class Fields {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  escaped = new Uint8Array(64);
  count = 0;

  add(start: number, end: number, escaped: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped;
    this.count++;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const escaped = new Uint8Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }
}

export function scanCsv(buf: Buffer, delimiter: string, consumer: ByteRecordConsumer): void {
  const sep = delimiter.charCodeAt(0);
  const length = buf.length;
  const classes = new Uint8Array(256);
  classes[sep] = SEPARATOR;
  classes[LF] = LINE_FEED;
  classes[CR] = CARRIAGE_RETURN;
  classes[QUOTE] = QUOTE_MARK;
  /** Told by the first line end: until then undefined; in an LF file a CR is an ordinary byte. */
  let crlf: boolean | undefined;
  const lineFeedFile = (): void => {
    if (crlf === true) throw new CsvFallback('a bare LF in a CRLF file');
    if (crlf === undefined) {
      crlf = false;
      classes[CR] = ORDINARY;
    }
  };
  const crlfFile = (at: number): void => {
    if (buf[at + 1] !== LF) throw new CsvFallback('a bare CR');
    crlf = true;
  };
  const fields = new Fields();
  let line = 1;
  let pos = 0;
  while (pos < length) {
    // Start of a record: csv-parse skips lines that are empty.
    const first = classes[buf[pos] as number];
    if (first === LINE_FEED) {
      lineFeedFile();
      line++;
      pos++;
      continue;
    }
    if (first === CARRIAGE_RETURN) {
      crlfFile(pos);
      line++;
      pos += 2;
      continue;
    }
    const recordLine = line;
    fields.count = 0;
    for (;;) {
      let end: number;
      if (buf[pos] === QUOTE) {
        // A quoted field runs to a quote that is not doubled.
        const start = pos + 1;
        let i = start;
        let doubled = 0;
        for (;;) {
          if (i >= length) throw new CsvFallback('a quote not closed');
          const c = buf[i] as number;
          if (c === QUOTE) {
            if (buf[i + 1] !== QUOTE) break;
            doubled = 1;
            i += 2;
            continue;
          }
          if (c === LF) line++;
          i++;
        }
        fields.add(start, i, doubled);
        end = i + 1;
        // (Another quote cannot follow: it would have been a doubled one.)
        if (end < length && classes[buf[end] as number] === ORDINARY) {
          throw new CsvFallback('text after a closing quote');
        }
      } else {
        let i = pos;
        while (i < length && classes[buf[i] as number] === ORDINARY) i++;
        if (i < length && buf[i] === QUOTE) throw new CsvFallback('a quote inside a field');
        fields.add(pos, i, 0);
        end = i;
      }
      // `end` is at a delimiter, a line end, or the end of the buffer.
      if (end >= length) {
        pos = length;
        break;
      }
      const c = classes[buf[end] as number];
      if (c === SEPARATOR) {
        pos = end + 1;
        // A delimiter at the very end still opens a field: csv-parse gives a last, empty one.
        if (pos < length) continue;
        fields.add(pos, pos, 0);
        break;
      }
      if (c === LINE_FEED) {
        lineFeedFile();
        pos = end + 1;
      } else {
        // A CR, which in an LF file is ORDINARY and so never ends a field.
        crlfFile(end);
        pos = end + 2;
      }
      line++;
      break;
    }
    consumer.record(recordLine, buf, fields.starts, fields.ends, fields.escaped, fields.count);
  }
}
