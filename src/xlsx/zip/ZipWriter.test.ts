import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookOpenError } from '../workbookOpenError';
import { readZip } from './readZip';
import { ZipWriter, deflateChunks, deflatePart } from './ZipWriter';
import type { ZipEntry } from './zipArchive';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = ['examples/demo-ledger.xlsx', 'test/fixtures/government-report-table.xlsx'];
const UNZIP = '/usr/bin/unzip';
const withUnzip = fs.existsSync(UNZIP) ? it : it.skip;

/** readZip → copy every entry → finish: the package as this writer writes it. */
function copied(data: Buffer): Buffer {
  const writer = new ZipWriter();
  for (const entry of readZip(data).entries) writer.copy(entry);
  return writer.finish();
}

/** An entry that is only numbers: for sizes no test can hold in memory. */
const fakeEntry = (name: string, size: number, raw: Buffer): ZipEntry => ({
  name,
  method: 8,
  crc32: 0,
  compressedSize: raw.length,
  size,
  raw: () => raw,
  bytes: () => {
    throw new Error('not readable');
  },
});

/** `unzip -tq` on an archive written to a temporary file; its output. */
function unzipTest(data: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipwriter-'));
  try {
    const file = path.join(dir, 'out.xlsx');
    fs.writeFileSync(file, data);
    return execFileSync(UNZIP, ['-tq', file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('ZipWriter', () => {
  describe.each(FIXTURES)('copying every entry of %s', (fixture) => {
    const input = fs.readFileSync(path.join(ROOT, fixture));
    const output = copied(input);

    it('gives the same entries, stored bytes and contents', () => {
      const before = readZip(input).entries;
      const after = readZip(output).entries;
      expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
      after.forEach((e, i) => {
        const b = before[i];
        expect([e.method, e.crc32, e.size, e.compressedSize]).toEqual([b.method, b.crc32, b.size, b.compressedSize]);
        expect(e.raw().equals(b.raw())).toBe(true);
        expect(e.bytes().equals(b.bytes())).toBe(true);
      });
    });

    it('writes the same bytes again from its own output (a fixed date, no descriptors)', () => {
      expect(copied(output).equals(output)).toBe(true);
    });

    it('is a workbook ExcelJS loads', async () => {
      const fromInput = new ExcelJS.Workbook();
      await fromInput.xlsx.load(input as unknown as ArrayBuffer);
      const fromOutput = new ExcelJS.Workbook();
      await fromOutput.xlsx.load(output as unknown as ArrayBuffer);
      expect(fromOutput.worksheets.map((ws) => ws.name)).toEqual(fromInput.worksheets.map((ws) => ws.name));
      const cells = (wb: ExcelJS.Workbook) => wb.worksheets[0].getSheetValues().slice(0, 5).map((row) => JSON.stringify(row));
      expect(cells(fromOutput)).toEqual(cells(fromInput));
    });

    withUnzip('passes unzip -t', () => {
      expect(unzipTest(output)).toMatch(/No errors detected/);
    });
  });

  it('round-trips what JSZip wrote with data descriptors, stored and deflated', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a>督办</a>', { compression: 'STORE', createFolders: false });
    zip.file('xl/worksheets/sheet1.xml', '<row/>'.repeat(500), { createFolders: false });
    const input = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true });
    const after = readZip(copied(input));
    expect(after.entries.map((e) => [e.name, e.method])).toEqual([['a.xml', 0], ['xl/worksheets/sheet1.xml', 8]]);
    expect(after.text('a.xml')).toBe('<a>督办</a>');
    expect(after.text('xl/worksheets/sheet1.xml')).toBe('<row/>'.repeat(500));
  });

  it('adds parts deflated, as text in UTF-8, that JSZip reads back', async () => {
    const writer = new ZipWriter();
    writer.add('xl/worksheets/sheet2.xml', '<t>逾期未办结</t>');
    writer.add('xl/media/blob.bin', Buffer.from([0, 1, 2, 255]));
    writer.addDeflated('xl/worksheets/sheet3.xml', deflatePart('<t>本周新增</t>'));
    const out = writer.finish();
    const jszip = await JSZip.loadAsync(out);
    expect(await jszip.file('xl/worksheets/sheet2.xml')!.async('string')).toBe('<t>逾期未办结</t>');
    expect([...(await jszip.file('xl/media/blob.bin')!.async('nodebuffer'))]).toEqual([0, 1, 2, 255]);
    expect(await jszip.file('xl/worksheets/sheet3.xml')!.async('string')).toBe('<t>本周新增</t>');
    expect(readZip(out).entries.map((e) => e.method)).toEqual([8, 8, 8]);
  });

  it('writes the fixed date 1980-01-01 00:00, version 2.0 and no flags for an ASCII name', () => {
    const writer = new ZipWriter();
    writer.add('a.xml', '<a/>');
    const out = writer.finish();
    expect(out.subarray(0, 14)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0]));
    expect(out.readUInt32LE(14)).toBe(zlib.crc32('<a/>'));
    expect(out.readUInt32LE(22)).toBe(4);
  });

  it('flags a non-ASCII name as UTF-8 (bit 11), in the local and the central header', async () => {
    const writer = new ZipWriter();
    writer.add('customXml/督办.xml', '<a/>');
    const out = writer.finish();
    expect(out.readUInt16LE(6)).toBe(0x0800);
    expect(out.readUInt16LE(out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8)).toBe(0x0800);
    expect(readZip(out).entries[0].name).toBe('customXml/督办.xml');
    expect(Object.keys((await JSZip.loadAsync(out)).files)).toEqual(['customXml/督办.xml']);
  });

  it('deflatePart gives the deflated bytes, CRC and uncompressed size', () => {
    const part = deflatePart('<c>交办</c>');
    expect(part.size).toBe(13);
    expect(part.crc32).toBe(zlib.crc32(Buffer.from('<c>交办</c>')));
    expect(zlib.inflateRawSync(part.deflated).toString()).toBe('<c>交办</c>');
    expect(deflatePart(Buffer.from('<c>交办</c>'))).toEqual(part);
  });

  it('deflateChunks gives what deflatePart gives for the chunks joined, and the part reads back in an archive', async () => {
    const chunks = ['<worksheet><sheetData>', '<row r="1"><c r="A1" t="inlineStr"><is><t>县住建局</t></is></c></row>', '</sheetData></worksheet>'].map((t) => Buffer.from(t));
    const whole = Buffer.concat(chunks);
    const part = await deflateChunks(chunks);
    expect(part.size).toBe(whole.length);
    expect(part.crc32).toBe(zlib.crc32(whole));
    expect(zlib.inflateRawSync(part.deflated)).toEqual(whole);
    const writer = new ZipWriter();
    writer.addDeflated('xl/worksheets/sheet9.xml', part);
    expect(await (await JSZip.loadAsync(writer.finish())).file('xl/worksheets/sheet9.xml')?.async('string')).toBe(whole.toString());
    expect(await deflateChunks([])).toMatchObject({ size: 0, crc32: 0 });
  });

  it('writes an empty archive that readers accept', async () => {
    const out = new ZipWriter().finish();
    expect(out).toEqual(Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    expect(readZip(out).entries).toEqual([]);
    expect(Object.keys((await JSZip.loadAsync(out)).files)).toEqual([]);
  });

  it('refuses a name written twice, as OPC compares names (ignoring case)', () => {
    const writer = new ZipWriter();
    writer.add('xl/styles.xml', '<a/>');
    expect(() => writer.add('xl/styles.xml', '<b/>')).toThrow('zip entry xl/styles.xml written twice');
    expect(() => writer.addDeflated('XL/Styles.xml', deflatePart('<b/>'))).toThrow('zip entry XL/Styles.xml written twice');
  });

  it('refuses to be used after finish(), and an entry whose raw() disagrees with its size', () => {
    const writer = new ZipWriter();
    expect(() => writer.copy(fakeEntry('a.xml', 10, Buffer.alloc(3)))).not.toThrow();
    expect(() => writer.copy({ ...fakeEntry('b.xml', 10, Buffer.alloc(3)), compressedSize: 4 })).toThrow(
      'zip entry b.xml: raw() gave 3 bytes, compressedSize says 4',
    );
    writer.finish();
    expect(() => writer.add('c.xml', '')).toThrow('ZipWriter used after finish()');
    expect(() => writer.finish()).toThrow('ZipWriter used after finish()');
  });

  describe('Zip64, only where needed', () => {
    it('writes Zip64 end records for more than 65,535 entries, which readZip and unzip read', () => {
      const writer = new ZipWriter();
      const part = deflatePart('<c/>');
      const count = 65_540;
      for (let i = 0; i < count; i++) writer.addDeflated(`xl/p/${i}.xml`, part);
      const out = writer.finish();
      const eocd = out.length - 22;
      expect(out.readUInt32LE(eocd)).toBe(0x06054b50);
      expect(out.readUInt16LE(eocd + 10)).toBe(0xffff);
      expect(out.readUInt32LE(eocd - 20)).toBe(0x07064b50);
      expect(out.readUInt32LE(eocd - 20 - 56)).toBe(0x06064b50);
      const zip = readZip(out);
      expect(zip.entries.length).toBe(count);
      expect(zip.entries[count - 1].name).toBe('xl/p/65539.xml');
      expect(zip.text('xl/p/65539.xml')).toBe('<c/>');
      if (fs.existsSync(UNZIP)) expect(unzipTest(out)).toMatch(/No errors detected/);
    });

    it('writes no Zip64 record for 65,535 entries', () => {
      const writer = new ZipWriter();
      const part = deflatePart('');
      for (let i = 0; i < 65_535; i++) writer.addDeflated(`${i}`, part);
      const out = writer.finish();
      expect(out.readUInt16LE(out.length - 12)).toBe(65_535);
      expect(out.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(false);
      expect(readZip(out).entries.length).toBe(65_535);
    });

    it('carries an uncompressed size of 4 GB or more in Zip64 extra fields', () => {
      const size = 2 ** 32 + 5;
      const writer = new ZipWriter();
      writer.add('small.xml', '<a/>');
      writer.copy(fakeEntry('xl/worksheets/sheet1.xml', size, Buffer.from('deflated')));
      const out = writer.finish();
      const local = out.indexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 30;
      expect(out.readUInt16LE(local + 4)).toBe(45);
      expect([out.readUInt32LE(local + 18), out.readUInt32LE(local + 22)]).toEqual([0xffffffff, 0xffffffff]);
      expect(out.readUInt16LE(local + 28)).toBe(20);
      const entry = readZip(out).get('xl/worksheets/sheet1.xml')!;
      expect([entry.size, entry.compressedSize, entry.raw().toString()]).toEqual([size, 8, 'deflated']);
      expect(readZip(out).text('small.xml')).toBe('<a/>');
    });

    it('refuses, in Chinese, a part larger than any buffer can hold', () => {
      const writer = new ZipWriter();
      let error: unknown;
      try {
        writer.copy(fakeEntry('xl/worksheets/sheet1.xml', 2 ** 60, Buffer.alloc(1)));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkbookOpenError);
      expect((error as Error).message).toBe('输出文件将超过 4 GB，无法写出：请减少工作簿中的数据后再试');
    });
  });
});
