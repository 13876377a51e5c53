import type { ZipArchive, ZipEntry } from '../../src/xlsx/zip/zipArchive';

/** A ZipArchive over parts given as text, stored: for tests of what reads a package, without a zip file. */
export function zipOf(parts: Map<string, string>): ZipArchive {
  const entries: ZipEntry[] = [...parts].map(([name, text]) => {
    const data = Buffer.from(text, 'utf8');
    return { name, method: 0, crc32: 0, compressedSize: data.length, size: data.length, raw: () => data, bytes: () => data };
  });
  const get = (name: string) => entries.find((e) => e.name === name) ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
  return { entries, get, bytes: (name) => get(name)?.bytes(), text: (name) => get(name)?.bytes().toString('utf8').replace(/^\uFEFF/, '') };
}
