import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { identifyFile } from './identifyFile';

const ROOT = path.join(__dirname, '..', '..', '..');

const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';

const rels = (target: string, type = TRANSITIONAL_REL) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;

const contentTypes = (part: string, type: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/${part}" ContentType="${type}"/></Types>`;

/** A tiny Office package: content types, package relationships and the main part. */
function office(part: string, type: string, relType = TRANSITIONAL_REL): Record<string, string> {
  return { '[Content_Types].xml': contentTypes(part, type), '_rels/.rels': rels(part, relType), [part]: '<main/>' };
}

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The message identifyFile gives, or 'xlsx'. */
const verdict = (data: Buffer) => {
  const id = identifyFile(data);
  return id.kind === 'xlsx' ? 'xlsx' : id.message;
};

describe('identifyFile', () => {
  describe('workbooks', () => {
    it('takes an .xlsx and hands back its zip', () => {
      const id = identifyFile(fs.readFileSync(path.join(ROOT, 'examples/demo-ledger.xlsx')));
      expect(id.kind).toBe('xlsx');
      if (id.kind === 'xlsx') expect(id.zip.get('xl/workbook.xml')).toBeDefined();
    });

    it.each([
      ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
      ['.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'],
      ['.xltx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml'],
      ['.xltm', 'application/vnd.ms-excel.template.macroEnabled.main+xml'],
    ])('takes a %s package', async (_, type) => {
      expect(verdict(await zipOf(office('xl/workbook.xml', type)))).toBe('xlsx');
    });

    it('takes a Strict OOXML workbook', async () => {
      const files = office('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', STRICT_REL);
      expect(verdict(await zipOf(files))).toBe('xlsx');
    });

    it('takes a main part named with a leading / and in another case', async () => {
      const files = {
        '[Content_Types].xml': contentTypes('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
        '_rels/.rels': rels('/xl/Workbook.xml'),
        'xl/workbook.xml': '<workbook/>',
      };
      expect(verdict(await zipOf(files))).toBe('xlsx');
    });

    it('takes a main part under xl/ that has no content type, but not one typed as plain XML', async () => {
      const noType = {
        '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        '_rels/.rels': rels('xl/workbook.xml'),
        'xl/workbook.xml': '<workbook/>',
      };
      expect(verdict(await zipOf(noType))).toBe('xlsx');
      expect(verdict(await zipOf({ ...noType, '[Content_Types].xml': contentTypes('xl/workbook.xml', 'application/xml') }))).toBe(
        '这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 [Content_Types].xml 或工作簿部件）：请选择 .xlsx 文件',
      );
    });
  });

  describe('what is not a workbook, said in Chinese', () => {
    it('an old .xls or an encrypted workbook (an OLE compound file)', () => {
      expect(verdict(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toBe(
        '文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx',
      );
    });

    it('a file that is no zip at all, and an empty one', () => {
      expect(verdict(Buffer.from('编号,督办事项\n1,修路\n'))).toBe('不是 .xlsx 文件（文件内容不是 zip 格式）');
      expect(verdict(Buffer.alloc(0))).toBe('文件是空的（0 字节）：请重新获取文件');
    });

    it('a zip cut short', () => {
      const data = fs.readFileSync(path.join(ROOT, 'examples/demo-ledger.xlsx'));
      expect(verdict(data.subarray(0, 5000))).toBe('文件不完整或已损坏（无法读取 zip 目录）：请重新获取文件，或在 Excel 中打开后另存为 .xlsx');
    });

    it('a package whose content types part is damaged, naming it', async () => {
      const data = await zipOf(office('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'));
      const central = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      data.writeUInt32LE((data.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16); // the first entry's CRC
      expect(verdict(data)).toBe(
        '文件已损坏：部件 [Content_Types].xml 的数据不完整或校验失败，请重新获取文件，或在 Excel 中打开后另存为 .xlsx',
      );
    });

    it('an ODS spreadsheet', async () => {
      const data = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
      expect(verdict(data)).toBe('这是 ODS 文件，请另存为 .xlsx：在 WPS 或 LibreOffice 中打开，用“另存为”并选择“Excel 工作簿 (.xlsx)”');
    });

    it.each([
      ['text', '这是 ODF 文本文档（.odt），不是工作簿：请选择 .xlsx 文件'],
      ['presentation', '这是 ODF 演示文稿（.odp），不是工作簿：请选择 .xlsx 文件'],
      ['graphics', '这是 ODF 文档，不是工作簿：请选择 .xlsx 文件'],
    ])('an OpenDocument %s', async (kind, message) => {
      expect(verdict(await zipOf({ mimetype: `application/vnd.oasis.opendocument.${kind}`, 'content.xml': '<x/>' }))).toBe(message);
    });

    it('a Word document', async () => {
      const files = office('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
      expect(verdict(await zipOf(files))).toBe('这是 Word 文档（.docx），不是 Excel 工作簿：请选择 .xlsx 文件');
    });

    it('a PowerPoint presentation', async () => {
      const files = office('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');
      expect(verdict(await zipOf(files))).toBe('这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿：请选择 .xlsx 文件');
    });

    it('an .xlsb binary workbook', async () => {
      const files = office('xl/workbook.bin', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main');
      expect(verdict(await zipOf(files))).toBe('这是 .xlsb 二进制工作簿：请在 Excel 中另存为 .xlsx');
    });

    it('a plain zip, one without content types, and one whose main part is missing', async () => {
      const plain = '这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 [Content_Types].xml 或工作簿部件）：请选择 .xlsx 文件';
      expect(verdict(await zipOf({ 'readme.txt': '说明' }))).toBe(plain);
      const { '[Content_Types].xml': _, ...noTypes } = office('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
      expect(verdict(await zipOf(noTypes))).toBe(plain);
      const { 'xl/workbook.xml': __, ...noMain } = office('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
      expect(verdict(await zipOf(noMain))).toBe(plain);
      expect(verdict(await zipOf({ '[Content_Types].xml': contentTypes('a.xml', 'application/xml'), '_rels/.rels': '<Relationships/>' }))).toBe(plain);
    });

    it('a zip that holds an .xlsx: says to unzip it first', async () => {
      const inner = fs.readFileSync(path.join(ROOT, 'test/fixtures/government-report-table.xlsx'));
      expect(verdict(await zipOf({ '督办台账/台账.xlsx': inner }))).toBe(
        '这是一个 zip 压缩包（里面有 督办台账/台账.xlsx），不是 Excel 工作簿：请先解压，再选择其中的 .xlsx 文件',
      );
    });
  });
});
