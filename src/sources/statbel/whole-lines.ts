/**
 * Regroups arbitrary chunks into buffers of whole lines, each ending in '\n', so the parser
 * never sees a line split across buffers. A final line without terminator gets one; a BOM is dropped.
 * A line longer than `maxLineBytes` is refused as soon as that many bytes are in: the pieces of an
 * unfinished line are kept as a list and joined once, so a hostile 1 GiB line costs neither
 * quadratic copying nor more than the bound in memory.
 */
const LF = 0x0a;
const NEWLINE = Buffer.from([LF]);

/** Far above any Statbel line (about 250 bytes) and far below what would strain memory. */
export const MAX_LINE_BYTES = 64 * 1024;

export interface WholeLinesOptions {
  readonly maxLineBytes?: number;
  /** The error for a line over the bound (given the bytes seen of it so far). */
  readonly tooLong?: (bytes: number) => Error;
}

function withoutBom(buf: Buffer): Buffer {
  return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
}

class Carry {
  private pieces: Buffer[] = [];
  length = 0;

  add(piece: Buffer): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** The carried bytes followed by `tail`, and empties the carry. */
  take(tail?: Buffer): Buffer {
    const all = tail ? [...this.pieces, tail] : this.pieces;
    const out = all.length === 1 ? (all[0] as Buffer) : Buffer.concat(all);
    this.pieces = [];
    this.length = 0;
    return out;
  }
}

export async function* wholeLines(
  chunks: AsyncIterable<Buffer>,
  options: WholeLinesOptions = {},
): AsyncGenerator<Buffer> {
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  const tooLong = options.tooLong ?? ((bytes) => new Error(`a line of more than ${bytes} bytes`));
  const carry = new Carry(); // bytes after the last '\n' seen so far
  let atStart = true;
  for await (const input of chunks) {
    let chunk = input;
    if (atStart) {
      // Decide about the BOM only once 3 bytes are in (chunks may be tiny in tests).
      chunk = carry.length > 0 ? carry.take(chunk) : chunk;
      if (chunk.length < 3) {
        carry.add(chunk);
        continue;
      }
      chunk = withoutBom(chunk);
      atStart = false;
    }
    const first = chunk.indexOf(LF);
    if (first < 0) {
      carry.add(chunk);
      if (carry.length > max) throw tooLong(carry.length);
      continue;
    }
    if (carry.length + first > max) throw tooLong(carry.length + first);
    let start = 0;
    if (carry.length > 0) {
      yield carry.take(chunk.subarray(0, first + 1));
      start = first + 1;
    }
    const last = chunk.lastIndexOf(LF);
    if (last >= start) yield chunk.subarray(start, last + 1);
    carry.add(chunk.subarray(last + 1));
    if (carry.length > max) throw tooLong(carry.length);
  }
  let rest = carry.take();
  if (atStart) rest = withoutBom(rest);
  if (rest.length > 0) yield Buffer.concat([rest, NEWLINE]);
}
