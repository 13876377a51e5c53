import zlib from 'node:zlib';
import JSZip from 'jszip';
import { WorkbookOpenError } from '../workbookOpenError';
import { readZip } from './readZip';

/** One entry of an archive built byte by byte, for what JSZip cannot write. */
interface HandEntry {
  name: string;
  data: Buffer | string;
  /** 0 stored (the default here) or 8 deflated; anything else is written as said, data as given. */
  method?: number;
  /** Flag bits to add (bit 3 is set by `descriptor`). */
  flags?: number;
  /** A data descriptor after the data, local header fields 0; 'signed' starts it with its signature. */
  descriptor?: 'plain' | 'signed';
  /** Sizes and offset in a Zip64 extra field (0xFFFFFFFF in the 32-bit fields). */
  zip64?: boolean;
  /** A CRC to write instead of the real one. */
  crc?: number;
  /** A local extra field that differs from the central one. */
  localExtra?: Buffer;
  /** Name bytes as stored, instead of UTF-8 of `name`. */
  nameBytes?: Buffer;
}

interface HandOptions {
  comment?: string;
  /** Zip64 end of central directory record and locator, with 0xFFFF… in the classic record. */
  zip64End?: boolean;
  /** An entry count to state instead of the real one. */
  count?: number;
}

const u16 = (v: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(v);
  return b;
};
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};
const u64 = (v: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
};

/** Writes a zip after APPNOTE, field by field (dates 0: nothing here reads them). */
function handZip(entries: HandEntry[], options: HandOptions = {}): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const push = (...bs: Buffer[]) => {
    for (const b of bs) {
      chunks.push(b);
      offset += b.length;
    }
  };
  const centrals: Buffer[] = [];
  for (const e of entries) {
    const data = Buffer.from(e.data);
    const method = e.method ?? 0;
    const stored = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = e.crc ?? zlib.crc32(data);
    const name = e.nameBytes ?? Buffer.from(e.name, 'utf8');
    const flags = (e.flags ?? 0) | (e.descriptor ? 0x08 : 0);
    const at = offset;
    const sized = (v: number) => (e.zip64 ? 0xffffffff : v);
    const localExtra = e.localExtra ?? (e.zip64 ? Buffer.concat([u16(1), u16(16), u64(data.length), u64(stored.length)]) : Buffer.alloc(0));
    push(
      u32(0x04034b50), u16(e.zip64 ? 45 : 20), u16(flags), u16(method), u16(0), u16(0),
      u32(e.descriptor ? 0 : crc), u32(e.descriptor ? 0 : sized(stored.length)), u32(e.descriptor ? 0 : sized(data.length)),
      u16(name.length), u16(localExtra.length), name, localExtra, stored,
    );
    if (e.descriptor === 'signed') push(u32(0x08074b50));
    if (e.descriptor) push(u32(crc), u32(stored.length), u32(data.length));
    const centralExtra = e.zip64 ? Buffer.concat([u16(1), u16(24), u64(data.length), u64(stored.length), u64(at)]) : Buffer.alloc(0);
    centrals.push(Buffer.concat([
      u32(0x02014b50), u16(e.zip64 ? 45 : 20), u16(e.zip64 ? 45 : 20), u16(flags), u16(method), u16(0), u16(0),
      u32(crc), u32(sized(stored.length)), u32(sized(data.length)), u16(name.length), u16(centralExtra.length), u16(0),
      u16(0), u16(0), u32(0), u32(sized(at)), name, centralExtra,
    ]));
  }
  const cdOffset = offset;
  push(...centrals);
  const cdSize = offset - cdOffset;
  const count = options.count ?? entries.length;
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  if (options.zip64End) {
    const recordAt = offset;
    push(u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(count), u64(count), u64(cdSize), u64(cdOffset));
    push(u32(0x07064b50), u32(0), u64(recordAt), u32(1));
    push(u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(comment.length), comment);
  } else {
    push(u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cdSize), u32(cdOffset), u16(comment.length), comment);
  }
  return Buffer.concat(chunks);
}

const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>督办事项</t></is></c></row></sheetData></worksheet>';
const DAMAGED = '文件不完整或已损坏（无法读取 zip 目录）：请重新获取文件，或在 Excel 中打开后另存为 .xlsx';

/** The WorkbookOpenError a call throws (failing the test when it throws none, or another kind). */
function openError(f: () => unknown): WorkbookOpenError {
  try {
    f();
  } catch (e) {
    if (e instanceof WorkbookOpenError) return e;
    throw e;
  }
  throw new Error('no WorkbookOpenError thrown');
}

async function jszipOf(
  files: Record<string, string | Buffer>,
  { compression = 'DEFLATE', streamFiles = false }: { compression?: 'DEFLATE' | 'STORE'; streamFiles?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression, streamFiles });
}

describe('readZip', () => {
  it('reads a JSZip archive: entries in directory order, sizes from the directory, text', async () => {
    const data = await jszipOf({ '[Content_Types].xml': '<Types/>', 'xl/worksheets/sheet1.xml': SHEET, 'docProps/app.xml': '' });
    const zip = readZip(data);
    expect(zip.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'docProps/app.xml']);
    const sheet = zip.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.method).toBe(8);
    expect(sheet.size).toBe(Buffer.byteLength(SHEET));
    expect(sheet.crc32).toBe(zlib.crc32(SHEET));
    expect(zip.text('xl/worksheets/sheet1.xml')).toBe(SHEET);
    expect(zip.bytes('docProps/app.xml')).toEqual(Buffer.alloc(0));
    expect(zip.text('xl/missing.xml')).toBeUndefined();
    expect(zip.bytes('xl/missing.xml')).toBeUndefined();
  });

  it('returns stored entries as they are, and raw() is the stored bytes exactly', async () => {
    const data = await jszipOf({ 'a.xml': '<a/>' }, { compression: 'STORE' });
    const entry = readZip(data).get('a.xml')!;
    expect(entry.method).toBe(0);
    expect(entry.raw().toString()).toBe('<a/>');
    expect(entry.bytes().toString()).toBe('<a/>');
    const deflated = readZip(handZip([{ name: 'b.xml', data: SHEET, method: 8 }])).get('b.xml')!;
    expect(deflated.raw()).toEqual(zlib.deflateRawSync(Buffer.from(SHEET)));
    expect(deflated.compressedSize).toBe(deflated.raw().length);
  });

  it('finds the data through the local header’s own name and extra lengths', () => {
    const data = handZip([{ name: 'x.xml', data: '<x/>', localExtra: Buffer.concat([u16(0xcafe), u16(5), Buffer.from('12345')]) }]);
    expect(readZip(data).text('x.xml')).toBe('<x/>');
  });

  it('reads entries written with a data descriptor (zeros in the local header), with or without its signature', () => {
    const data = handZip([
      { name: 'one.xml', data: SHEET, method: 8, descriptor: 'signed' },
      { name: 'two.xml', data: '<two/>', method: 8, descriptor: 'plain' },
    ]);
    const zip = readZip(data);
    expect(zip.get('one.xml')!.size).toBe(Buffer.byteLength(SHEET));
    expect(zip.text('one.xml')).toBe(SHEET);
    expect(zip.text('two.xml')).toBe('<two/>');
  });

  it('reads what JSZip writes with data descriptors (streamFiles)', async () => {
    const data = await jszipOf({ 'xl/worksheets/sheet1.xml': SHEET, 'xl/styles.xml': '<styleSheet/>' }, { streamFiles: true });
    expect(data.readUInt16LE(6) & 0x08).toBe(0x08);
    expect(data.readUInt32LE(18)).toBe(0);
    const zip = readZip(data);
    expect(zip.get('xl/worksheets/sheet1.xml')!.size).toBe(Buffer.byteLength(SHEET));
    expect(zip.text('xl/worksheets/sheet1.xml')).toBe(SHEET);
    expect(zip.text('xl/styles.xml')).toBe('<styleSheet/>');
  });

  it('inflates only when asked, and keeps only the last text', async () => {
    const data = await jszipOf({ 'a.xml': '<a/>', 'b.xml': '<b/>', 'c.xml': '<c/>' });
    const inflate = jest.spyOn(zlib, 'inflateRawSync');
    try {
      const zip = readZip(data);
      expect(inflate).not.toHaveBeenCalled();
      expect(zip.text('b.xml')).toBe('<b/>');
      expect(zip.text('b.xml')).toBe('<b/>');
      expect(inflate).toHaveBeenCalledTimes(1);
      zip.text('a.xml');
      zip.text('b.xml');
      expect(inflate).toHaveBeenCalledTimes(3);
    } finally {
      inflate.mockRestore();
    }
  });

  describe('where the archive sits in the file', () => {
    const zip = handZip([{ name: 'a.xml', data: '<a/>', method: 8 }, { name: 'b.xml', data: '<b/>' }]);

    it('reads past a zip comment', () => {
      expect(readZip(handZip([{ name: 'a.xml', data: '<a/>' }], { comment: 'written by hand' })).text('a.xml')).toBe('<a/>');
    });

    it('reads a zip with bytes appended after it, even bytes that look like an end record', () => {
      const tail = Buffer.concat([Buffer.from('trailing junk '), u32(0x06054b50), Buffer.alloc(30, 7)]);
      const read = readZip(Buffer.concat([zip, tail]));
      expect(read.entries.map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
      expect(read.text('a.xml')).toBe('<a/>');
    });

    it('reads a zip with an empty archive’s end record appended', () => {
      const read = readZip(Buffer.concat([zip, u32(0x06054b50), Buffer.alloc(18)]));
      expect(read.entries.map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
    });

    it('reads a zip with more than 64 KB appended', () => {
      expect(readZip(Buffer.concat([zip, Buffer.alloc(100_000, 0x20)])).text('b.xml')).toBe('<b/>');
    });

    it('reads a zip with bytes prepended (offsets stated from the zip’s own start)', () => {
      const read = readZip(Buffer.concat([Buffer.from('MZ self-extractor header '.repeat(10)), zip]));
      expect(read.text('a.xml')).toBe('<a/>');
      expect(read.text('b.xml')).toBe('<b/>');
    });
  });

  describe('Zip64', () => {
    const entries: HandEntry[] = [
      { name: 'xl/worksheets/sheet1.xml', data: SHEET, method: 8, zip64: true },
      { name: 'xl/styles.xml', data: '<styleSheet/>', zip64: true },
    ];

    it('reads the Zip64 end records and the Zip64 extra fields', () => {
      const zip = readZip(handZip(entries, { zip64End: true }));
      expect(zip.entries.map((e) => [e.name, e.size])).toEqual([
        ['xl/worksheets/sheet1.xml', Buffer.byteLength(SHEET)],
        ['xl/styles.xml', 13],
      ]);
      expect(zip.text('xl/worksheets/sheet1.xml')).toBe(SHEET);
      expect(zip.text('xl/styles.xml')).toBe('<styleSheet/>');
    });

    it('reads a Zip64 archive with bytes prepended and appended', () => {
      const data = Buffer.concat([Buffer.alloc(77, 1), handZip(entries, { zip64End: true }), Buffer.alloc(9, 2)]);
      expect(readZip(data).text('xl/styles.xml')).toBe('<styleSheet/>');
    });
  });

  describe('names', () => {
    it('decodes UTF-8 names when flag bit 11 says so, and when valid UTF-8 without it', () => {
      const zip = readZip(handZip([
        { name: 'customXml/台账.xml', data: '<a/>', flags: 0x0800 },
        { name: 'docs/说明.txt', data: '<b/>' },
        { name: 'latin', nameBytes: Buffer.from([0x63, 0x61, 0x66, 0xe9]), data: '<c/>' },
      ]));
      expect(zip.entries.map((e) => e.name)).toEqual(['customXml/台账.xml', 'docs/说明.txt', 'café']);
    });

    it('finds a part by exact name first, then case-insensitively, with or without a leading /', () => {
      const zip = readZip(handZip([
        { name: 'xl/Workbook.xml', data: 'upper' },
        { name: 'xl/workbook.xml', data: 'lower' },
        { name: '/xl/styles.xml', data: 'slashed' },
      ]));
      expect(zip.text('xl/Workbook.xml')).toBe('upper');
      expect(zip.text('xl/workbook.xml')).toBe('lower');
      expect(zip.text('XL/WORKBOOK.XML')).toBe('upper');
      expect(zip.text('/xl/workbook.xml')).toBe('upper');
      expect(zip.text('xl/styles.xml')).toBe('slashed');
      expect(zip.get('/xl/styles.xml')!.name).toBe('/xl/styles.xml');
    });
  });

  describe('text', () => {
    const xml = '<?xml version="1.0"?><sst><si><t>交办单位</t></si></sst>';
    const read = (bytes: Buffer) => readZip(handZip([{ name: 'p.xml', data: bytes, method: 8 }])).text('p.xml');

    it('drops a UTF-8 byte order mark', () => {
      expect(read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]))).toBe(xml);
    });

    it('decodes UTF-16LE and UTF-16BE parts by their byte order mark', () => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
      const be = Buffer.from(le).swap16();
      expect(be.subarray(0, 2)).toEqual(Buffer.from([0xfe, 0xff]));
      expect(read(le)).toBe(xml);
      expect(read(be)).toBe(xml);
    });
  });

  describe('what it cannot read, said in Chinese', () => {
    it('names a part whose CRC does not match', () => {
      const zip = readZip(handZip([{ name: 'xl/worksheets/sheet1.xml', data: SHEET, method: 8, crc: 0x12345678 }]));
      expect(openError(() => zip.text('xl/worksheets/sheet1.xml')).message).toBe(
        '文件已损坏：部件 xl/worksheets/sheet1.xml 的数据不完整或校验失败，请重新获取文件，或在 Excel 中打开后另存为 .xlsx',
      );
    });

    it('names a part whose stored data was damaged', async () => {
      const data = await jszipOf({ 'xl/sharedStrings.xml': SHEET.repeat(20) });
      const entry = readZip(data).get('xl/sharedStrings.xml')!;
      const at = data.indexOf(entry.raw());
      data.fill(0xff, at + 5, at + 25);
      expect(openError(() => readZip(data).bytes('xl/sharedStrings.xml')).message).toMatch(/^文件已损坏：部件 xl\/sharedStrings\.xml /);
    });

    it('refuses a stored entry whose size disagrees with the directory', () => {
      const data = handZip([{ name: 'a.xml', data: '<abc/>' }]);
      data.writeUInt32LE(5, data.indexOf(u32(0x02014b50)) + 24); // uncompressed size 6 → 5
      expect(openError(() => readZip(data).bytes('a.xml')).message).toMatch(/^文件已损坏：部件 a\.xml /);
    });

    it('refuses other compression methods and encrypted entries, naming the part', () => {
      const zip = readZip(handZip([
        { name: 'xl/worksheets/sheet1.xml', data: 'BZh9…', method: 12 },
        { name: 'xl/styles.xml', data: 'encrypted', flags: 0x0001 },
      ]));
      expect(openError(() => zip.bytes('xl/worksheets/sheet1.xml')).message).toBe(
        '文件中的部件 xl/worksheets/sheet1.xml 使用了不支持的压缩方式（方法 12）：请在 Excel 中打开后另存为 .xlsx',
      );
      expect(zip.get('xl/worksheets/sheet1.xml')!.raw().toString()).toBe('BZh9…');
      expect(openError(() => zip.text('xl/styles.xml')).message).toBe('文件中的部件 xl/styles.xml 已加密：请在 Excel 中打开后另存为 .xlsx');
    });

    it('says a cut-short zip is incomplete', async () => {
      const data = await jszipOf({ 'a.xml': SHEET, 'b.xml': SHEET });
      expect(openError(() => readZip(data.subarray(0, data.length - 30))).message).toBe(DAMAGED);
      expect(openError(() => readZip(data.subarray(0, 40))).message).toBe(DAMAGED);
    });

    it('says a directory that lost an entry is damaged', () => {
      expect(openError(() => readZip(handZip([{ name: 'a', data: 'a' }, { name: 'b', data: 'b' }], { count: 3 }))).message).toBe(DAMAGED);
    });

    it('says a local header that is not there is damaged, naming the part', () => {
      const data = handZip([{ name: 'a.xml', data: '<a/>' }]);
      data.writeUInt32LE(0, 0);
      expect(openError(() => readZip(data).get('a.xml')!.raw()).message).toMatch(/^文件已损坏：部件 a\.xml /);
    });

    it('says what is not a zip at all, and what is empty', () => {
      expect(openError(() => readZip(Buffer.from('编号,督办事项\n1,修路\n'))).message).toBe('不是 .xlsx 文件（文件内容不是 zip 格式）');
      expect(openError(() => readZip(Buffer.alloc(0))).message).toBe('文件是空的（0 字节）：请重新获取文件');
    });

    it('reads an empty archive as no entries', () => {
      expect(readZip(handZip([])).entries).toEqual([]);
    });
  });
});
