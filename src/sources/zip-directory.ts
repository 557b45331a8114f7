/** Reads a zip's central directory: which members it holds, their sizes, CRCs and offsets. */
import { open } from 'node:fs/promises';
import { InputError } from '../domain/input-error.js';

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflate
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIG = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CENTRAL_SIG = 0x02014b50;
const CENTRAL_SIZE = 46;
const MAX_COMMENT = 0xffff;

export async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function fileSize(path: string): Promise<number> {
  const fh = await open(path, 'r');
  try {
    return (await fh.stat()).size;
  } finally {
    await fh.close();
  }
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment. */
function findEocd(tail: Buffer): number {
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG && i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length)
      return i;
  }
  return -1;
}

export async function listZipEntries(path: string): Promise<ZipEntry[]> {
  const size = await fileSize(path);
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = await readAt(path, tailStart, size - tailStart);
  const eocd = findEocd(tail);
  if (eocd < 0) {
    throw new InputError(
      { file: path },
      'een volledig zipbestand (geen einde van de centrale map: geen zip, of de download is afgebroken)',
    );
  }
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const zip64 = eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIG;
  if (zip64 || count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new InputError(
      { file: path },
      'een zipbestand zonder ZIP64-uitbreidingen (pak het uit en geef het .txt-bestand op)',
    );
  }
  const eocdPosition = tailStart + eocd;
  if (cdOffset + cdSize > eocdPosition) {
    throw new InputError({ file: path }, 'een volledig zipbestand (de centrale map is afgebroken)');
  }
  const cd = await readAt(path, cdOffset, cdSize);
  return parseCentralDirectory(path, cd, count);
}

function parseCentralDirectory(path: string, cd: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_SIZE > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) {
      throw new InputError(
        { file: path },
        `een volledig zipbestand (item ${i + 1} van ${count} in de centrale map is afgebroken of beschadigd)`,
      );
    }
    const flags = cd.readUInt16LE(p + 8);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const nameBytes = cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLength);
    // Bit 11 marks UTF-8 names; older tools write CP437, close enough to latin1 for ASCII names.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    entries.push({
      name,
      method: cd.readUInt16LE(p + 10),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
      encrypted: (flags & 1) !== 0,
    });
    p += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  if (p > cd.length)
    throw new InputError({ file: path }, 'een volledig zipbestand (de centrale map is afgebroken)');
  return entries;
}
