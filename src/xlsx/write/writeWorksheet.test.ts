import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SHEET_TYPEFACE, type CellModel, type CellStyle, type SheetModel } from '../../sheets/sheetModel';
import { escapeText } from '../xml';
import { StyleSheet } from './styleSheet';
import { printDefinedNames, worksheetChunks } from './writeWorksheet';

/** The whole part's chunks (the adapter compresses them as they come). */
const writeWorksheet = (...args: Parameters<typeof worksheetChunks>): Buffer[] => [...worksheetChunks(...args)];

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const title: CellStyle = { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' };
const header: CellStyle = { bold: true, fill: 'D9E1F2', border: true, horizontal: 'center', wrap: true };
const cell: CellStyle = { border: true, vertical: 'top' };
const date: CellStyle = { border: true, numberFormat: 'yyyy-mm-dd' };
const percent: CellStyle = { border: true, numberFormat: '0.0%', fontColor: 'C00000', italic: true };

/** A sheet with every feature the model has. */
const MODEL: SheetModel = {
  name: "督办 Bob's",
  font: SHEET_TYPEFACE,
  rows: [
    [{ value: '督办事项汇总表', style: title }, { value: null, style: title }, { value: null, style: title }, { value: null, style: title }],
    [{ value: '单位', style: header }, { value: '交办日期', style: header }, { value: '完成率', style: header }, { value: '备注', style: header }],
    [{ value: '县住建局', style: cell }, { value: 43_966, style: date }, { value: 0.375, style: percent }, { value: '=SUM(A1)', style: cell }],
    [{ value: '县财政局', style: cell }, { value: 43_967, style: date }, { value: 1, style: percent }, { value: null, style: cell }],
    [{ value: 'a < b & "c" _x000D_ \u0001', style: { ...cell } }, { value: true }, { value: -0.5 }, { value: null }],
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  columnWidths: [20, 12, 10.5, 30],
  rowHeights: { 1: 32, 2: 27.75, 9: 40 },
  conditionalFills: [{ range: { top: 3, left: 3, bottom: 5, right: 3 }, formula: 'AND($C3<>"",$C3<0.5)', fill: 'FFC7CE', fontColor: '9C0006' }],
  dataBars: [{ range: { top: 3, left: 2, bottom: 4, right: 2 }, color: '638EC6' }],
  page: {
    orientation: 'landscape',
    paper: 'A4',
    margins: { top: 0.6, bottom: 0.5, left: 0.4, right: 0.45, header: 0.3, footer: 0.3 },
    fitToWidth: true,
    printArea: { top: 1, left: 1, bottom: 5, right: 4 },
    printTitleRows: { first: 1, last: 2 },
    rowBreaks: [4, 2, 4],
    footer: { center: '第 &P 页 共 &N 页', right: '湘阴县 <督查室>' },
  },
  tabColor: 'c00000',
  freezeRowsAbove: 3,
};

/** A generated sheet's part and the defined names its printing needs, for assembleSheets. */
interface SheetPart {
  name: string;
  xml: Buffer;
  names: Array<{ name: string; formula: string }>;
}

/** A minimal package around one generated sheet and a styles part. */
function assemble(sheetName: string, sheet: Buffer, styles: string, names: Array<{ name: string; formula: string }>): Promise<Buffer> {
  return assembleSheets([{ name: sheetName, xml: sheet, names }], styles);
}

/** A minimal package around generated sheets, in tab order, and their shared styles part. */
async function assembleSheets(sheets: readonly SheetPart[], styles: string): Promise<Buffer> {
  const zip = new JSZip();
  const n = sheets.map((_, i) => i + 1);
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      n.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_NS}"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const names = sheets.flatMap((sheet, i) => sheet.names.map((d) => `<definedName name="${d.name}" localSheetId="${i}">${escapeText(d.formula)}</definedName>`));
  const definedNames = names.length === 0 ? '' : `<definedNames>${names.join('')}</definedNames>`;
  const tabs = sheets.map((sheet, i) => `<sheet name="${escapeText(sheet.name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${R_NS}"><sheets>${tabs}</sheets>${definedNames}</workbook>`);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_NS}">` +
      n.map((i) => `<Relationship Id="rId${i}" Type="${R_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${R_NS}/styles" Target="styles.xml"/></Relationships>`,
  );
  sheets.forEach((sheet, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheet.xml));
  zip.file('xl/styles.xml', styles);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function write(model: SheetModel, styles = StyleSheet.parse(undefined)): { xml: string; styles: StyleSheet } {
  return { xml: Buffer.concat(writeWorksheet(model, styles, { strict: false })).toString('utf8'), styles };
}

async function load(model: SheetModel): Promise<{ ws: ExcelJS.Worksheet; xlsx: Buffer; xml: string; stylesXml: string }> {
  const { xml, styles } = write(model);
  const stylesXml = styles.toXml();
  const xlsx = await assemble(model.name, Buffer.from(xml), stylesXml, printDefinedNames(model, model.name));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return { ws: wb.worksheets[0], xlsx, xml, stylesXml };
}

const hasXmllint = existsSync('/usr/bin/xmllint');
function expectWellFormed(xml: string): void {
  if (!hasXmllint) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sheet-'));
  try {
    writeFileSync(path.join(dir, 'part.xml'), xml);
    expect(() => execFileSync('/usr/bin/xmllint', ['--noout', path.join(dir, 'part.xml')], { stdio: 'pipe' })).not.toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ExcelJS reads an inline string as rich text. */
const text = (v: ExcelJS.CellValue): unknown => (v !== null && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v);

describe('writeWorksheet, read back with ExcelJS', () => {
  let read: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    read = await load(MODEL);
  });

  it('writes well-formed parts', () => {
    expectWellFormed(read.xml);
    expectWellFormed(read.stylesXml);
  });

  it('keeps values and their types; a string starting with = is text', () => {
    const { ws } = read;
    expect(text(ws.getCell('A1').value)).toBe('督办事项汇总表');
    expect(text(ws.getCell('A3').value)).toBe('县住建局');
    // ExcelJS reads a number in a date format as a date.
    expect(ws.getCell('B3').value).toEqual(new Date(Date.UTC(2020, 4, 15)));
    expect(read.xml).toContain('<c r="B3" s="4"><v>43966</v></c>');
    expect(ws.getCell('C3').value).toBe(0.375);
    expect(text(ws.getCell('D3').value)).toBe('=SUM(A1)');
    expect(ws.getCell('D3').type).not.toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell('B5').value).toBe(true);
    expect(ws.getCell('C5').value).toBe(-0.5);
    expect(read.xml).toContain('<c r="D3" s="3" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>');
    expect(read.xml).not.toContain('<f>');
    // Escaped for XML, a literal _x000D_ kept as such, a control character in ST_Xstring form.
    expect(read.xml).toContain('<t xml:space="preserve">a &lt; b &amp; "c" _x005F_x000D_ _x0001_</t>');
  });

  it('writes empty cells that carry a style, and nothing for bare ones', () => {
    expect(read.xml).toContain('<c r="D4" s="3"/>');
    expect(read.xml).toContain('<c r="B1" s="1"/>');
    expect(read.xml).not.toContain('r="D5"');
    expect(read.ws.getCell('D4').border?.top?.style).toBe('thin');
  });

  it('styles cells as the model says', () => {
    const { ws } = read;
    const a1 = ws.getCell('A1');
    expect(a1.font).toMatchObject({ name: '宋体', bold: true, size: 16 });
    expect(a1.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    const a2 = ws.getCell('A2');
    expect(a2.font).toMatchObject({ name: '宋体', bold: true, size: 11 });
    expect(a2.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(a2.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
    expect(a2.alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.getCell('A3').alignment).toMatchObject({ vertical: 'top' });
    expect(ws.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    const c3 = ws.getCell('C3');
    expect(c3.numFmt).toBe('0.0%');
    expect(c3.font).toMatchObject({ name: '宋体', italic: true, color: { argb: 'FFC00000' } });
    // A cell without a style has the workbook's default look.
    expect(ws.getCell('B5').numFmt).toBeUndefined();
    expect(ws.getCell('B5').fill).toBeUndefined();
  });

  it('merges, sizes columns and rows', () => {
    const { ws } = read;
    expect(ws.getCell('D1').isMerged).toBe(true);
    expect(ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getCell('A2').isMerged).toBe(false);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([20, 12, 10.5, 30]);
    expect(ws.getRow(1).height).toBe(32);
    expect(ws.getRow(2).height).toBe(27.75);
    expect(ws.getRow(9).height).toBe(40);
    expect(read.xml).toContain('<row r="9" ht="40" customHeight="1"/>');
    expect(read.xml).toContain('<dimension ref="A1:D5"/>');
  });

  it('freezes the rows above, colours the tab', () => {
    const { ws } = read;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
  });

  it('sets up the page: A4, landscape, margins, one page wide, print area and titles, breaks', () => {
    const { ws } = read;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: 0.6, bottom: 0.5, left: 0.4, right: 0.45, header: 0.3, footer: 0.3 },
      printArea: 'A1:D5',
      printTitlesRow: '1:2',
    });
    expect(read.xml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"/><brk id="4" max="16383" man="1"/></rowBreaks>');
  });

  it('prints the footer on every page: the sections after their codes, escaped for XML', () => {
    expect(read.ws.headerFooter).toMatchObject({ oddFooter: '&C第 &P 页 共 &N 页&R湘阴县 <督查室>' });
    expect(read.ws.headerFooter.differentOddEven).toBeFalsy();
    expect(read.ws.headerFooter.differentFirst).toBeFalsy();
    expect(read.xml).toContain(
      '<pageSetup paperSize="9" firstPageNumber="1" fitToWidth="1" fitToHeight="0" orientation="landscape" useFirstPageNumber="1"/>' +
        '<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页&amp;R湘阴县 &lt;督查室&gt;</oddFooter></headerFooter><rowBreaks',
    );
  });

  it('numbers the pages of a sheet with a footer from 1, whatever sheets come before it', () => {
    // CT_PageSetup (ECMA-376 Part 1, 18.3.1.63): firstPageNumber counts only with useFirstPageNumber.
    expect(read.ws.pageSetup).toMatchObject({ firstPageNumber: 1, useFirstPageNumber: true });
  });

  it('leaves the page numbers automatic on a sheet without a footer', async () => {
    const { ws, xml } = await load({ ...MODEL, page: { orientation: 'portrait', paper: 'A4' } });
    expect(xml).toContain('<pageSetup paperSize="9" orientation="portrait"/>');
    expect(xml).not.toContain('irstPageNumber');
    expect((ws.pageSetup as Record<string, unknown>).useFirstPageNumber).toBe(false);
  });

  it('writes the conditional fill with its dxf and a solid data bar, priorities in order', () => {
    const formats = (read.ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, unknown>> }> }).conditionalFormattings;
    const fill = formats.find((f) => f.ref === 'C3:C5');
    expect(fill?.rules[0]).toMatchObject({
      type: 'expression',
      priority: 1,
      formulae: ['AND($C3<>"",$C3<0.5)'],
      style: { font: { color: { argb: 'FF9C0006' } }, fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
    });
    const bar = formats.find((f) => f.ref === 'B3:B4');
    expect(bar?.rules[0]).toMatchObject({ type: 'dataBar', priority: 2, gradient: false, color: { argb: 'FF638EC6' } });
    expect(read.xml).toContain('<cfRule type="expression" dxfId="0" priority="1"><formula>AND($C3&lt;&gt;"",$C3&lt;0.5)</formula></cfRule>');
  });

  // LibreOffice opens the package and prints the cells' Chinese text.
  const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0 && spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
  (soffice ? it : it.skip)('converts to PDF with LibreOffice', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sheet-pdf-'));
    try {
      const xlsx = path.join(dir, 'sheet.xlsx');
      writeFileSync(xlsx, read.xlsx);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 120_000 });
      const pdf = path.join(dir, 'sheet.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdfText = execFileSync('pdftotext', [pdf, '-']).toString('utf8');
      expect(pdfText).toContain('督办事项汇总表');
      expect(pdfText).toContain('县住建局');
      expect(pdfText).toContain('=SUM(A1)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);

  /** The pages LibreOffice prints of an .xlsx package (its PDF export), each page's text in content order. */
  const printedPages = (dir: string, name: string, xlsx: Buffer): string[] => {
    writeFileSync(path.join(dir, `${name}.xlsx`), xlsx);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, path.join(dir, `${name}.xlsx`)], { stdio: 'ignore', timeout: 120_000 });
    // -raw: in content order, the footer's spaces as LibreOffice set them.
    return execFileSync('pdftotext', ['-raw', path.join(dir, `${name}.pdf`), '-']).toString('utf8').split('\f').filter((page) => page.trim() !== '');
  };

  // LibreOffice prints the footer's page codes as numbers, and a bar-only data bar without its value.
  (soffice ? it : it.skip)('prints the footer on each page and hides the values of a bar-only data bar (LibreOffice)', async () => {
    const model: SheetModel = {
      name: '两页',
      rows: [
        [{ value: '单位' }, { value: '件数' }, { value: '红牌' }],
        [{ value: '县水利局' }, { value: 1357 }, { value: 4711 }],
        [{ value: '县交通局' }, { value: 2468 }, { value: 8123 }],
      ],
      columnWidths: [16, 10, 10],
      dataBars: [
        { range: { top: 2, left: 2, bottom: 3, right: 2 }, color: '638EC6' },
        { range: { top: 2, left: 3, bottom: 3, right: 3 }, color: 'C00000', showValue: false },
      ],
      page: { orientation: 'portrait', paper: 'A4', rowBreaks: [2], footer: { center: '第 &P 页 共 &N 页' } },
    };
    const { xlsx, xml } = await load(model);
    expect(xml).toContain('<dataBar><cfvo type="min"/>');
    expect(xml).toContain('<dataBar showValue="0"><cfvo type="min"/>');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sheet-pdf-'));
    try {
      const pages = printedPages(dir, 'footer', xlsx);
      expect(pages).toHaveLength(2);
      expect(pages[0]).toContain('县水利局');
      expect(pages[0]).toContain('第 1 页 共 2 页');
      expect(pages[1]).toContain('县交通局');
      expect(pages[1]).toContain('第 2 页 共 2 页');
      // The bar beside its number shows the number; the bar-only one does not.
      expect(pages.join('')).toContain('1357');
      expect(pages.join('')).toContain('2468');
      expect(pages.join('')).not.toContain('4711');
      expect(pages.join('')).not.toContain('8123');

      // The same sheet after a one-page sheet (as a generated sheet follows the ledger): its pages
      // are numbered from 1 again (useFirstPageNumber; without it, below, they go on from the sheet
      // before). &N is another matter: LibreOffice 7.4 prints the page count of the whole export,
      // 3, not the sheet's 2, and no attribute of the file changes that.
      const styles = StyleSheet.parse(undefined);
      const cover: SheetModel = { name: '台账', rows: [[{ value: '一页的台账' }]] };
      const parts = [cover, model].map((m) => ({ name: m.name, xml: Buffer.concat(writeWorksheet(m, styles, { strict: false })), names: printDefinedNames(m, m.name) }));
      expect(parts[1].xml.toString('utf8')).toContain('<pageSetup paperSize="9" firstPageNumber="1" orientation="portrait" useFirstPageNumber="1"/>');
      const after = printedPages(dir, 'second', await assembleSheets(parts, styles.toXml()));
      expect(after).toHaveLength(3);
      expect(after[0]).toContain('一页的台账');
      expect(after[0]).not.toContain('第');
      expect(after[1]).toContain('县水利局');
      expect(after[1]).toContain('第 1 页 共 3 页');
      expect(after[2]).toContain('县交通局');
      expect(after[2]).toContain('第 2 页 共 3 页');
      const unnumbered = parts.map((part) => ({ ...part, xml: Buffer.from(part.xml.toString('utf8').replace(/ (use)?[fF]irstPageNumber="1"/g, ''), 'utf8') }));
      const continued = printedPages(dir, 'continued', await assembleSheets(unnumbered, styles.toXml()));
      expect([continued[1], continued[2]].map((page) => /第 \d+ 页 共 \d+ 页/.exec(page)?.[0])).toEqual(['第 2 页 共 3 页', '第 3 页 共 3 页']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('writeWorksheet', () => {
  it('writes a sheet with nothing but defaults', () => {
    const { xml, styles } = write({ name: '空', rows: [] });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<worksheet xmlns="${NS}" xmlns:r="${R_NS}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>` +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    );
    expect(styles.changed).toBe(false);
    expectWellFormed(xml);
  });

  it('writes the full part in schema order', () => {
    const { xml } = write(MODEL);
    const order = ['<sheetPr>', '<dimension', '<sheetViews>', '<sheetFormatPr', '<cols>', '<sheetData>', '<mergeCells', '<conditionalFormatting', '<pageMargins', '<pageSetup', '<headerFooter>', '<rowBreaks', '<extLst>'];
    // The sheet's own extLst is its last child (a data bar's rule has one too).
    const at = order.map((tag) => (tag === '<extLst>' ? xml.lastIndexOf(tag) : xml.indexOf(tag)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).toContain('<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/>');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>');
    expect(xml).toContain(
      '<pageMargins left="0.4" right="0.45" top="0.6" bottom="0.5" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" firstPageNumber="1" fitToWidth="1" fitToHeight="0" orientation="landscape" useFirstPageNumber="1"/>',
    );
    expect(xml).toContain('<x14:dataBar minLength="0" maxLength="100" gradient="0">');
  });

  it('writes the typeface and the margins the model says: 黑体, header 0.5" and footer 0.4"', () => {
    const { xml, styles } = write({
      name: 'x',
      font: { name: '黑体' },
      rows: [[{ value: '标题', style: { bold: true, fontSize: 14 } }, { value: '正文', style: { border: true } }]],
      page: { orientation: 'portrait', paper: 'A4', margins: { top: 1, bottom: 0.9, left: 0.8, right: 0.7, header: 0.5, footer: 0.4 } },
    });
    expect(xml).toContain('<pageMargins left="0.8" right="0.7" top="1" bottom="0.9" header="0.5" footer="0.4"/><pageSetup paperSize="9" orientation="portrait"/>');
    // The styled font in the model's face, no family or charset it does not give; a style without a font keeps font 0.
    expect(styles.toXml()).toContain(
      '<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="14"/><name val="黑体"/></font></fonts>',
    );
    expect(styles.toXml()).toContain('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>');
  });

  it('writes Excel\'s Normal margins, header and footer 0.3", for a page without margins', () => {
    const { xml } = write({ name: 'x', rows: [], page: { orientation: 'landscape', paper: 'A4' } });
    expect(xml).toContain('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>');
  });

  it('writes a bar-only data bar as showValue="0" on the rule its x14 extension is tied to', () => {
    const { xml } = write({
      name: 'x',
      rows: [[{ value: 1 }, { value: 2 }]],
      dataBars: [
        { range: { top: 1, left: 1, bottom: 1, right: 1 }, color: '638EC6', showValue: true },
        { range: { top: 1, left: 2, bottom: 1, right: 2 }, color: 'C00000', showValue: false },
      ],
    });
    const id = (n: number) => `{7D2B5C1E-0D0B-4A3C-9E51-00000000000${n}}`;
    expect(xml).toContain(
      '<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>' +
        `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>${id(1)}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
        '<conditionalFormatting sqref="B1"><cfRule type="dataBar" priority="2"><dataBar showValue="0"><cfvo type="min"/><cfvo type="max"/><color rgb="FFC00000"/></dataBar>' +
        `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>${id(2)}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
    );
    // The extension has no showValue (MS-XLSX CT_DataBar): both bars' extensions read alike, tied by id.
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id(2)}"><x14:dataBar minLength="0" maxLength="100" gradient="0">`);
    expect(xml.match(/showValue/g)).toHaveLength(1);
    expectWellFormed(xml);
  });

  it('writes a conditional fill without a font colour as a fill-only dxf, read back by ExcelJS', async () => {
    const { ws, stylesXml } = await load({
      name: 'x',
      rows: [[{ value: 0.2 }], [{ value: 0.8 }]],
      conditionalFills: [{ range: { top: 1, left: 1, bottom: 2, right: 1 }, formula: '$A1<0.5', fill: 'FFEB9C' }],
    });
    expect(stylesXml).toContain('<dxfs count="1"><dxf><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf></dxfs>');
    const rule = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ style: Record<string, unknown> }> }> }).conditionalFormattings[0].rules[0];
    expect(rule.style.fill).toMatchObject({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } });
    // ExcelJS's "no font in the dxf" (a rule with one reads { color: … }, as above).
    expect(rule.style.font).toBeNull();
  });

  it('writes strict parts in the strict namespaces', () => {
    const xml = Buffer.concat(writeWorksheet({ name: 's', rows: [[{ value: 1 }]] }, StyleSheet.parse(undefined, { strict: true }), { strict: true })).toString();
    expect(xml).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">');
  });

  it('adds its styles to a user styles part and its rules reuse existing dxfs', () => {
    const first = StyleSheet.parse(undefined);
    write(MODEL, first);
    const second = StyleSheet.parse(first.toXml());
    write(MODEL, second);
    expect(second.changed).toBe(false);
  });

  it('comes in chunks of rows, together one well-formed part', () => {
    const rows: CellModel[][] = Array.from({ length: 2500 }, (_, i) => [{ value: i }, { value: `第${i}行` }]);
    const chunks = writeWorksheet({ name: '长', rows }, StyleSheet.parse(undefined), { strict: false });
    // Head, three chunks of rows (1000, 1000, 500), tail.
    expect(chunks).toHaveLength(5);
    const xml = Buffer.concat(chunks).toString('utf8');
    expect(xml).toContain('<dimension ref="A1:B2500"/>');
    expect(xml).toContain('<row r="2500"><c r="A2500"><v>2499</v></c><c r="B2500" t="inlineStr"><is><t xml:space="preserve">第2499行</t></is></c></row></sheetData>');
    expectWellFormed(xml);
  });

  it('writes 30,000 rows of 8 columns in chunks, never one giant string (speed is in npm run bench)', () => {
    const cell: CellStyle = { border: true, vertical: 'top', wrap: true };
    const rows: CellModel[][] = Array.from({ length: 30_000 }, (_, i) => [
      { value: `A${i + 1}`, style: cell },
      { value: '关于全面推进城区老旧小区改造的若干重点工作任务', style: cell },
      { value: '县住建局', style: cell },
      { value: 43_966 + (i % 300), style: date },
      { value: i % 17, style: cell },
      { value: i % 3 === 0 ? null : '已完成 & <备注>', style: cell },
      { value: i / 7, style: percent },
      { value: i % 2 === 0 },
    ]);
    const chunks = writeWorksheet({ name: '大表', rows }, StyleSheet.parse(undefined), { strict: false });
    expect(chunks).toHaveLength(32);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1_000_000);
  });

  it('refuses what Excel cannot hold', () => {
    const styles = StyleSheet.parse(undefined);
    expect(() => writeWorksheet({ name: 'x', rows: [[{ value: NaN }]] }, styles, { strict: false })).toThrow('单元格 A1 的数值无效（NaN）');
    expect(() => writeWorksheet({ name: 'x', rows: [[], [{ value: null }, { value: Infinity }]] }, styles, { strict: false })).toThrow('单元格 B2 的数值无效（Infinity）');
    const merges = [
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 2, left: 2, bottom: 3, right: 3 },
    ];
    expect(() => writeWorksheet({ name: 'x', rows: [], merges }, styles, { strict: false })).toThrow('工作表「x」的合并区域重叠：B2:C3');
  });
});

describe('printDefinedNames', () => {
  it('names the print area and titles, quoting the sheet name', () => {
    expect(printDefinedNames(MODEL, "督办 Bob's")).toEqual([
      { name: '_xlnm.Print_Area', formula: "'督办 Bob''s'!$A$1:$D$5" },
      { name: '_xlnm.Print_Titles', formula: "'督办 Bob''s'!$1:$2" },
    ]);
    expect(printDefinedNames({ name: 'x', rows: [], page: { orientation: 'portrait', paper: 'A4' } }, 'x')).toEqual([]);
    expect(printDefinedNames({ name: 'x', rows: [] }, 'x')).toEqual([]);
  });
});
