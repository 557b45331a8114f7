/**
 * Regroups arbitrary chunks into buffers of whole lines, each ending in '\n', so the parser
 * never sees a line split across buffers. A final line without terminator gets one; a BOM is dropped.
 */
const LF = 0x0a;
const NEWLINE = Buffer.from([LF]);

function withoutBom(buf: Buffer): Buffer {
  return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
}

export async function* wholeLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer | undefined; // bytes after the last '\n' seen so far
  let atStart = true;
  for await (const input of chunks) {
    let chunk = input;
    if (atStart) {
      // Decide about the BOM only once 3 bytes are in (chunks may be tiny in tests).
      chunk = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = undefined;
      if (chunk.length < 3) {
        carry = chunk;
        continue;
      }
      chunk = withoutBom(chunk);
      atStart = false;
    }
    const first = chunk.indexOf(LF);
    if (first < 0) {
      carry = carry ? Buffer.concat([carry, chunk]) : chunk;
      continue;
    }
    let start = 0;
    if (carry) {
      yield Buffer.concat([carry, chunk.subarray(0, first + 1)]);
      start = first + 1;
    }
    const last = chunk.lastIndexOf(LF);
    if (last >= start) yield chunk.subarray(start, last + 1);
    carry = last + 1 < chunk.length ? chunk.subarray(last + 1) : undefined;
  }
  if (carry && atStart) carry = withoutBom(carry);
  if (carry && carry.length > 0) yield Buffer.concat([carry, NEWLINE]);
}
