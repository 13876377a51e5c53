/**
 * A generated sheet (SheetModel) as a new worksheet part, written directly as SpreadsheetML
 * (ECMA-376 Part 1, 18.3). Strings are inline (t="inlineStr"), so the shared strings part is never
 * touched and a string that starts with '=' stays text. The part comes in chunks of rows, so a
 * sheet of tens of thousands of rows never becomes one giant string.
 */

import { columnLetters } from '../../core/cells';
import { dateToSerial } from '../../core/dates/excelSerial';
import type { CellRect } from '../../core/ledger/sheetSnapshot';
import type { DateValidation, ModelValue, PageMargins, PageSetup, SheetModel } from '../../sheets/sheetModel';
import { EXCEL_MAX_ROW_HEIGHT } from '../../sheets/sheetModel';
import { escapeAttr, escapeText } from '../xml';
import type { StyleSheet } from './styleSheet';

const NAMESPACES = {
  transitional: { main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' },
  strict: { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', r: 'http://purl.oclc.org/ooxml/officeDocument/relationships' },
};
const X14_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM_NS = 'http://schemas.microsoft.com/office/excel/2006/main';
/** [MS-XLSX]: the ext of a cfRule naming its Excel 2010 counterpart, and the sheet's list of those. */
const CF_RULE_EXT_URI = '{B025F937-C7B1-47D3-B67F-A62EFF666E3E}';
const SHEET_CF_EXT_URI = '{78C0D931-6437-407d-A8EE-F0AAD7539E65}';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
/** Rows per chunk of sheetData: a chunk is some hundreds of kilobytes at most. */
const ROWS_PER_CHUNK = 1000;
/**
 * Excel's "Normal" margins, in inches: what a sheet whose model sets none prints with inside Excel
 * (the Office adapter leaves them as they are), written out as Excel itself does.
 */
const NORMAL_MARGINS: PageMargins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** ST_PaperSize (ECMA-376 Part 1, 18.18.43) of each paper the model names. */
const PAPER_SIZE = { A4: 9 } as const satisfies Record<PageSetup['paper'], number>;

const rectRef = (r: CellRect) => (r.top === r.bottom && r.left === r.right ? `${columnLetters(r.left)}${r.top}` : `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`);

/** Colours are 'RRGGBB' in the model and ARGB, opaque, in the file. */
function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new Error(`颜色值无效：「${rgb}」（应为 6 位十六进制 RRGGBB）`);
  return `FF${rgb.toUpperCase()}`;
}

/**
 * The longest texts Excel's data validation dialog takes (the model's DateValidation says so too):
 * titles 32 characters, messages 255. Longer ones are refused here rather than written into a file
 * Excel may not read as written.
 */
const VALIDATION_TITLE_MAX = 32;
const VALIDATION_MESSAGE_MAX = 255;

/** Chars a string's text needs escaped (see cellText); most strings have none. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/**
 * A string as <t> text. ST_Xstring reads `_xHHHH_` as the character HHHH: a literal one is kept by
 * escaping its underscore (`_x005F_`), and control characters XML cannot hold are written that way
 * rather than lost, as Excel does.
 */
function cellText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return escapeText(xstring(s));
}

/** A string as ST_Xstring: a literal `_xHHHH_` keeps its underscore escaped, control characters become `_xHHHH_`. */
function xstring(s: string): string {
  return (
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      // eslint-disable-next-line no-control-regex -- as above
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
  );
}

/** A <c> element; '' for a cell that puts nothing in the file. */
function cellXml(ref: string, value: ModelValue, style: number | undefined): string {
  const s = style ? ` s="${style}"` : '';
  // An empty string is a blank cell (a stored '' would count in COUNTA and read back as nothing).
  if (value === null || value === '') return s === '' ? '' : `<c r="${ref}"${s}/>`;
  switch (typeof value) {
    case 'string':
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(value)}</t></is></c>`;
    case 'number':
      // Builders never make these; Excel has no number for them, and a blank would hide the bug.
      if (!Number.isFinite(value)) throw new Error(`单元格 ${ref} 的数值无效（${value}）：工作表中只能写入有限的数`);
      return `<c r="${ref}"${s}><v>${value}</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      throw new Error(`单元格 ${ref} 的值类型无效（${typeof value}）`);
  }
}

/**
 * The worksheet part of a generated sheet, in chunks made when asked for, so a caller that
 * compresses them one by one never holds a big sheet's text (a first run's notice log can be
 * hundreds of MB of XML). Styles are added to `styles` as the cells need them; conditional formats
 * add their dxfs there. Charts are not written (the model's data bars show the same numbers).
 */
export function* worksheetChunks(model: SheetModel, styles: StyleSheet, options: { strict: boolean; date1904?: boolean }): Generator<Buffer> {
  const ns = options.strict ? NAMESPACES.strict : NAMESPACES.transitional;
  if (model.rows.length > MAX_ROW) throw new Error(`工作表「${model.name}」的行数超过 Excel 的上限（${MAX_ROW} 行）`);
  const heights = rowHeights(model);
  // A loop, not Math.max(...spread): a sheet of notices can set more row heights than a call takes arguments.
  let lastRow = model.rows.length;
  for (const row of heights.keys()) if (row > lastRow) lastRow = row;

  // The extent first: the dimension comes before the cells.
  const extent = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  model.rows.forEach((cells, i) => {
    if (cells.length > MAX_COL) throw new Error(`工作表「${model.name}」第 ${i + 1} 行的列数超过 Excel 的上限（${MAX_COL} 列）`);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined) continue;
      // Styles are numbered in cell order, as they are met.
      const style = styles.xf(cell.style, model.font);
      if (!isValue(cell.value) && !style) continue;
      if (c + 1 < extent.left) extent.left = c + 1;
      if (c + 1 > extent.right) extent.right = c + 1;
      if (i + 1 < extent.top) extent.top = i + 1;
      extent.bottom = i + 1;
    }
  });
  const empty = extent.bottom === 0 && heights.size === 0;
  yield Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${ns.main}" xmlns:r="${ns.r}">` +
      sheetPr(model) +
      `<dimension ref="${extent.bottom === 0 ? 'A1' : rectRef(extent)}"/>` +
      sheetViews(model) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      cols(model) +
      (empty ? '<sheetData/>' : '<sheetData>'),
    'utf8',
  );

  const letters: string[] = [];
  let part = '';
  for (let r = 1; r <= lastRow; r++) {
    const cells = model.rows[r - 1] ?? [];
    let row = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined || (cell.value === null && cell.style === undefined)) continue;
      row += cellXml((letters[c] ??= columnLetters(c + 1)) + r, cell.value, styles.xf(cell.style, model.font));
    }
    const height = heights.get(r);
    if (row === '' && height === undefined) continue;
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    part += row === '' ? `<row r="${r}"${ht}/>` : `<row r="${r}"${ht}>${row}</row>`;
    if (r % ROWS_PER_CHUNK === 0 && part !== '') {
      yield Buffer.from(part, 'utf8');
      part = '';
    }
  }
  if (part !== '') yield Buffer.from(part, 'utf8');

  const formats = conditionalFormats(model, styles);
  // CT_Worksheet's order: sheetData, sheetCalcPr, sheetProtection, …, mergeCells, phoneticPr,
  // conditionalFormatting, dataValidations, hyperlinks, printOptions, pageMargins, pageSetup,
  // headerFooter, rowBreaks, …, extLst.
  yield Buffer.from(
    (empty ? '' : '</sheetData>') + sheetProtection(model) + mergeCells(model) + formats.xml + dataValidations(model, options.date1904 ?? false) + page(model) + formats.ext + '</worksheet>',
    'utf8',
  );
}

/** A value that puts something in a cell (see cellXml: an empty string is a blank cell). */
const isValue = (value: ModelValue) => value !== null && value !== '';

/**
 * The defined names a sheet's printing needs (print area, rows repeated on each page), for the
 * workbook's definedNames with localSheetId set to the sheet's index. Formulas are unescaped.
 *
 * @example
 * printDefinedNames({ …, page: { …, printTitleRows: { first: 1, last: 3 } } }, "Bob's")
 * // → [{ name: '_xlnm.Print_Titles', formula: "'Bob''s'!$1:$3" }]
 */
export function printDefinedNames(model: SheetModel, sheetName: string): Array<{ name: string; formula: string }> {
  const p = model.page;
  if (p === undefined) return [];
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const names: Array<{ name: string; formula: string }> = [];
  if (p.printArea) {
    const a = p.printArea;
    names.push({ name: '_xlnm.Print_Area', formula: `${sheet}!$${columnLetters(a.left)}$${a.top}:$${columnLetters(a.right)}$${a.bottom}` });
  }
  if (p.printTitleRows) names.push({ name: '_xlnm.Print_Titles', formula: `${sheet}!$${p.printTitleRows.first}:$${p.printTitleRows.last}` });
  return names;
}

/** The model's row heights by row, checked: a height Excel cannot hold would corrupt the part. */
function rowHeights(model: SheetModel): Map<number, number> {
  const heights = new Map<number, number>();
  for (const [key, h] of Object.entries(model.rowHeights ?? {})) {
    const row = Number(key);
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new Error(`工作表「${model.name}」的行高对应的行号无效：${key}`);
    if (!Number.isFinite(h) || h < 0 || h > EXCEL_MAX_ROW_HEIGHT) throw new Error(`工作表「${model.name}」第 ${row} 行的行高无效：${h}（应在 0 到 ${EXCEL_MAX_ROW_HEIGHT} 磅之间）`);
    heights.set(row, h);
  }
  return heights;
}

/** Tab colour and, for fit-to-width printing, the switch that makes pageSetup's fitTo… count. */
function sheetPr(model: SheetModel): string {
  const tab = model.tabColor ? `<tabColor rgb="${argb(model.tabColor)}"/>` : '';
  const fit = model.page?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab === '' && fit === '' ? '' : `<sheetPr>${tab}${fit}</sheetPr>`;
}

function sheetViews(model: SheetModel): string {
  const n = model.freezeRowsAbove;
  if (n === undefined || n <= 1) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  if (!Number.isInteger(n) || n > MAX_ROW) throw new Error(`工作表「${model.name}」的冻结行无效：${n}`);
  const cell = `A${n}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${n - 1}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>` +
    '</sheetView></sheetViews>'
  );
}

function cols(model: SheetModel): string {
  let xml = '';
  model.columnWidths?.forEach((w, i) => {
    if (w === undefined || w === null) return;
    if (!Number.isFinite(w) || w < 0 || w > 255) throw new Error(`工作表「${model.name}」第 ${i + 1} 列的列宽无效：${w}（应在 0 到 255 之间）`);
    xml += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  });
  return xml === '' ? '' : `<cols>${xml}</cols>`;
}

/**
 * The sheet protected without a password (CT_SheetProtection, ECMA-376 Part 1, 18.3.1.85): each
 * attribute names an action and 1 means the action is protected against. sheet="1" locks the
 * locked cells (every cell but those styled `locked: false`), objects and scenarios as Excel's own
 * protection does; formatColumns and formatRows default to 1 and are written 0, so columns and rows
 * can still be resized; selectLockedCells and selectUnlockedCells keep their default 0 (selecting
 * is allowed); every other action keeps its default 1 (protected). '' when the model asks none.
 */
function sheetProtection(model: SheetModel): string {
  return model.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' : '';
}

/**
 * The model's date validations (CT_DataValidation, ECMA-376 Part 1, 18.3.1.32, in a
 * dataValidations 18.3.1.33): a date between the two bounds, inclusive (operator "between"), given
 * as serials of the workbook's date system (the formulas are ST_Formula, and a date constant in a
 * formula is its serial); blank cells allowed (allowBlank), anything else refused (errorStyle
 * "stop") with the model's error alert; the prompt shown when a cell is selected, if the model has
 * one. '' when the model has none.
 */
function dataValidations(model: SheetModel, date1904: boolean): string {
  const list = model.dateValidations ?? [];
  if (list.length === 0) return '';
  return `<dataValidations count="${list.length}">${list.map((v) => dateValidation(model.name, v, date1904)).join('')}</dataValidations>`;
}

function dateValidation(sheet: string, v: DateValidation, date1904: boolean): string {
  const ref = rectRef(v.range);
  if (v.from > v.to) throw new Error(`工作表「${sheet}」${ref} 的日期验证范围无效：${v.from} 晚于 ${v.to}`);
  const text = (what: string, s: string, max: number): string => {
    if (s.length > max) throw new Error(`工作表「${sheet}」${ref} 的数据验证${what}超过 Excel 的上限（${max} 个字符）：「${s}」`);
    return escapeAttr(xstring(s));
  };
  let attrs = ' type="date" operator="between" allowBlank="1"';
  if (v.prompt) attrs += ' showInputMessage="1"';
  attrs += ' showErrorMessage="1" errorStyle="stop"';
  attrs += ` errorTitle="${text('错误提示标题', v.error.title, VALIDATION_TITLE_MAX)}" error="${text('错误提示', v.error.message, VALIDATION_MESSAGE_MAX)}"`;
  if (v.prompt) attrs += ` promptTitle="${text('输入信息标题', v.prompt.title, VALIDATION_TITLE_MAX)}" prompt="${text('输入信息', v.prompt.message, VALIDATION_MESSAGE_MAX)}"`;
  return `<dataValidation${attrs} sqref="${ref}"><formula1>${dateToSerial(v.from, date1904)}</formula1><formula2>${dateToSerial(v.to, date1904)}</formula2></dataValidation>`;
}

/**
 * Merged areas. Overlapping ones make Excel call the file corrupt, so they are refused here, in
 * one pass over their cells. A one-cell area merges nothing and is left out.
 */
function mergeCells(model: SheetModel): string {
  const taken = new Set<number>();
  let xml = '';
  let count = 0;
  for (const m of model.merges ?? []) {
    if (m.top === m.bottom && m.left === m.right) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * MAX_COL + c;
        if (taken.has(key)) throw new Error(`工作表「${model.name}」的合并区域重叠：${rectRef(m)}`);
        taken.add(key);
      }
    }
    xml += `<mergeCell ref="${rectRef(m)}"/>`;
    count++;
  }
  return count === 0 ? '' : `<mergeCells count="${count}">${xml}</mergeCells>`;
}

/**
 * Conditional fills (expression rules, their look a dxf) and data bars, one conditionalFormatting
 * each, priorities 1, 2, … in that order. The model's data bar is solid, not Excel 2007's gradient: the
 * Excel 2010 extension says so (gradient="0"), tied to the rule by an id; older readers draw the
 * 2007 rule. "Show bar only" is the 2007 rule's showValue="0" (ECMA-376 Part 1, 18.3.1.28): the
 * extension's x14:dataBar has no such attribute ([MS-XLSX] 2.6.30 CT_DataBar), Excel reads it from
 * the rule the extension is tied to, so the two agree whatever showValue is.
 */
function conditionalFormats(model: SheetModel, styles: StyleSheet): { xml: string; ext: string } {
  let priority = 0;
  let xml = '';
  for (const f of model.conditionalFills ?? []) {
    const dxfId = styles.dxf({ fill: f.fill, fontColor: f.fontColor });
    xml += `<conditionalFormatting sqref="${rectRef(f.range)}"><cfRule type="expression" dxfId="${dxfId}" priority="${++priority}"><formula>${escapeText(f.formula)}</formula></cfRule></conditionalFormatting>`;
  }
  let ext = '';
  (model.dataBars ?? []).forEach((bar, i) => {
    const color = argb(bar.color);
    const id = `{7D2B5C1E-0D0B-4A3C-9E51-${(i + 1).toString(16).toUpperCase().padStart(12, '0')}}`;
    const ref = rectRef(bar.range);
    xml +=
      `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${++priority}">` +
      `<dataBar${bar.showValue === false ? ' showValue="0"' : ''}><cfvo type="min"/><cfvo type="max"/><color rgb="${color}"/></dataBar>` +
      `<extLst><ext uri="${CF_RULE_EXT_URI}" xmlns:x14="${X14_NS}"><x14:id>${id}</x14:id></ext></extLst>` +
      '</cfRule></conditionalFormatting>';
    ext +=
      `<x14:conditionalFormatting xmlns:xm="${XM_NS}"><x14:cfRule type="dataBar" id="${id}">` +
      // The model's solid bar; bar lengths, negative fill and axis colour are Excel's own for a new bar.
      '<x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="min"/><x14:cfvo type="max"/>' +
      '<x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar>' +
      `</x14:cfRule><xm:sqref>${ref}</xm:sqref></x14:conditionalFormatting>`;
  });
  // The extensions go in the sheet's extLst, its last child.
  if (ext !== '') ext = `<extLst><ext uri="${SHEET_CF_EXT_URI}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${ext}</x14:conditionalFormattings></ext></extLst>`;
  return { xml, ext };
}

/** Margins (Excel's Normal when the model has none), paper and scaling, page numbering and the footer, manual page breaks. */
function page(model: SheetModel): string {
  const p = model.page;
  const m = p?.margins ?? NORMAL_MARGINS;
  let xml = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  if (p !== undefined) {
    // Attributes in CT_PageSetup's order (ECMA-376 Part 1, 18.3.1.63): paperSize,
    // firstPageNumber, fitToWidth, fitToHeight, orientation, useFirstPageNumber. A sheet with a
    // footer numbers its own pages from 1: without useFirstPageNumber, LibreOffice (and Excel printing
    // a whole workbook) continues &P from the sheets before it.
    const numbered = p.footer !== undefined;
    xml +=
      `<pageSetup paperSize="${PAPER_SIZE[p.paper]}"${numbered ? ' firstPageNumber="1"' : ''}${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}` +
      ` orientation="${p.orientation}"${numbered ? ' useFirstPageNumber="1"' : ''}/>`;
    xml += headerFooter(p.footer);
    const breaks = [...new Set(p.rowBreaks ?? [])].filter((r) => Number.isInteger(r) && r >= 1 && r < MAX_ROW).sort((a, b) => a - b);
    if (breaks.length > 0) {
      xml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="${MAX_COL - 1}" man="1"/>`).join('')}</rowBreaks>`;
    }
  }
  return xml;
}

/**
 * The footer printed on every page (oddFooter, ECMA-376 Part 1, 18.3.1.51: with neither
 * differentOddEven nor differentFirst set it is every page's): each section after its code, &L
 * left, &C centre, &R right. The sections are the model's header/footer codes (&P page, &N
 * pages) and text, escaped here for XML only. '' when the model has no footer.
 */
function headerFooter(footer: PageSetup['footer']): string {
  if (footer === undefined) return '';
  const sections = ([['L', footer.left], ['C', footer.center], ['R', footer.right]] as const).filter(([, text]) => text !== undefined && text !== '');
  if (sections.length === 0) return '';
  return `<headerFooter><oddFooter>${escapeText(sections.map(([code, text]) => `&${code}${text}`).join(''))}</oddFooter></headerFooter>`;
}
