/**
 * The zip container of an .xlsx package, as the rest of src/xlsx sees it. The reader
 * (readZip.ts) and the writer (ZipWriter.ts) implement it; everything else uses only this.
 */
export interface ZipEntry {
  /** The entry's name as stored (OPC part names are compared case-insensitively by readers). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** Uncompressed size. */
  readonly size: number;
  /** The stored (compressed) bytes exactly as in the file, for copying an entry unchanged. */
  raw(): Buffer;
  /** The uncompressed bytes. */
  bytes(): Buffer;
}

export interface ZipArchive {
  /** Entries in central-directory order. */
  readonly entries: readonly ZipEntry[];
  /** An entry by exact name, else by case-insensitive name; undefined when absent. */
  get(name: string): ZipEntry | undefined;
  /** Uncompressed bytes of an entry; undefined when absent. */
  bytes(name: string): Buffer | undefined;
  /** The same decoded as UTF-8 (a BOM dropped); undefined when absent. */
  text(name: string): string | undefined;
}

/** An entry compressed ahead of writing (a generated part, so its text need not stay in memory). */
export interface DeflatedPart {
  readonly deflated: Buffer;
  readonly crc32: number;
  readonly size: number;
}
