/** Opens a Statbel download (.txt, or .zip holding the .txt) as a stream of uncompressed chunks. */
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError } from '../../domain/input-error.js';
import { type FileDigest, hashFile, hashWhileReading } from '../file-hash.js';
import { checkInputFile, MAX_INPUT_BYTES } from '../input-file.js';
import { listZipEntries, openZipEntry, type ZipEntry } from '../zip.js';

export interface PopulationInput {
  /** Used in error locations: the path as given, plus the member for zips. */
  where: string;
  fileName: string;
  member?: string;
  /** Uncompressed size, for progress. */
  totalBytes: number;
  chunks: AsyncIterable<Buffer>;
  /** Size and SHA-256 of the file as given; resolves once `chunks` has been read to the end. */
  digest: () => Promise<FileDigest>;
}

const MEMBER_PATTERN = /TF_SOC_POP_STRUCT.*\.txt$/i;

/** `knownDigest`: the caller hashed the file already (e.g. to detect a re-import); then it is not hashed again. */
export async function openPopulationInput(path: string, knownDigest?: FileDigest): Promise<PopulationInput> {
  const size = await checkInputFile(path);
  const extension = extname(path).toLowerCase();
  if (extension === '.zip') return openZip(path, knownDigest);
  if (extension === '.txt') return openText(path, size, knownDigest);
  throw new InputError(
    { file: path },
    'een Statbel-bestand TF_SOC_POP_STRUCT_JJJJ dat eindigt op .txt of .zip',
    extension || 'geen extensie',
  );
}

function openText(path: string, size: number, knownDigest?: FileDigest): PopulationInput {
  let digest: FileDigest | undefined = knownDigest;
  const raw = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  if (knownDigest) {
    return {
      where: path,
      fileName: basename(path),
      totalBytes: size,
      chunks: raw,
      digest: async () => knownDigest,
    };
  }
  return {
    where: path,
    fileName: basename(path),
    totalBytes: size,
    // Hashing in the same pass avoids reading a 100 MB text file twice.
    chunks: hashWhileReading(raw, (d) => {
      digest = d;
    }),
    digest: async () => {
      if (!digest) throw new Error('digest requested before the file was read to the end');
      return digest;
    },
  };
}

async function openZip(path: string, knownDigest?: FileDigest): Promise<PopulationInput> {
  const entries = await listZipEntries(path);
  const entry = chooseMember(path, entries);
  if (entry.uncompressedSize > MAX_INPUT_BYTES) {
    throw new InputError(
      { file: `${path} (bestand ${entry.name} in de zip)` },
      `een bestand van hoogstens ${MAX_INPUT_BYTES} bytes na decompressie`,
      `${entry.uncompressedSize} bytes`,
    );
  }
  // The zip itself is small (~2.5 MB): hash it alongside decompression.
  const digest = knownDigest ? Promise.resolve(knownDigest) : hashFile(path);
  digest.catch(() => {}); // awaited by the caller; avoid an unhandled rejection if parsing fails first
  return {
    where: `${path} (bestand ${entry.name} in de zip)`,
    fileName: basename(path),
    member: entry.name,
    totalBytes: entry.uncompressedSize,
    chunks: openZipEntry(path, entry),
    digest: () => digest,
  };
}

function chooseMember(path: string, entries: ZipEntry[]): ZipEntry {
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const named = files.filter((e) => MEMBER_PATTERN.test(e.name));
  if (named.length === 1 && named[0]) return named[0];
  const texts = files.filter((e) => /\.txt$/i.test(e.name));
  if (named.length === 0 && texts.length === 1 && texts[0]) return texts[0];
  throw new InputError(
    { file: path },
    'precies één bestand TF_SOC_POP_STRUCT_JJJJ.txt (of één enkel .txt-bestand) in de zip',
    files.map((e) => e.name).join(', ') || 'een lege zip',
  );
}
