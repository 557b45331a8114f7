/**
 * Before any input is opened: it must be a regular, readable file of a bounded size. A symlink to
 * /dev/zero, a FIFO or a directory named like an input would otherwise hang an import or fail with a
 * raw system error; here each becomes an InputError that says what the path is.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { InputError } from '../domain/input-error.js';

/** Ten times the real Statbel file (103 MB uncompressed): bounds time and memory of any one input. */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

const SYSTEM_REASON: Record<string, string> = {
  ENOENT: 'bestand bestaat niet (ENOENT)',
  EACCES: 'geen toestemming om het te lezen (EACCES)',
  EPERM: 'geen toestemming om het te lezen (EPERM)',
  ENOTDIR: 'een pad door iets dat geen map is (ENOTDIR)',
  ELOOP: 'een lus van symbolische koppelingen (ELOOP)',
  ENAMETOOLONG: 'een te lange naam (ENAMETOOLONG)',
};

/** Plain words for a system error on an input path (the code kept in brackets for support). */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return SYSTEM_REASON[code] ?? code;
}

function kindOf(s: Awaited<ReturnType<typeof stat>>): string {
  if (s.isDirectory()) return 'een map';
  if (s.isFIFO()) return 'een named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'een tekenapparaat (zoals /dev/zero)';
  if (s.isBlockDevice()) return 'een blokapparaat';
  if (s.isSocket()) return 'een socket';
  return 'geen gewoon bestand';
}

/** Returns the file's size; throws an InputError for anything but a readable regular file within the bound. */
export async function checkInputFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<number> {
  let s: Awaited<ReturnType<typeof stat>>;
  try {
    s = await stat(path);
  } catch (error) {
    throw new InputError({ file: path }, 'een bestaand, leesbaar bestand', systemReason(error));
  }
  if (!s.isFile()) throw new InputError({ file: path }, 'een gewoon bestand', kindOf(s));
  try {
    await access(path, constants.R_OK);
  } catch (error) {
    throw new InputError({ file: path }, 'een bestaand, leesbaar bestand', systemReason(error));
  }
  if (s.size > maxBytes) {
    throw new InputError({ file: path }, `een bestand van hoogstens ${maxBytes} bytes`, `${s.size} bytes`);
  }
  return s.size;
}
