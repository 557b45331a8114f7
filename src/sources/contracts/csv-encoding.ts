/** Points at the line and field holding the first byte that is not UTF-8 (most often a Windows-1252 export). */
import { InputError } from '../../domain/input-error.js';
import { firstInvalidUtf8 } from '../statbel/utf8.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** `start`: first byte after a BOM; `delimiter`: the one the header uses. */
export function encodingError(buf: Buffer, start: number, delimiter: string, file: string): InputError {
  const offset = firstInvalidUtf8(buf, start, buf.length);
  const lineStart = buf.lastIndexOf(LF, offset - 1) + 1;
  let line = 1;
  for (let i = start; i < lineStart; i++) if (buf[i] === LF) line++;
  const sep = delimiter.charCodeAt(0);
  let column = 1;
  let fieldStart = Math.max(lineStart, start);
  let quoted = false;
  // Quotes are followed only within this line: enough to find the field in a tidy file.
  for (let i = fieldStart; i < offset; i++) {
    if (buf[i] === QUOTE) quoted = !quoted;
    else if (buf[i] === sep && !quoted) {
      column++;
      fieldStart = i + 1;
    }
  }
  let fieldEnd = offset;
  while (fieldEnd < buf.length && ![sep, LF, CR].includes(buf[fieldEnd] as number)) fieldEnd++;
  return new InputError(
    { file, line, column, field: headerNames(buf, start, delimiter)[column - 1] },
    'UTF-8-tekst (het bestand lijkt Windows-1252 / Latin-1; sla het in Excel op als "CSV UTF-8")',
    // Decoded as Latin-1 so the user recognises the word (e.g. "Liège").
    buf.toString('latin1', fieldStart, fieldEnd),
  );
}

function headerNames(buf: Buffer, start: number, delimiter: string): string[] {
  const end = buf.indexOf(LF, start);
  const text = buf.toString('latin1', start, end < 0 ? buf.length : end);
  return text.split(delimiter).map((n) => n.trim().replace(/^"(.*)"$/, '$1'));
}
