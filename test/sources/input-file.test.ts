/**
 * The check before any input is opened (issue 13 §1): a missing, unreadable, oversized or irregular
 * path becomes a Dutch InputError naming the file, never a raw EACCES/EISDIR. The suite runs as root in
 * CI, where chmod 000 does not stop reading, so the permission case makes `access` refuse instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';

const denied = vi.hoisted(() => ({ path: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    access: async (path: string, mode?: number) => {
      if (path === denied.path) {
        throw Object.assign(new Error(`EACCES: permission denied, access '${path}'`), { code: 'EACCES' });
      }
      return real.access(path, mode);
    },
  };
});

const { checkInputFile } = await import('../../src/sources/input-file.js');
const { useTempDir } = await import('./temp-dir.js');

const file = useTempDir('input-file');

async function refusal(path: string, maxBytes?: number): Promise<InputError> {
  const error = await checkInputFile(path, maxBytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('checkInputFile', () => {
  it('gives the size of a readable regular file', async () => {
    const path = file('ok.txt');
    writeFileSync(path, 'abc');
    expect(await checkInputFile(path)).toBe(3);
  });

  it('refuses a file it may not read (EACCES) in Dutch, naming the file', async () => {
    denied.path = file('geheim.txt');
    writeFileSync(denied.path, 'abc');
    const error = await refusal(denied.path);
    expect(error.message).toBe(
      `${denied.path}: verwacht een bestaand, leesbaar bestand, gevonden "geen toestemming om het te lezen (EACCES)"`,
    );
  });

  it('refuses a missing file and a directory', async () => {
    expect((await refusal(file('nergens.txt'))).found).toBe('bestand bestaat niet (ENOENT)');
    const dir = file('map.txt');
    mkdirSync(dir);
    const error = await refusal(dir);
    expect([error.expected, error.found]).toEqual(['een gewoon bestand', 'een map']);
  });

  it('refuses a file over the bound', async () => {
    const path = file('groot.txt');
    writeFileSync(path, '0123456789');
    const error = await refusal(path, 5);
    expect([error.expected, error.found]).toEqual(['een bestand van hoogstens 5 bytes', '10 bytes']);
  });
});
