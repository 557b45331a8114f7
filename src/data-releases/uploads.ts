/**
 * Receives the files of an upload form (multipart), each streamed straight to disk under
 * `<data-dir>/uploads/<random>/` with a size limit per file; small text fields come along. A refused or
 * broken upload leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';

export interface ReceivedUpload {
  readonly dir: string;
  readonly files: { name: string; bytes: number }[];
  readonly fields: Record<string, string>;
}

export class UploadRefused extends Error {
  override name = 'UploadRefused';
}

/** Keeps the name recognisable (the contract is told from it) but safe as a file name. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const safe = base.replace(/[^0-9A-Za-z._-]+/g, '_').replace(/^[._]+/, '');
  return safe.slice(-120);
}

export async function receiveUpload(
  req: FastifyRequest,
  options: { uploadsRoot: string; maxBytes: number; maxFiles: number },
): Promise<ReceivedUpload> {
  const dir = join(options.uploadsRoot, `${Date.now()}-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const files: { name: string; bytes: number }[] = [];
  const fields: Record<string, string> = {};
  const megabytes = Math.round(options.maxBytes / 1_000_000);
  try {
    for await (const part of req.parts({
      limits: { fileSize: options.maxBytes, files: options.maxFiles, fields: 10, fieldSize: 2000 },
    })) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (!part.filename) {
        part.file.resume(); // an empty file input
        continue;
      }
      const name = safeFileName(part.filename);
      if (!name) throw new UploadRefused(`De bestandsnaam "${part.filename}" kan niet gebruikt worden.`);
      if (files.some((f) => f.name === name))
        throw new UploadRefused(`Het bestand ${name} zit twee keer in de opgeladen bestanden.`);
      const path = join(dir, name);
      try {
        await pipeline(part.file, createWriteStream(path, { flags: 'wx' }));
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new UploadRefused(
            `Het bestand ${name} is groter dan ${megabytes} MB, de grens voor opladen (UPLOAD_MAX_MB).`,
          );
        throw err;
      }
      files.push({ name, bytes: statSync(path).size });
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    if (err instanceof UploadRefused) throw err;
    const { code, part } = err as { code?: string; part?: { filename?: string } };
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new UploadRefused(
        `Het bestand ${safeFileName(part?.filename ?? '')} is groter dan ${megabytes} MB, de grens voor opladen (UPLOAD_MAX_MB).`,
      );
    if (code === 'FST_FILES_LIMIT')
      throw new UploadRefused(`Laad hoogstens ${options.maxFiles} bestanden tegelijk op.`);
    throw err;
  }
  if (files.length === 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new UploadRefused('Kies minstens één bestand om op te laden.');
  }
  return { dir, files, fields };
}
