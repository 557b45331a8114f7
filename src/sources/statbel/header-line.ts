/** The first line of the file (BOM already removed): checked for UTF-8, then parsed as the header. */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../../domain/input-error.js';
import { encodingError } from './encoding-error.js';
import { type ColumnLayout, EXPECTED_HEADER_START, parseHeader } from './header.js';

const LF = 0x0a;
const CR = 0x0d;

/** `buf` holds whole lines; returns the layout and the offset of the first data line. */
export function readHeaderLine(buf: Buffer, where: string): { layout: ColumnLayout; next: number } {
  const newline = buf.indexOf(LF);
  const end = newline > 0 && buf[newline - 1] === CR ? newline - 1 : newline;
  if (!isUtf8(buf.subarray(0, end))) {
    throw encodingError.build(buf, encodingError.locate(buf, 0), 1, where, undefined);
  }
  const text = buf.toString('utf8', 0, end);
  if (text.trim() === '') {
    throw new InputError({ file: where, line: 1 }, EXPECTED_HEADER_START, 'een lege eerste regel');
  }
  return { layout: parseHeader(text, where), next: newline + 1 };
}
