/**
 * Minimal zip reader (stored and deflate members, no ZIP64): enough for Statbel downloads,
 * with plain-language errors instead of a dependency's internals.
 */
import { createReadStream } from 'node:fs';
import zlib from 'node:zlib';
import { InputError } from '../domain/input-error.js';
import { fileSize, readAt, type ZipEntry } from './zip-directory.js';

export { listZipEntries, type ZipEntry } from './zip-directory.js';

const LOCAL_SIG = 0x04034b50;
const LOCAL_SIZE = 30;

/** Where the member's data starts: the local header's own name/extra lengths may differ from the central ones. */
async function dataStart(path: string, entry: ZipEntry): Promise<number> {
  const where = `${path} (bestand ${entry.name} in de zip)`;
  const header = await readAt(path, entry.localHeaderOffset, LOCAL_SIZE);
  if (header.length < LOCAL_SIZE || header.readUInt32LE(0) !== LOCAL_SIG) {
    throw new InputError(
      { file: where },
      `een lokale bestandskop op byte ${entry.localHeaderOffset} (het zipbestand is beschadigd)`,
    );
  }
  const start = entry.localHeaderOffset + LOCAL_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > (await fileSize(path))) {
    throw new InputError(
      { file: where },
      `${entry.compressedSize} bytes gecomprimeerde gegevens (de gegevens zijn afgebroken)`,
    );
  }
  return start;
}

function checkSupported(where: string, entry: ZipEntry): void {
  if (entry.encrypted) throw new InputError({ file: where }, 'een niet-versleuteld bestand in de zip');
  if (entry.method !== 0 && entry.method !== 8) {
    throw new InputError(
      { file: where },
      'een bestand in de zip dat niet of met deflate gecomprimeerd is',
      `compressiemethode ${entry.method}`,
    );
  }
}

function inflateError(where: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end of file/i.test(message)) {
    return new InputError({ file: where }, 'volledige gecomprimeerde gegevens (de gegevens zijn afgebroken)');
  }
  return new InputError(
    { file: where },
    'geldige deflate-gecomprimeerde gegevens (het zipbestand is beschadigd)',
    message,
  );
}

/** Streams the uncompressed bytes of one member, checking its size and CRC-32 at the end. */
export async function* openZipEntry(path: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const where = `${path} (bestand ${entry.name} in de zip)`;
  checkSupported(where, entry);
  const start = await dataStart(path, entry);
  let crc = 0;
  let size = 0;
  if (entry.compressedSize > 0) {
    const raw = createReadStream(path, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 1 << 20,
    });
    // A generous read-ahead lets inflate (thread pool) run while the caller parses the previous chunk.
    const source =
      entry.method === 8
        ? raw.pipe(
            zlib.createInflateRaw({ chunkSize: 1 << 20, readableHighWaterMark: 4 << 20 } as zlib.ZlibOptions),
          )
        : raw;
    if (source !== raw) raw.on('error', (e) => source.destroy(e));
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        if (size > entry.uncompressedSize) break; // damaged or hostile: stop now, reported below
        yield chunk;
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw inflateError(where, error);
    } finally {
      raw.destroy();
      source.destroy();
    }
  } else if (entry.method === 8) {
    throw new InputError({ file: where }, 'gecomprimeerde gegevens (het bestand in de zip heeft er geen)');
  }
  if (size !== entry.uncompressedSize) {
    throw new InputError(
      { file: where },
      `${entry.uncompressedSize} bytes na decompressie (het zipbestand is beschadigd)`,
      size > entry.uncompressedSize ? `meer dan ${entry.uncompressedSize} bytes` : `${size} bytes`,
    );
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) {
    throw new InputError(
      { file: where },
      `CRC-32 ${hex(entry.crc32)} (het zipbestand is beschadigd)`,
      `CRC-32 ${hex(crc)}`,
    );
  }
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
