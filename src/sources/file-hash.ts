/** SHA-256 and size of a file as given, so a release can record exactly which download it was built from. */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileDigest {
  bytes: number;
  sha256: string;
}

export async function hashFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Hashes chunks while passing them on, for inputs read once anyway (saves a second read of a large .txt). */
export async function* hashWhileReading(
  chunks: AsyncIterable<Buffer>,
  done: (digest: FileDigest) => void,
): AsyncGenerator<Buffer> {
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.length;
    yield chunk;
  }
  done({ bytes, sha256: hash.digest('hex') });
}
