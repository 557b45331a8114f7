/**
 * Test helper: builds small zip files byte by byte (local headers, data, central directory, EOCD),
 * with knobs to produce the malformed zips a reader must reject.
 */
import { writeFileSync } from 'node:fs';
import zlib from 'node:zlib';

export interface ZipMember {
  name: string;
  data: Buffer | string;
  /** 8 = deflate (default), 0 = stored, anything else to test unsupported methods. */
  method?: number;
  /** Override the CRC-32 written in the headers (to fake corruption). */
  crc32?: number;
  /** Override the uncompressed size written in the headers. */
  uncompressedSize?: number;
  /** Keep only this many bytes of compressed data; headers then state the shortened size. */
  keepCompressedBytes?: number;
  /** General-purpose flags (bit 0 = encrypted). */
  flags?: number;
  /** Extra field in the local header only (real tools often write one the central directory lacks). */
  localExtra?: Buffer;
}

export interface ZipOptions {
  comment?: string;
}

export function makeZip(members: ZipMember[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const raw = typeof m.data === 'string' ? Buffer.from(m.data, 'utf8') : m.data;
    const method = m.method ?? 8;
    let data = method === 8 ? zlib.deflateRawSync(raw) : raw;
    if (m.keepCompressedBytes !== undefined) data = data.subarray(0, m.keepCompressedBytes);
    const name = Buffer.from(m.name, 'utf8');
    const extra = m.localExtra ?? Buffer.alloc(0);
    const crc = m.crc32 ?? zlib.crc32(raw);
    const size = m.uncompressedSize ?? raw.length;
    const flags = (m.flags ?? 0) | 0x800; // names are UTF-8

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + extra.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(members.length, 8);
  eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, eocd, comment]);
}

export function writeZip(path: string, members: ZipMember[], options?: ZipOptions): string {
  writeFileSync(path, makeZip(members, options));
  return path;
}
