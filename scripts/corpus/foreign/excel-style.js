#!/usr/bin/env node
// The Excel-style files of test/corpus/foreign: the demo ledger's package (examples/demo-ledger.xlsx)
// with parts edited or added as text, the way Excel writes them, so that the adapter meets markup
// this project never writes itself. Element and attribute names are those of ECMA-376 Part 1
// (SpreadsheetML, §18) and of MS-XLSX for the x14 extensions; each variant says which.
//
//   node scripts/corpus/foreign/excel-style.js OUTDIR
//
// The output is deterministic: entries keep the demo's timestamps, new entries get FIXED_DATE,
// hashes use a fixed salt. Every edit asserts that the text it replaces is there exactly once, so
// a change to the demo ledger stops the build instead of producing a file that tests nothing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DEMO = path.join(ROOT, 'examples', 'demo-ledger.xlsx');
const FIXED_DATE = new Date(Date.UTC(2020, 10, 30, 1, 0, 0));

const LEDGER = 'xl/worksheets/sheet1.xml';
const STAFF = 'xl/worksheets/sheet3.xml';
const NS = {
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  x14: 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main',
  xm: 'http://schemas.microsoft.com/office/excel/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
};
const REL = {
  worksheet: `${NS.rel}/worksheet`,
  hyperlink: `${NS.rel}/hyperlink`,
  drawing: `${NS.rel}/drawing`,
  image: `${NS.rel}/image`,
  chart: `${NS.rel}/chart`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  printerSettings: `${NS.rel}/printerSettings`,
  customProperties: `${NS.rel}/custom-properties`,
};
const TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  printerSettings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------
// Text edits that insist on finding what they edit.

function count(text, find) {
  let n = 0;
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length)) n++;
  return n;
}

/** Replaces the one occurrence of `find`. */
function once(text, find, replacement) {
  const n = count(text, find);
  if (n !== 1) throw new Error(`expected one ${JSON.stringify(find.slice(0, 80))}, found ${n}`);
  return text.replace(find, () => replacement);
}
const before = (text, find, inserted) => once(text, find, inserted + find);
const after = (text, find, inserted) => once(text, find, find + inserted);

/** A package open for editing: parts as text, the names of the parts edited or added. */
class Package {
  constructor(zip) {
    this.zip = zip;
    this.touched = new Set();
  }

  static async demo() {
    return new Package(await JSZip.loadAsync(fs.readFileSync(DEMO)));
  }

  async text(name) {
    const file = this.zip.file(name);
    if (file === null) throw new Error(`no part ${name}`);
    return file.async('string');
  }

  put(name, data) {
    const existing = this.zip.file(name);
    this.zip.file(name, data, { date: existing === null ? FIXED_DATE : existing.date, createFolders: false });
    this.touched.add(name);
  }

  async edit(name, fn) {
    this.put(name, await fn(await this.text(name)));
  }

  /** [Content_Types].xml: an Override for a part (ECMA-376 Part 2, §10.1.2.3). */
  async override(part, type) {
    await this.edit('[Content_Types].xml', (x) => before(x, '</Types>', `<Override PartName="/${part}" ContentType="${type}"/>`));
  }

  /** [Content_Types].xml: a Default for an extension, unless there is one. */
  async defaultType(ext, type) {
    const x = await this.text('[Content_Types].xml');
    if (x.includes(`Extension="${ext}"`)) return;
    this.put('[Content_Types].xml', before(x, '</Types>', `<Default Extension="${ext}" ContentType="${type}"/>`));
  }

  /** Adds a relationship to a part's .rels (created when missing); returns its Id. */
  async relate(source, type, target, external = false) {
    const dir = path.posix.dirname(source);
    const rels = `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(source)}.rels`;
    let x =
      this.zip.file(rels) === null
        ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
        : await this.text(rels);
    let n = 1;
    while (x.includes(`Id="rId${n}"`)) n++;
    const id = `rId${n}`;
    const mode = external ? ' TargetMode="External"' : '';
    x = before(x, '</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"${mode}/>`);
    this.put(rels, x);
    return id;
  }

  /** Appends a shared string item (CT_Rst, §18.4.8) used by `uses` cells; returns its index. */
  async sharedString(si, uses = 1) {
    const x = await this.text('xl/sharedStrings.xml');
    const m = /<sst [^>]*count="(\d+)" uniqueCount="(\d+)">/.exec(x);
    if (m === null) throw new Error('sharedStrings.xml: no counts');
    const index = Number(m[2]);
    const head = m[0].replace(`count="${m[1]}"`, `count="${Number(m[1]) + uses}"`).replace(`uniqueCount="${m[2]}"`, `uniqueCount="${index + 1}"`);
    this.put('xl/sharedStrings.xml', before(once(x, m[0], head), '</sst>', si));
    return index;
  }

  /** A plain-text shared string. */
  text1(s) {
    return `<si><t>${esc(s)}</t></si>`;
  }

  /** Appends <numFmt> (§18.8.30) to <numFmts>; returns the id. */
  async numFmt(id, code) {
    await this.edit('xl/styles.xml', (x) => {
      const m = /<numFmts count="(\d+)">/.exec(x);
      x = once(x, m[0], `<numFmts count="${Number(m[1]) + 1}">`);
      return before(x, '</numFmts>', `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    });
    return id;
  }

  /** Appends an element to a counted collection of styles.xml (fonts, cellXfs …); returns its index. */
  async addStyle(collection, element) {
    let index;
    await this.edit('xl/styles.xml', (x) => {
      const m = new RegExp(`<${collection} count="(\\d+)"([^>]*)>`).exec(x);
      index = Number(m[1]);
      x = once(x, m[0], `<${collection} count="${index + 1}"${m[2]}>`);
      return before(x, `</${collection}>`, element);
    });
    return index;
  }

  /** Adds a worksheet at the end of the workbook (part, workbook <sheet>, rels, content type, app.xml titles). */
  async addSheet(name, xml) {
    let n = 1;
    while (this.zip.file(`xl/worksheets/sheet${n}.xml`) !== null) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.put(part, xml);
    await this.override(part, TYPE.worksheet);
    const rid = await this.relate('xl/workbook.xml', REL.worksheet, `worksheets/sheet${n}.xml`);
    await this.edit('xl/workbook.xml', (x) => {
      const ids = [...x.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
      return before(x, '</sheets>', `<sheet sheetId="${Math.max(...ids) + 1}" name="${esc(name)}" state="visible" r:id="${rid}"/>`);
    });
    // docProps/app.xml lists the sheets (§22.2.2.27 TitlesOfParts); Excel keeps it in step.
    await this.edit('docProps/app.xml', (x) => {
      x = x.replace(/(<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>)(\d+)(<\/vt:i4>)/, (_, a, k, b) => `${a}${Number(k) + 1}${b}`);
      x = x.replace(/<TitlesOfParts><vt:vector size="(\d+)"/, (_, k) => `<TitlesOfParts><vt:vector size="${Number(k) + 1}"`);
      return before(x, '</vt:vector></TitlesOfParts>', `<vt:lpstr>${esc(name)}</vt:lpstr>`);
    });
    return part;
  }

  async save(file) {
    const data = await this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    fs.writeFileSync(file, data);
    return data;
  }
}

// ---------------------------------------------------------------------------------------------
// The ledger sheet of the demo: title row 1 (merged A1:N1), header row 2, items in rows 3–62.

const FIRST_ITEM_ROW = 3;
const LAST_ITEM_ROW = 62;

/** Maps each <row> element of a worksheet (rows never nest) through fn(rowNumber, xml). */
function mapRows(sheet, fn) {
  return sheet.replace(/<row r="(\d+)"[^>]*>[\s\S]*?<\/row>|<row r="(\d+)"[^>]*\/>/g, (row, a, b) => fn(Number(a ?? b), row));
}

/** Adds a column O to the ledger: header in O2, cells O3… from cellOf(row) (null: none); widens spans and the dimension. */
function addLedgerColumn(sheet, { headerIndex, width, cellOf }) {
  sheet = once(sheet, '<dimension ref="A1:N62"/>', '<dimension ref="A1:O62"/>');
  sheet = before(sheet, '</cols>', `<col min="15" max="15" width="${width}" customWidth="1"/>`);
  return mapRows(sheet, (r, row) => {
    if (r < 2 || r > LAST_ITEM_ROW) return row;
    const cell = r === 2 ? `<c r="O2" s="2" t="s"><v>${headerIndex}</v></c>` : cellOf(r);
    row = row.replace('spans="1:14"', 'spans="1:15"');
    return cell === null ? row : once(row, '</row>', `${cell}</row>`);
  });
}

/** Replaces the cell `ref` of a sheet (written as an empty styled cell by the demo) with `cell`. */
function setEmptyCell(sheet, ref, cell) {
  const m = new RegExp(`<c r="${ref}" s="\\d+"/>`).exec(sheet);
  if (m === null) throw new Error(`${ref} is not an empty cell`);
  return once(sheet, m[0], cell);
}

const sheetXml = (body, extra = '') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS.rel}">${body}${extra}</worksheet>`;

// ---------------------------------------------------------------------------------------------
// Password hashes of the agile kind (ECMA-376 Part 1 §18.2.29 workbookProtection, §18.3.1.85
// sheetProtection: algorithmName, hashValue, saltValue, spinCount): H0 = H(salt ‖ password as
// UTF-16LE), then spinCount rounds of Hn+1 = H(Hn ‖ n as a 32-bit little-endian integer).

function passwordHash(password, algorithm = 'sha512', spinCount = 100000) {
  const salt = crypto.createHash('sha256').update(`duban foreign corpus ${password}`).digest().subarray(0, 16);
  let h = crypto.createHash(algorithm).update(Buffer.concat([salt, Buffer.from(password, 'utf16le')])).digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i++) {
    counter.writeUInt32LE(i);
    h = crypto.createHash(algorithm).update(Buffer.concat([h, counter])).digest();
  }
  return { algorithmName: 'SHA-512', hashValue: h.toString('base64'), saltValue: salt.toString('base64'), spinCount };
}

// ---------------------------------------------------------------------------------------------
// Binary parts: a small PNG (a red 印章-like square with a white ring) and a printer DEVMODE.

function png(size) {
  const crc = (buf) => zlib.crc32(buf);
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const raw = Buffer.alloc(size * (1 + size * 3));
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 3)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      const ring = d > size * 0.36 && d < size * 0.42;
      const inside = d <= size * 0.46;
      const rgb = !inside ? [255, 255, 255] : ring ? [255, 255, 255] : [200, 16, 16];
      rgb.forEach((v, k) => (raw[y * (1 + size * 3) + 1 + x * 3 + k] = v));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A DEVMODEW structure (Windows GDI, 220 bytes, no driver extra), the content Excel stores in
 * xl/printerSettings/printerSettingsN.bin (§18.3.1.63 pageSetup r:id): A4, landscape, one copy.
 */
function devmode() {
  const b = Buffer.alloc(220);
  b.write('Microsoft Print to PDF', 0, 'utf16le'); // dmDeviceName[32]
  b.writeUInt16LE(0x0401, 64); // dmSpecVersion
  b.writeUInt16LE(0x0001, 66); // dmDriverVersion
  b.writeUInt16LE(220, 68); // dmSize
  b.writeUInt16LE(0, 70); // dmDriverExtra
  // dmFields: ORIENTATION | PAPERSIZE | SCALE | COPIES | PRINTQUALITY | COLOR | YRESOLUTION | FORMNAME
  b.writeUInt32LE(0x1 | 0x2 | 0x10 | 0x100 | 0x400 | 0x800 | 0x2000 | 0x10000, 72);
  b.writeInt16LE(2, 76); // dmOrientation: landscape
  b.writeInt16LE(9, 78); // dmPaperSize: A4
  b.writeInt16LE(100, 84); // dmScale
  b.writeInt16LE(1, 86); // dmCopies
  b.writeInt16LE(600, 90); // dmPrintQuality (dpi)
  b.writeInt16LE(2, 92); // dmColor: colour
  b.writeInt16LE(1, 94); // dmDuplex: simplex
  b.writeInt16LE(600, 96); // dmYResolution
  b.write('A4', 102, 'utf16le'); // dmFormName[32]
  return b;
}

// ---------------------------------------------------------------------------------------------
// The variants. Each takes the demo package and returns a description of what it changed.

const VARIANTS = {
  /**
   * (e) Sheet and workbook protection as Excel 2013+ writes them: <sheetProtection> (§18.3.1.85)
   * right after <sheetData> with the SHA-512 hash attributes, and <workbookProtection
   * lockStructure="1"> (§18.2.29) after <workbookPr>. The 备注 cells are left unlocked
   * (<protection locked="0"/>, §18.8.33) for the units to fill in, as offices do.
   */
  'excel-protected': async (p) => {
    const sheet = passwordHash('duban');
    const book = passwordHash('duban');
    const unlocked = await p.addStyle(
      'cellXfs',
      '<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="left" vertical="center" wrapText="1"/><protection locked="0"/></xf>',
    );
    await p.edit(LEDGER, (x) => {
      x = mapRows(x, (r, row) => (r >= FIRST_ITEM_ROW && r <= LAST_ITEM_ROW ? row.replace(new RegExp(`<c r="N${r}" s="4"`), `<c r="N${r}" s="${unlocked}"`) : row));
      return after(
        x,
        '</sheetData>',
        `<sheetProtection algorithmName="${sheet.algorithmName}" hashValue="${sheet.hashValue}" saltValue="${sheet.saltValue}" spinCount="${sheet.spinCount}" sheet="1" objects="1" scenarios="1" autoFilter="0"/>`,
      );
    });
    await p.edit('xl/workbook.xml', (x) =>
      after(
        x,
        '<workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>',
        `<workbookProtection workbookAlgorithmName="${book.algorithmName}" workbookHashValue="${book.hashValue}" workbookSaltValue="${book.saltValue}" workbookSpinCount="${book.spinCount}" lockStructure="1"/>`,
      ),
    );
  },

  /**
   * (f) What Excel moves into the worksheet's <extLst> (MS-XLSX §2.3.3, §2.6): a list validation
   * whose source is on another sheet (<x14:dataValidations>, ext uri {CCE6A557-97BC-4b89-ADB6-
   * D9C93CAAB3DF}, formula in <xm:f>) on 牵头单位, and a sparkline group (<x14:sparklineGroups>,
   * ext uri {05C60535-1F16-4fd2-B633-F4F36F0B64E0}) in P2 over the staff scores. Beside them a
   * classic same-sheet list validation on 办理状态 (<dataValidations>, §18.3.1.33), which the
   * adapter's conditional formatting must go before.
   */
  'excel-x14-validation-sparklines': async (p) => {
    const x14Validation =
      `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${NS.x14}">` +
      `<x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
      '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="牵头单位" error="请从单位名册中选择" promptTitle="牵头单位" prompt="从单位名册中选择">' +
      '<x14:formula1><xm:f>单位名册!$A$2:$A$20</xm:f></x14:formula1><xm:sqref>D3:D62</xm:sqref>' +
      '</x14:dataValidation></x14:dataValidations></ext>';
    const sparklines =
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${NS.x14}">` +
      `<x14:sparklineGroups xmlns:xm="${NS.xm}">` +
      '<x14:sparklineGroup displayEmptyCellsAs="gap" markers="1" high="1" low="1">' +
      '<x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/>' +
      '<x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/>' +
      '<x14:colorHigh rgb="FF00B050"/><x14:colorLow rgb="FFD00000"/>' +
      '<x14:sparklines><x14:sparkline><xm:f>人员考核!C2:C20</xm:f><xm:sqref>P2</xm:sqref></x14:sparkline></x14:sparklines>' +
      '</x14:sparklineGroup></x14:sparklineGroups></ext>';
    await p.edit(LEDGER, (x) => {
      x = before(
        x,
        '<printOptions',
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="J3:J62"><formula1>"已办结,办理中,正在推进,持续推进"</formula1></dataValidation></dataValidations>',
      );
      return before(x, '</worksheet>', `<extLst>${x14Validation}${sparklines}</extLst>`);
    });
  },

  /**
   * (g) Custom document properties (ECMA-376 Part 1 §22.3, docProps/custom.xml) as Excel's
   * 文件 > 属性 > 自定义 writes them: 密级 = 内部, plus a number and a date, with the part's
   * content type and the package relationship.
   */
  'custom-props': async (p) => {
    const fmtid = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
    p.put(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        `<property fmtid="${fmtid}" pid="2" name="密级"><vt:lpwstr>内部</vt:lpwstr></property>` +
        `<property fmtid="${fmtid}" pid="3" name="份号"><vt:i4>7</vt:i4></property>` +
        `<property fmtid="${fmtid}" pid="4" name="定密日期"><vt:filetime>2020-01-02T00:00:00Z</vt:filetime></property>` +
        '</Properties>',
    );
    await p.override('docProps/custom.xml', TYPE.customProperties);
    await p.relate('', REL.customProperties, 'docProps/custom.xml');
  },

  /**
   * (h) Number formats with escapes (§18.8.30 numFmt, §18.8.31 formatCode): a backslash-escaped
   * percent sign `0.0\%` (a number shown with a literal %, not ×100), quoted text `"第"0"项"`,
   * quoted date words `yyyy"年"m"月"d"日"` and backslash-escaped date words `yyyy\年m\月d\日`.
   * Applied to a new ledger column 权重 (O, which the app does not read) and to a new sheet 统计.
   */
  'escaped-formats': async (p) => {
    const percent = await p.numFmt(165, '0.0\\%');
    const ordinal = await p.numFmt(166, '"第"0"项"');
    const slashDate = await p.numFmt(167, 'yyyy\\年m\\月d\\日');
    const xf = (fmt) =>
      `<xf numFmtId="${fmt}" fontId="3" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>`;
    const sPercent = await p.addStyle('cellXfs', xf(percent));
    const sOrdinal = await p.addStyle('cellXfs', xf(ordinal));
    const sSlashDate = await p.addStyle('cellXfs', xf(slashDate));
    const sDate = 5; // the demo's yyyy"年"m"月"d"日" cells
    const header = await p.sharedString(p.text1('权重'));
    await p.edit(LEDGER, (x) =>
      addLedgerColumn(x, { headerIndex: header, width: 9, cellOf: (r) => `<c r="O${r}" s="${sPercent}"><v>${(((r * 37) % 40) + 10) / 2}</v></c>` }),
    );
    const heads = ['单位', '完成率', '排名', '统计日期', '通报日期'];
    const headIdx = [];
    for (const h of heads) headIdx.push(await p.sharedString(p.text1(h)));
    const units = [['县住建局', 91.5, 1, 44012, 44013], ['县人社局', 88.25, 2, 44012, 44013], ['东塘镇', 76, 3, 44012, 44013]];
    const unitIdx = [];
    for (const [u] of units) unitIdx.push(await p.sharedString(p.text1(u)));
    const rows = [
      `<row r="1">${headIdx.map((i, k) => `<c r="${'ABCDE'[k]}1" s="2" t="s"><v>${i}</v></c>`).join('')}</row>`,
      ...units.map(
        ([, rate, rank, d1, d2], k) =>
          `<row r="${k + 2}"><c r="A${k + 2}" s="3" t="s"><v>${unitIdx[k]}</v></c><c r="B${k + 2}" s="${sPercent}"><v>${rate}</v></c>` +
          `<c r="C${k + 2}" s="${sOrdinal}"><v>${rank}</v></c><c r="D${k + 2}" s="${sDate}"><v>${d1}</v></c><c r="E${k + 2}" s="${sSlashDate}"><v>${d2}</v></c></row>`,
      ),
    ];
    await p.addSheet(
      '统计',
      sheetXml(
        `<dimension ref="A1:E4"/><cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="3" width="10" customWidth="1"/><col min="4" max="5" width="16" customWidth="1"/></cols><sheetData>${rows.join('')}</sheetData>`,
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      ),
    );
  },

  /**
   * (i) Numbers far outside any date in date-formatted cells (§18.17.4: a serial past 2958465 is
   * no date): a 联系电话 column (O) formatted yyyy"年"m"月"d"日" holding phone numbers
   * (13800138000), 1e8, 2958466 and a negative number. Excel shows them as ####; the app reads
   * no such column and must not fail on them.
   */
  'big-numbers-in-date-cells': async (p) => {
    const header = await p.sharedString(p.text1('联系电话'));
    const values = [13800138000, 1e8, 2958466, 7312345678, -1, 15907300000];
    await p.edit(LEDGER, (x) =>
      addLedgerColumn(x, { headerIndex: header, width: 16, cellOf: (r) => `<c r="O${r}" s="5"><v>${values[(r - FIRST_ITEM_ROW) % values.length]}</v></c>` }),
    );
  },

  /**
   * (j) Rich text (§18.4.4 r, §18.4.7 rPr: shared string items made of runs) in a header cell
   * (督办事项 as two runs) and in an item's title, and hyperlinks with display text (§18.3.1.47
   * hyperlink): an external one through the sheet's relationships (r:id, TargetMode="External")
   * and one to a place in the workbook (location), on 备注 cells, with a blue underlined font.
   */
  'rich-text-hyperlinks': async (p) => {
    await p.edit('xl/sharedStrings.xml', (x) => {
      x = once(x, '<si><t>督办事项</t></si>', '<si><r><rPr><b/><sz val="11"/><color rgb="FFC00000"/><rFont val="宋体"/><charset val="134"/></rPr><t>督办</t></r><r><rPr><b/><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t>事项</t></r></si>');
      return once(
        x,
        '<si><t>春节期间农产品市场保供稳价工作</t></si>',
        '<si><r><rPr><b/><sz val="10"/><color rgb="FFFF0000"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>春节期间</t></r><r><rPr><sz val="10"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t xml:space="preserve">农产品市场保供稳价工作 </t></r><r><rPr><i/><sz val="9"/><color theme="1" tint="0.499984740745262"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>（紧急）</t></r></si>',
      );
    });
    const font = await p.addStyle('fonts', '<font><u/><sz val="10"/><color theme="10"/><name val="宋体"/><family val="3"/><charset val="134"/></font>');
    const link = await p.addStyle(
      'cellXfs',
      `<xf numFmtId="0" fontId="${font}" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>`,
    );
    const site = await p.sharedString(p.text1('湘阴县人民政府门户网站'));
    const roster = await p.sharedString(p.text1('见单位名册'));
    const rid = await p.relate(LEDGER, REL.hyperlink, 'http://www.xiangyin.gov.cn/', true);
    await p.edit(LEDGER, (x) => {
      x = setEmptyCell(x, 'N3', `<c r="N3" s="${link}" t="s"><v>${site}</v></c>`);
      x = setEmptyCell(x, 'N4', `<c r="N4" s="${link}" t="s"><v>${roster}</v></c>`);
      return before(
        x,
        '<printOptions',
        `<hyperlinks><hyperlink ref="N3" r:id="${rid}" tooltip="打开县政府门户网站" display="湘阴县人民政府门户网站"/><hyperlink ref="N4" location="'单位名册'!A1" display="见单位名册"/></hyperlinks>`,
      );
    });
  },

  /**
   * (k) A stray value in the sheet's last row (A1048576, the largest row number of §18.3.1.73),
   * as a slipped Ctrl+↓ leaves it; the dimension (§18.3.1.35) then reaches to it.
   */
  'stray-cell-last-row': async (p) => {
    const s = await p.sharedString(p.text1('以下空白'));
    await p.edit(LEDGER, (x) => {
      x = once(x, '<dimension ref="A1:N62"/>', '<dimension ref="A1:N1048576"/>');
      return before(x, '</sheetData>', `<row r="1048576" spans="1:1" x14ac:dyDescent="0.25"><c r="A1048576" t="s"><v>${s}</v></c></row>`);
    });
  },

  /**
   * (m) Print setup as Excel writes it (§18.3.1.63 pageSetup, §18.3.1.70 printOptions,
   * §18.3.1.65 pageSetUpPr fitToPage): fit to one page wide, centred horizontally and vertically,
   * a print area and print titles (§18.2.6 definedName _xlnm.Print_Area), a manual page break
   * (§18.3.1.74 rowBreaks), a header with font codes, the printer's DEVMODE in
   * xl/printerSettings/printerSettings1.bin (pageSetup r:id), and item rows whose height Excel
   * fitted to the wrapped text: ht written without customHeight (§18.3.1.73).
   */
  'print-setup': async (p) => {
    p.put('xl/printerSettings/printerSettings1.bin', devmode());
    await p.defaultType('bin', TYPE.printerSettings);
    const rid = await p.relate(LEDGER, REL.printerSettings, '../printerSettings/printerSettings1.bin');
    await p.edit(LEDGER, (x) => {
      x = mapRows(x, (r, row) => (r >= FIRST_ITEM_ROW && r <= LAST_ITEM_ROW ? once(row, ' customHeight="1"', '') : row));
      x = once(x, '<printOptions horizontalCentered="1"/>', '<printOptions horizontalCentered="1" verticalCentered="1"/>');
      x = once(x, 'fitToWidth="1" fitToHeight="0"/><headerFooter>', `fitToWidth="1" fitToHeight="0" r:id="${rid}"/><headerFooter>`);
      x = once(x, '<headerFooter><oddFooter>', '<headerFooter><oddHeader>&amp;C&amp;"宋体,加粗"&amp;14湘阴县人民政府督查室督办事项台账&amp;R&amp;D</oddHeader><oddFooter>');
      return before(x, '</worksheet>', '<rowBreaks count="1" manualBreakCount="1"><brk id="32" max="16383" man="1"/></rowBreaks>');
    });
    await p.edit('xl/workbook.xml', (x) =>
      before(x, '<definedName name="_xlnm.Print_Titles" localSheetId="0">', '<definedName name="_xlnm.Print_Area" localSheetId="0">\'督办台账\'!$A$1:$N$62</definedName>'),
    );
  },

  /**
   * (m, continued) Drawings, which must be kept byte for byte: a picture (a 印章) anchored over the
   * ledger's title (§20.5 DrawingML spreadsheet drawing, xdr:pic with an image part), a cell
   * comment on an item (§18.7 comments, with its legacy VML shape and <legacyDrawing>), and a
   * column chart of the staff scores on 人员考核 (§21.2 chart part, with cached values).
   */
  'picture-chart-comment': async (p) => {
    p.put('xl/media/image1.png', png(48));
    await p.defaultType('png', 'image/png');
    const picRid = await p.relate('xl/drawings/drawing1.xml', REL.image, '../media/image1.png');
    const emu = 9525; // EMU per pixel
    p.put(
      'xl/drawings/drawing1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
        '<xdr:oneCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
        `<xdr:ext cx="${48 * emu}" cy="${48 * emu}"/>` +
        '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="图片 1" descr="督查室印章"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
        `<xdr:blipFill><a:blip xmlns:r="${NS.rel}" r:embed="${picRid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${48 * emu}" cy="${48 * emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
        '<xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    );
    await p.override('xl/drawings/drawing1.xml', TYPE.drawing);
    const drawingRid = await p.relate(LEDGER, REL.drawing, '../drawings/drawing1.xml');

    p.put(
      'xl/comments1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>督查室</author></authors><commentList>' +
        '<comment ref="B4" authorId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t>督查室:</t></r>' +
        '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n6月已电话催办，住建局称年底前完成。</t></r></text></comment>' +
        '</commentList></comments>',
    );
    await p.override('xl/comments1.xml', TYPE.comments);
    p.put(
      'xl/drawings/vmlDrawing1.vml',
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
        ' <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>\n' +
        ' <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>\n' +
        ' <v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:160pt;margin-top:40pt;width:120pt;height:48pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">\n' +
        '  <v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>\n' +
        '  <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>\n' +
        '  <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 2, 4, 4, 15, 6, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData>\n' +
        ' </v:shape>\n</xml>',
    );
    const commentsRid = await p.relate(LEDGER, REL.comments, '../comments1.xml');
    const vmlRid = await p.relate(LEDGER, REL.vmlDrawing, '../drawings/vmlDrawing1.vml');
    void commentsRid;
    await p.edit(LEDGER, (x) => before(x, '</worksheet>', `<drawing r:id="${drawingRid}"/><legacyDrawing r:id="${vmlRid}"/>`));

    // The chart on 人员考核: the first five people's scores, with the values cached as Excel does.
    const strings = [...(await p.text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    const staff = await p.text(STAFF);
    const people = [2, 3, 4, 5, 6].map((r) => ({
      name: strings[Number(new RegExp(`<c r="A${r}"[^>]*t="s"><v>(\\d+)</v>`).exec(staff)[1])],
      score: Number(new RegExp(`<c r="C${r}"[^>]*><v>([\\d.]+)</v>`).exec(staff)[1]),
    }));
    const pts = (vals) => vals.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
    p.put(
      'xl/charts/chart1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}"><c:roundedCorners val="0"/><c:chart>` +
        '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>考核得分</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>' +
        '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>人员考核!$C$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>考核得分</c:v></c:pt></c:strCache></c:strRef></c:tx>' +
        `<c:cat><c:strRef><c:f>人员考核!$A$2:$A$6</c:f><c:strCache><c:ptCount val="5"/>${pts(people.map((q) => q.name))}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>人员考核!$C$2:$C$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="5"/>${pts(people.map((q) => q.score))}</c:numCache></c:numRef></c:val>` +
        '</c:ser><c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
        '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
        '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
        '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
    );
    await p.override('xl/charts/chart1.xml', TYPE.chart);
    const chartRid = await p.relate('xl/drawings/drawing2.xml', REL.chart, '../charts/chart1.xml');
    p.put(
      'xl/drawings/drawing2.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
        '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
        '<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.rel}" r:id="${chartRid}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
    );
    await p.override('xl/drawings/drawing2.xml', TYPE.drawing);
    const staffDrawing = await p.relate(STAFF, REL.drawing, '../drawings/drawing2.xml');
    await p.edit(STAFF, (x) => before(x, '</worksheet>', `<drawing r:id="${staffDrawing}"/>`));
  },
  /**
   * (n) The Open XML SDK's way of writing SpreadsheetML (what .NET tools produce): every element of
   * the main namespace under the prefix x: (xmlns:x on the root, no default namespace), in the
   * workbook, styles, shared strings and every sheet. Names are namespace-qualified (ECMA-376 Part 1
   * §8.1; XML Namespaces §6), so a reader that looks for "<row" or "<c " finds nothing here.
   */
  'sdk-prefixed': async (p) => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const parts = Object.keys(p.zip.files).filter((n) => /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n));
    for (const part of parts) {
      await p.edit(part, (x) => once(x, `xmlns="${main}"`, `xmlns:x="${main}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, '<$1x:$2'));
    }
  },
};

/**
 * (l) Bytes after the end of the zip: a signature block some document-signing tools append
 * (here a made-up one) padded with zeros to TRAILER bytes. The zip's end record says its comment
 * is empty, so a reader must look for the record rather than expect it at the very end; Excel
 * does. 512, not 1 KB: LibreOffice 7.4 opens a file with up to 512 bytes after the zip and
 * refuses one with 513 or more (tried with zeros), and the build opens every file in it.
 */
const TRAILER = 512;
function trailingBytes(demo) {
  const line = Buffer.from(`\r\n-----DUBAN TEST SIGNATURE-----\r\nsha256=${crypto.createHash('sha256').update(demo).digest('hex')}\r\n-----END-----\r\n`, 'latin1');
  return Buffer.concat([demo, line, Buffer.alloc(TRAILER - line.length)]);
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: excel-style.js OUTDIR');
  fs.mkdirSync(out, { recursive: true });
  for (const [name, build] of Object.entries(VARIANTS)) {
    const p = await Package.demo();
    await build(p);
    await p.save(path.join(out, `${name}.xlsx`));
    console.log(`  ${name}.xlsx (${[...p.touched].sort().join(', ')})`);
  }
  fs.writeFileSync(path.join(out, 'trailing-bytes.xlsx'), trailingBytes(fs.readFileSync(DEMO)));
  console.log(`  trailing-bytes.xlsx (${TRAILER} bytes after the zip)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
