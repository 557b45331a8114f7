import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { listZipEntries, openZipEntry, type ZipEntry } from '../../src/sources/zip.js';
import { makeZip, writeZip } from './make-zip.js';
import { useTempDir } from './temp-dir.js';

const REAL_ZIP = fileURLToPath(new URL('../../data/samples/TF_SOC_POP_STRUCT_2021.zip', import.meta.url));
const tmp = useTempDir('zip-test');

async function readAll(path: string, entry: ZipEntry): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of openZipEntry(path, entry)) parts.push(chunk);
  return Buffer.concat(parts);
}

async function firstEntryError(path: string): Promise<InputError> {
  try {
    const [entry] = await listZipEntries(path);
    if (entry) await readAll(path, entry);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('listZipEntries / openZipEntry', () => {
  it('reads deflated and stored members, with a comment and a local-only extra field', async () => {
    const text = 'CD_REFNIS|MS_POPULATION\r\n11002|5\r\n'.repeat(500);
    const path = writeZip(
      tmp('two.zip'),
      [
        { name: 'a.txt', data: text, localExtra: Buffer.from([0x55, 0x54, 1, 0, 7]) },
        { name: 'dir/b.bin', data: Buffer.from([0, 1, 2, 255]), method: 0 },
      ],
      { comment: 'made in a test' },
    );
    const entries = await listZipEntries(path);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 8, Buffer.byteLength(text)],
      ['dir/b.bin', 0, 4],
    ]);
    expect((await readAll(path, entries[0] as ZipEntry)).toString('utf8')).toBe(text);
    expect([...(await readAll(path, entries[1] as ZipEntry))]).toEqual([0, 1, 2, 255]);
  });

  it('lists the real Statbel zip', async () => {
    const [entry, ...rest] = await listZipEntries(REAL_ZIP);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      name: 'TF_SOC_POP_STRUCT_2021.txt',
      method: 8,
      compressedSize: 2540599,
      uncompressedSize: 102792993,
      crc32: 0x46440cd8,
      encrypted: false,
    });
  });

  it('lets the caller stop early without hanging', async () => {
    const [entry] = await listZipEntries(REAL_ZIP);
    for await (const chunk of openZipEntry(REAL_ZIP, entry as ZipEntry)) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
  });

  it('rejects a file that is not a zip', async () => {
    const path = tmp('plain.zip');
    writeFileSync(path, 'CD_REFNIS|CD_SEX\r\n');
    const err = await firstEntryError(path);
    expect(err.location).toEqual({ file: path });
    expect(err.message).toContain('geen einde van de centrale map');
  });

  it('rejects the real zip cut in half', async () => {
    const path = tmp('half.zip');
    const bytes = readFileSync(REAL_ZIP);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    const err = await firstEntryError(path);
    expect(err.location.file).toBe(path);
    expect(err.message).toMatch(
      /^.*half\.zip: verwacht een volledig zipbestand \(geen einde van de centrale map/,
    );
  });

  it('rejects a central directory that is cut off', async () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello' }]);
    bytes.writeUInt32LE(bytes.readUInt32LE(bytes.length - 10) + 40, bytes.length - 10); // directory size
    const path = tmp('cd.zip');
    writeFileSync(path, bytes);
    expect((await firstEntryError(path)).message).toContain('de centrale map is afgebroken');
  });

  it('rejects a directory that promises more entries than it holds', async () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello' }]);
    bytes.writeUInt16LE(2, bytes.length - 12); // total entries
    const path = tmp('count.zip');
    writeFileSync(path, bytes);
    expect((await firstEntryError(path)).message).toContain('item 2 van 2 in de centrale map is afgebroken');
  });

  it('rejects a missing local header', async () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello' }]);
    bytes.writeUInt32LE(0, 0);
    const path = tmp('local.zip');
    writeFileSync(path, bytes);
    const err = await firstEntryError(path);
    expect(err.location).toEqual({ file: `${path} (bestand a.txt in de zip)` });
    expect(err.message).toContain('verwacht een lokale bestandskop op byte 0');
  });

  it('rejects deflate data that stops in the middle', async () => {
    const data = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 10007).join('|');
    const full = makeZip([{ name: 'a.txt', data }]).length;
    const path = writeZip(tmp('short.zip'), [
      { name: 'a.txt', data, keepCompressedBytes: (full - 100) >> 1 },
    ]);
    const err = await firstEntryError(path);
    expect(err.location).toEqual({ file: `${path} (bestand a.txt in de zip)` });
    expect(err.message).toContain('verwacht volledige gecomprimeerde gegevens (de gegevens zijn afgebroken)');
  });

  it('rejects a member whose data runs past the end of the file', async () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello', method: 0 }]);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(10_000, central + 20); // compressed size
    const path = tmp('past-end.zip');
    writeFileSync(path, bytes);
    expect((await firstEntryError(path)).message).toContain(
      '10000 bytes gecomprimeerde gegevens (de gegevens zijn afgebroken)',
    );
  });

  it('rejects a CRC mismatch', async () => {
    const path = writeZip(tmp('crc.zip'), [{ name: 'a.txt', data: 'hello world', crc32: 0x12345678 }]);
    const err = await firstEntryError(path);
    expect(err.location).toEqual({ file: `${path} (bestand a.txt in de zip)` });
    expect(err.expected).toBe('CRC-32 12345678 (het zipbestand is beschadigd)');
    expect(err.found).toBe(`CRC-32 ${(0x0d4a1185).toString(16).padStart(8, '0')}`);
  });

  it('rejects a size mismatch', async () => {
    const path = writeZip(tmp('size.zip'), [{ name: 'a.txt', data: 'hello world', uncompressedSize: 12 }]);
    const err = await firstEntryError(path);
    expect(err.expected).toBe('12 bytes na decompressie (het zipbestand is beschadigd)');
    expect(err.found).toBe('11 bytes');
    const big = writeZip(tmp('big.zip'), [{ name: 'a.txt', data: 'hello world', uncompressedSize: 5 }]);
    expect((await firstEntryError(big)).found).toBe('meer dan 5 bytes');
  });

  it('rejects corrupt deflate data', async () => {
    const path = writeZip(tmp('corrupt.zip'), [
      { name: 'a.txt', data: Buffer.from([0xff, 0xff, 0xff]), method: 0 },
    ]);
    const bytes = readFileSync(path);
    bytes.writeUInt16LE(8, 8); // claim deflate in the local header
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt16LE(8, central + 10);
    writeFileSync(path, bytes);
    expect((await firstEntryError(path)).expected).toBe(
      'geldige deflate-gecomprimeerde gegevens (het zipbestand is beschadigd)',
    );
  });

  it('rejects encrypted members', async () => {
    const path = writeZip(tmp('secret.zip'), [{ name: 'a.txt', data: 'x', flags: 1 }]);
    expect((await firstEntryError(path)).expected).toBe('een niet-versleuteld bestand in de zip');
  });

  it('rejects unsupported compression methods', async () => {
    const path = writeZip(tmp('bzip.zip'), [{ name: 'a.txt', data: 'x', method: 12 }]);
    const err = await firstEntryError(path);
    expect(err.expected).toBe('een bestand in de zip dat niet of met deflate gecomprimeerd is');
    expect(err.found).toBe('compressiemethode 12');
  });

  it('rejects ZIP64 archives with a clear message', async () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'x' }]);
    bytes.writeUInt32LE(0xffffffff, bytes.length - 6); // directory offset
    const path = tmp('zip64.zip');
    writeFileSync(path, bytes);
    expect((await firstEntryError(path)).expected).toContain('zonder ZIP64');
  });
});
