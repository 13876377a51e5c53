import { constants as bufferConstants } from 'node:buffer';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { WorkbookOpenError } from '../workbookOpenError';
import type { DeflatedPart, ZipEntry } from './zipArchive';

/**
 * Compresses a part ahead of writing, so a generated sheet's text can be dropped as soon as it is made.
 *
 * @example
 *   const part = deflatePart('<worksheet …/>');
 *   writer.addDeflated('xl/worksheets/sheet9.xml', part);
 */
export function deflatePart(data: Buffer | string): DeflatedPart {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { deflated: deflateRawSync(bytes), crc32: crc32(bytes), size: bytes.length };
}

/**
 * deflatePart over a part made in chunks, compressing each as it comes: a big generated sheet (a
 * first run's notice log) is never whole in memory as text, only compressed.
 *
 * @example
 *   const part = await deflateChunks(worksheetChunks(model, styles, { strict: false }));
 */
export async function deflateChunks(chunks: Iterable<Buffer>): Promise<DeflatedPart> {
  const deflate = createDeflateRaw();
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    // Each chunk is compressed before the next is made (the callback waits for it).
    await new Promise<void>((resolve, reject) => deflate.write(chunk, (e) => (e ? reject(e) : resolve())));
  }
  deflate.end();
  await ended;
  return { deflated: Buffer.concat(out), crc32: crc, size };
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIZE = 22;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;
/** APPNOTE versions: 2.0 for deflate, 4.5 for Zip64. */
const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
const FLAG_UTF8 = 0x0800;
/** MS-DOS date of 1980-01-01, time 00:00: a fixed stamp, so the same input gives the same output. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const TOO_BIG_MESSAGE = '输出文件将超过 4 GB，无法写出：请减少工作簿中的数据后再试';

/** What the central directory needs to know of an entry written. */
interface Written {
  name: Buffer;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * Writes a zip archive entry by entry: entries of the input copied as stored, byte for byte, and new
 * parts deflated. Local headers carry sizes and CRC (no data descriptors) and a fixed date, so the
 * output is deterministic. Zip64 fields are written only where a value needs them (over 65,535
 * entries, or a size or offset of 4 GB or more); an archive that would not fit in one buffer is a
 * WorkbookOpenError.
 *
 * @example
 *   const writer = new ZipWriter();
 *   for (const entry of zip.entries) writer.copy(entry);
 *   writer.add('xl/worksheets/sheet2.xml', xml);
 *   const out = writer.finish();
 */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly written: Written[] = [];
  /** Names taken, compared as OPC compares part names (case-insensitively). */
  private readonly names = new Set<string>();
  private offset = 0;
  private finished = false;

  /** Writes an entry of another archive unchanged: its stored bytes, method, CRC and sizes. */
  copy(entry: ZipEntry): void {
    const raw = entry.raw();
    if (raw.length !== entry.compressedSize) throw new Error(`zip entry ${entry.name}: raw() gave ${raw.length} bytes, compressedSize says ${entry.compressedSize}`);
    this.write(entry.name, entry.method, entry.crc32, entry.size, raw);
  }

  /** Writes a new part, deflated; text is written as UTF-8. */
  add(name: string, data: string | Buffer): void {
    this.addDeflated(name, deflatePart(data));
  }

  /** Writes a part compressed earlier by deflatePart. */
  addDeflated(name: string, part: DeflatedPart): void {
    this.write(name, 8, part.crc32, part.size, part.deflated);
  }

  /** The archive: the entries written, then the central directory and its end records. */
  finish(): Buffer {
    this.checkOpen();
    this.finished = true;
    const directoryOffset = this.offset;
    for (const w of this.written) this.push(centralHeader(w));
    const directorySize = this.offset - directoryOffset;
    const count = this.written.length;
    if (count > MAX_16 || directorySize >= MAX_32 || directoryOffset >= MAX_32) {
      const zip64Offset = this.offset;
      this.push(zip64End(count, directorySize, directoryOffset));
      this.push(zip64Locator(zip64Offset));
    }
    this.push(end(count, directorySize, directoryOffset));
    if (this.offset > bufferConstants.MAX_LENGTH) throw new WorkbookOpenError(TOO_BIG_MESSAGE);
    return Buffer.concat(this.chunks, this.offset);
  }

  private write(name: string, method: number, crc: number, size: number, stored: Buffer): void {
    this.checkOpen();
    const key = name.toLowerCase();
    if (this.names.has(key)) throw new Error(`zip entry ${name} written twice`);
    this.names.add(key);
    if (size > Number.MAX_SAFE_INTEGER || this.offset + stored.length > bufferConstants.MAX_LENGTH) {
      throw new WorkbookOpenError(TOO_BIG_MESSAGE);
    }
    const w: Written = {
      name: Buffer.from(name, 'utf8'),
      // Bit 11: the name is UTF-8. An ASCII name is the same either way, and is left unflagged.
      flags: /^[\x20-\x7e]*$/.test(name) ? 0 : FLAG_UTF8,
      method,
      crc32: crc >>> 0,
      compressedSize: stored.length,
      size,
      offset: this.offset,
    };
    if (w.name.length > MAX_16) throw new Error(`zip entry name too long: ${name.slice(0, 80)}…`);
    this.written.push(w);
    this.push(localHeader(w));
    this.push(stored);
  }

  private push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
  }

  private checkOpen(): void {
    if (this.finished) throw new Error('ZipWriter used after finish()');
  }
}

/** A value for a 32-bit field: itself, or 0xFFFFFFFF meaning "see the Zip64 extra field". */
const field32 = (value: number) => (value >= MAX_32 ? MAX_32 : value);

function localHeader(w: Written): Buffer {
  // APPNOTE 4.5.3: a local Zip64 extra field holds both sizes, and then both 32-bit fields say so.
  const zip64 = w.size >= MAX_32 || w.compressedSize >= MAX_32;
  const extra = zip64 ? zip64Extra([w.size, w.compressedSize]) : Buffer.alloc(0);
  const header = Buffer.alloc(LOCAL_HEADER_SIZE);
  header.writeUInt32LE(SIG_LOCAL, 0);
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 4);
  header.writeUInt16LE(w.flags, 6);
  header.writeUInt16LE(w.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(w.crc32, 14);
  header.writeUInt32LE(zip64 ? MAX_32 : w.compressedSize, 18);
  header.writeUInt32LE(zip64 ? MAX_32 : w.size, 22);
  header.writeUInt16LE(w.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, w.name, extra]);
}

function centralHeader(w: Written): Buffer {
  // APPNOTE 4.5.3: in the central directory only the fields that overflow, in this order.
  const overflowing = [w.size, w.compressedSize, w.offset].filter((v) => v >= MAX_32);
  const zip64 = overflowing.length > 0;
  const extra = zip64 ? zip64Extra(overflowing) : Buffer.alloc(0);
  const version = zip64 ? VERSION_ZIP64 : VERSION_DEFAULT;
  const header = Buffer.alloc(CENTRAL_HEADER_SIZE);
  header.writeUInt32LE(SIG_CENTRAL, 0);
  header.writeUInt16LE(version, 4); // made by: MS-DOS host, this version
  header.writeUInt16LE(version, 6); // needed to extract
  header.writeUInt16LE(w.flags, 8);
  header.writeUInt16LE(w.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(w.crc32, 16);
  header.writeUInt32LE(field32(w.compressedSize), 20);
  header.writeUInt32LE(field32(w.size), 24);
  header.writeUInt16LE(w.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  // Comment length, disk number, internal and external attributes: all 0.
  header.writeUInt32LE(field32(w.offset), 42);
  return Buffer.concat([header, w.name, extra]);
}

function zip64Extra(values: readonly number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(ZIP64_EXTRA_ID, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}

function zip64End(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(ZIP64_EOCD_SIZE);
  record.writeUInt32LE(SIG_ZIP64_EOCD, 0);
  record.writeBigUInt64LE(BigInt(ZIP64_EOCD_SIZE - 12), 4); // the record's size after this field
  record.writeUInt16LE(VERSION_ZIP64, 12);
  record.writeUInt16LE(VERSION_ZIP64, 14);
  // Disk numbers (this disk, the directory's): 0.
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  return record;
}

function zip64Locator(zip64Offset: number): Buffer {
  const locator = Buffer.alloc(ZIP64_LOCATOR_SIZE);
  locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
  locator.writeBigUInt64LE(BigInt(zip64Offset), 8);
  locator.writeUInt32LE(1, 16); // total number of disks
  return locator;
}

function end(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(EOCD_SIZE);
  record.writeUInt32LE(SIG_EOCD, 0);
  record.writeUInt16LE(Math.min(count, MAX_16), 8);
  record.writeUInt16LE(Math.min(count, MAX_16), 10);
  record.writeUInt32LE(field32(size), 12);
  record.writeUInt32LE(field32(offset), 16);
  return record;
}
