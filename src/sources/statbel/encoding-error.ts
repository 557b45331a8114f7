/** Points at the line and field holding the first byte that is not UTF-8. */
import { InputError } from '../../domain/input-error.js';
import { firstInvalidUtf8 } from './utf8.js';

const LF = 0x0a;
const CR = 0x0d;
const PIPE = 0x7c;

export interface BadByte {
  offset: number;
  lineStart: number;
}

function locate(buf: Buffer, start: number): BadByte {
  const offset = firstInvalidUtf8(buf, start, buf.length);
  const lineStart = offset <= start ? start : Math.max(start, buf.lastIndexOf(LF, offset - 1) + 1);
  return { offset, lineStart };
}

function build(buf: Buffer, bad: BadByte, line: number, where: string, names?: string[]): InputError {
  let column = 1;
  let fieldStart = bad.lineStart;
  for (let i = bad.lineStart; i < bad.offset; i++) {
    if (buf[i] === PIPE) {
      column++;
      fieldStart = i + 1;
    }
  }
  let fieldEnd = bad.offset;
  while (fieldEnd < buf.length && buf[fieldEnd] !== PIPE && buf[fieldEnd] !== LF && buf[fieldEnd] !== CR)
    fieldEnd++;
  return new InputError(
    { file: where, line, column, field: names?.[column - 1] },
    'UTF-8-tekst (het bestand lijkt een andere codering te gebruiken, bv. Windows-1252)',
    // Shown as Windows-1252/Latin-1 so the user recognises the word (e.g. "Liège").
    buf.toString('latin1', fieldStart, fieldEnd),
  );
}

export const encodingError = { locate, build };
