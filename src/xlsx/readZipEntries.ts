import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a zip archive (an .xlsx package), read from its central directory: names, and a
 * way to get one entry's bytes. Node's own zlib inflates, many times faster than a JavaScript
 * inflater on a large sheet. Stored (0) and deflated (8) entries only, as .xlsx packages use; no
 * zip64 (a package over 4 GB is not a ledger).
 */
export interface ZipEntries {
  names: string[];
  /** The entry's uncompressed bytes; undefined when there is no such entry. */
  bytes(name: string): Buffer | undefined;
  /** The same as UTF-8 text. */
  text(name: string): string | undefined;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipEntries(data: Buffer): ZipEntries {
  // The end-of-central-directory record: 22 bytes, plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('不是完整的 zip 文件（找不到中央目录）');
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let n = 0; n < count; n++) {
    if (data.readUInt32LE(at) !== CENTRAL) throw new Error('zip 中央目录已损坏');
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const offset = data.readUInt32LE(at + 42);
    entries.set(data.toString('utf8', at + 46, at + 46 + nameLength), { method, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    text(name) {
      return this.bytes(name)?.toString('utf8');
    },
    bytes(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const { method, size, offset } = entry;
      if (data.readUInt32LE(offset) !== LOCAL) throw new Error(`zip 条目已损坏：${name}`);
      const start = offset + 30 + data.readUInt16LE(offset + 26) + data.readUInt16LE(offset + 28);
      const raw = data.subarray(start, start + size);
      if (method === 0) return raw;
      if (method === 8) return inflateRawSync(raw);
      throw new Error(`zip 条目使用了不支持的压缩方式 ${method}：${name}`);
    },
  };
}
