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
  ENOENT: 'no such file (ENOENT)',
  EACCES: 'no permission to read it (EACCES)',
  EPERM: 'no permission to read it (EPERM)',
  ENOTDIR: 'a path through something that is not a directory (ENOTDIR)',
  ELOOP: 'a loop of symbolic links (ELOOP)',
  ENAMETOOLONG: 'a name that is too long (ENAMETOOLONG)',
};

/** Plain words for a system error on an input path (the code kept in brackets for support). */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return SYSTEM_REASON[code] ?? code;
}

function kindOf(s: Awaited<ReturnType<typeof stat>>): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice()) return 'a character device (such as /dev/zero)';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Returns the file's size; throws an InputError for anything but a readable regular file within the bound. */
export async function checkInputFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<number> {
  let s: Awaited<ReturnType<typeof stat>>;
  try {
    s = await stat(path);
  } catch (error) {
    throw new InputError({ file: path }, 'an existing, readable file', systemReason(error));
  }
  if (!s.isFile()) throw new InputError({ file: path }, 'a regular file', kindOf(s));
  try {
    await access(path, constants.R_OK);
  } catch (error) {
    throw new InputError({ file: path }, 'an existing, readable file', systemReason(error));
  }
  if (s.size > maxBytes) {
    throw new InputError({ file: path }, `a file of at most ${maxBytes} bytes`, `${s.size} bytes`);
  }
  return s.size;
}
