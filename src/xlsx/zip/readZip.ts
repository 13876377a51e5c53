import { constants as bufferConstants } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import { WorkbookOpenError } from '../workbookOpenError';
import type { ZipArchive, ZipEntry } from './zipArchive';

/**
 * Reads a zip archive (an .xlsx package) from its central directory, after PKWARE's APPNOTE.
 *
 * Only the directory is parsed up front; an entry is inflated when it is asked for, so a 200,000-row
 * sheet costs memory only while its text is in use. The reader is lenient where Excel is: a comment
 * or bytes appended after the archive, bytes prepended before it, Zip64 records, data descriptors.
 * Everything it cannot read is a WorkbookOpenError in words for the user.
 *
 * @example
 *   const zip = readZip(await fs.readFile('ledger.xlsx'));
 *   const workbookXml = zip.text('xl/workbook.xml');
 */
export function readZip(data: Buffer): ZipArchive {
  const directory = readDirectory(data);
  return makeArchive(data, readCentralDirectory(data, directory));
}

/** Said for a buffer that has no zip structure at all (a text file renamed .xlsx, say). */
const NOT_A_ZIP_MESSAGE = '不是 .xlsx 文件（文件内容不是 zip 格式）';
/** Said for a zip whose directory is missing or unreadable (most often a download cut short). */
const DAMAGED_ZIP_MESSAGE = '文件不完整或已损坏（无法读取 zip 目录）：请重新获取文件，或在 Excel 中打开后另存为 .xlsx';
const EMPTY_FILE_MESSAGE = '文件是空的（0 字节）：请重新获取文件';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x06, 0x06]);
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_32 = 0xffffffff;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;

/** Where the central directory is, and by how much every stated offset is off (prepended bytes). */
interface Directory {
  start: number;
  size: number;
  count: number;
  shift: number;
}

/** One central-directory record, with Zip64 values already applied. */
interface CentralRecord {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * Finds the end of central directory record scanning backwards, and from it the directory. A
 * candidate must point at a central directory (at its stated offset, or shifted by prepended
 * bytes), so a stray signature in appended bytes or in compressed data is passed over.
 */
function readDirectory(data: Buffer): Directory {
  if (data.length === 0) throw new WorkbookOpenError(EMPTY_FILE_MESSAGE);
  // An empty archive's record is also what a stray signature followed by zeros looks like: it is
  // taken only when no record before it describes entries.
  let empty: Directory | undefined;
  for (let at = data.lastIndexOf(EOCD_SIGNATURE); at >= 0; at = at > 0 ? data.lastIndexOf(EOCD_SIGNATURE, at - 1) : -1) {
    const directory = candidateAt(data, at);
    if (directory !== undefined && directory.count > 0) return directory;
    empty ??= directory;
  }
  if (empty !== undefined) return empty;
  // A zip cut short still starts with a local header; anything else was never a zip.
  const looksLikeZip = data.length >= 4 && data.readUInt32LE(0) === SIG_LOCAL;
  throw new WorkbookOpenError(looksLikeZip ? DAMAGED_ZIP_MESSAGE : NOT_A_ZIP_MESSAGE);
}

/** A candidate's directory; one whose Zip64 numbers cannot be read is no candidate either. */
function candidateAt(data: Buffer, eocd: number): Directory | undefined {
  try {
    return directoryAt(data, eocd);
  } catch {
    return undefined;
  }
}

/** The directory an EOCD candidate at `eocd` describes, or undefined when the candidate does not hold. */
function directoryAt(data: Buffer, eocd: number): Directory | undefined {
  if (eocd + EOCD_SIZE > data.length) return undefined;
  let count = data.readUInt16LE(eocd + 10);
  let size = data.readUInt32LE(eocd + 12);
  let offset = data.readUInt32LE(eocd + 16);
  // The directory ends where the record after it begins: the Zip64 record when there is one.
  let end = eocd;
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && data.readUInt32LE(locator) === SIG_ZIP64_LOCATOR) {
    const zip64 = findZip64Record(data, locator);
    if (zip64 === undefined) return undefined;
    count = readUInt64(data, zip64 + 32);
    size = readUInt64(data, zip64 + 40);
    offset = readUInt64(data, zip64 + 48);
    end = zip64;
  }
  if (size > end || (count > 0 && size < CENTRAL_HEADER_SIZE)) return undefined;
  if (count === 0 && size === 0) return { start: end, size, count, shift: 0 };
  for (const shift of [0, end - size - offset]) {
    const start = offset + shift;
    if (start >= 0 && start + size <= end && start + 4 <= data.length && data.readUInt32LE(start) === SIG_CENTRAL) {
      return { start, size, count, shift };
    }
  }
  return undefined;
}

/** The Zip64 end of central directory record a locator points at (or, with prepended bytes, the one before it). */
function findZip64Record(data: Buffer, locator: number): number | undefined {
  const stated = readUInt64(data, locator + 8);
  if (stated + ZIP64_EOCD_SIZE <= locator && data.readUInt32LE(stated) === SIG_ZIP64_EOCD) return stated;
  const found = locator >= ZIP64_EOCD_SIZE ? data.lastIndexOf(ZIP64_EOCD_SIGNATURE, locator - ZIP64_EOCD_SIZE) : -1;
  return found >= 0 ? found : undefined;
}

function readCentralDirectory(data: Buffer, directory: Directory): CentralRecord[] {
  const records: CentralRecord[] = [];
  const end = directory.start + directory.size;
  let at = directory.start;
  while (at < end) {
    if (at + CENTRAL_HEADER_SIZE > end || data.readUInt32LE(at) !== SIG_CENTRAL) throw new WorkbookOpenError(DAMAGED_ZIP_MESSAGE);
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > end) throw new WorkbookOpenError(DAMAGED_ZIP_MESSAGE);
    const record: CentralRecord = {
      name: decodeName(data.subarray(nameStart, extraStart), (flags & FLAG_UTF8) !== 0),
      flags,
      method: data.readUInt16LE(at + 10),
      crc32: data.readUInt32LE(at + 16),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
    };
    applyZip64Extra(record, data.subarray(extraStart, extraStart + extraLength));
    record.localOffset += directory.shift;
    records.push(record);
    at = next;
  }
  // An old writer may have let a count over 65,535 wrap; any other disagreement is damage.
  if (records.length % 0x10000 !== directory.count % 0x10000) throw new WorkbookOpenError(DAMAGED_ZIP_MESSAGE);
  return records;
}

/** Replaces the 32-bit fields that say 0xFFFFFFFF by the Zip64 extra field's values, in APPNOTE's order. */
function applyZip64Extra(record: CentralRecord, extra: Buffer): void {
  if (record.size !== MAX_32 && record.compressedSize !== MAX_32 && record.localOffset !== MAX_32) return;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    const body = extra.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    if (id !== ZIP64_EXTRA_ID) continue;
    let field = 0;
    const take = (): number => {
      if (field + 8 > body.length) throw new WorkbookOpenError(DAMAGED_ZIP_MESSAGE);
      const value = readUInt64(body, field);
      field += 8;
      return value;
    };
    if (record.size === MAX_32) record.size = take();
    if (record.compressedSize === MAX_32) record.compressedSize = take();
    if (record.localOffset === MAX_32) record.localOffset = take();
    return;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An entry name: UTF-8 when the writer says so (flag bit 11); otherwise ASCII as OOXML names are,
 * else UTF-8 when the bytes are valid UTF-8 (many writers omit the flag), else Latin-1.
 */
function decodeName(bytes: Buffer, utf8: boolean): string {
  if (utf8) return bytes.toString('utf8');
  if (bytes.every((b) => b < 0x80)) return bytes.toString('latin1');
  try {
    return UTF8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** A 64-bit little-endian size or offset; beyond 2^53 it cannot be in a buffer anyway. */
function readUInt64(data: Buffer, at: number): number {
  if (at < 0 || at + 8 > data.length) throw new WorkbookOpenError(DAMAGED_ZIP_MESSAGE);
  const value = data.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new WorkbookOpenError(DAMAGED_ZIP_MESSAGE);
  return Number(value);
}

function damagedPart(name: string): WorkbookOpenError {
  return new WorkbookOpenError(`文件已损坏：部件 ${name} 的数据不完整或校验失败，请重新获取文件，或在 Excel 中打开后另存为 .xlsx`);
}

function unsupportedPart(name: string, why: string): WorkbookOpenError {
  return new WorkbookOpenError(`文件中的部件 ${name} ${why}：请在 Excel 中打开后另存为 .xlsx`);
}

/** A directory record as a ZipEntry: its stored bytes found through its local header, inflated on demand. */
function makeEntry(data: Buffer, record: CentralRecord): ZipEntry {
  const { name, flags, method } = record;
  const raw = (): Buffer => {
    if ((flags & FLAG_ENCRYPTED) !== 0) throw unsupportedPart(name, '已加密');
    const at = record.localOffset;
    if (at < 0 || at + LOCAL_HEADER_SIZE > data.length || data.readUInt32LE(at) !== SIG_LOCAL) throw damagedPart(name);
    // The local header's own lengths: its extra field may differ from the central one.
    const start = at + LOCAL_HEADER_SIZE + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const end = start + record.compressedSize;
    if (end > data.length) throw damagedPart(name);
    return data.subarray(start, end);
  };
  const bytes = (): Buffer => {
    const stored = raw();
    let out: Buffer;
    if (method === 0) out = stored;
    else if (method === 8) out = inflate(stored, record);
    else throw unsupportedPart(name, `使用了不支持的压缩方式（方法 ${method}）`);
    if (out.length !== record.size || crc32(out) !== record.crc32) throw damagedPart(name);
    return out;
  };
  return {
    name,
    method,
    crc32: record.crc32,
    compressedSize: record.compressedSize,
    size: record.size,
    raw,
    bytes,
  };
}

/** Inflates no further than the stated size, so a lying header cannot exhaust memory. */
function inflate(stored: Buffer, record: CentralRecord): Buffer {
  try {
    return inflateRawSync(stored, { maxOutputLength: Math.min(Math.max(record.size, 1), bufferConstants.MAX_LENGTH) });
  } catch {
    throw damagedPart(record.name);
  }
}

/** OPC part names compare case-insensitively, and some writers store or ask with a leading '/'. */
const looseKey = (name: string) => name.replace(/^\/+/, '').toLowerCase();

function makeArchive(data: Buffer, records: readonly CentralRecord[]): ZipArchive {
  const entries = records.map((r) => makeEntry(data, r));
  const exact = new Map<string, ZipEntry>();
  const loose = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (!exact.has(entry.name)) exact.set(entry.name, entry);
    const key = looseKey(entry.name);
    if (!loose.has(key)) loose.set(key, entry);
  }
  // The last text asked for: readers often ask for the same small part twice in a row.
  let last: { entry: ZipEntry; text: string } | undefined;
  const get = (name: string) => exact.get(name) ?? loose.get(looseKey(name));
  return {
    entries,
    get,
    bytes: (name) => get(name)?.bytes(),
    text(name) {
      const entry = get(name);
      if (entry === undefined) return undefined;
      if (last?.entry !== entry) last = { entry, text: decodeText(entry.bytes()) };
      return last.text;
    },
  };
}

/** XML parts are UTF-8 or, with a byte order mark, UTF-16; a UTF-8 BOM is dropped. */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2, bytes.length - (bytes.length % 2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}
