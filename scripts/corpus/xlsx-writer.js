// Writes laid-out sheets (ledger-layout.js) to an .xlsx with ExcelJS: the corpus's ExcelJS producer.
'use strict';
const ExcelJS = require('exceljs');
const { utcDate } = require('./ledger-layout');

const THIN = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const STYLES = {
  above: { font: { name: '宋体', size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  header: { font: { name: '黑体', size: 11 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER },
  data: { font: { name: '宋体', size: 11 }, alignment: { vertical: 'middle', wrapText: true }, border: BORDER },
  section: { font: { name: '黑体', size: 11 }, alignment: { horizontal: 'left', vertical: 'middle' }, border: BORDER },
  note: { font: { name: '楷体', size: 10 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
};

function cellValue(v) {
  if (v && typeof v === 'object' && (v.t === 'date' || v.t === 'datetime')) return utcDate(v);
  return v;
}

function applyStyle(cell, entry, plainSheet) {
  const style = STYLES[entry.style] || STYLES.data;
  if (!plainSheet) {
    cell.font = style.font;
    cell.alignment = style.alignment;
    if (style.border) cell.border = style.border;
  }
  const v = entry.v;
  if (v && typeof v === 'object' && v.fmt) cell.numFmt = v.fmt;
}

function writeSheet(wb, sheet) {
  const ws = wb.addWorksheet(sheet.name);
  const plain = sheet.cols.length === 0;
  for (let c = sheet.left; c <= sheet.right; c++) {
    const w = sheet.widths && sheet.widths[c - sheet.left];
    ws.getColumn(c).width = w || (plain ? 60 : 14);
  }
  for (const h of sheet.hidden) ws.getColumn(h).hidden = true;

  const inTable = (r, c) =>
    sheet.table && r >= sheet.table.top && r <= sheet.table.bottom && c >= sheet.table.left && c <= sheet.table.right;

  if (sheet.table) {
    const t = sheet.table;
    const get = (r, c) => (sheet.cells[r] && sheet.cells[r][c] ? cellValue(sheet.cells[r][c].v) : null);
    const columns = [];
    for (let c = t.left; c <= t.right; c++) columns.push({ name: get(t.top, c), filterButton: true });
    const rows = [];
    for (let r = t.top + 1; r <= t.bottom; r++) {
      const line = [];
      for (let c = t.left; c <= t.right; c++) line.push(get(r, c));
      rows.push(line);
    }
    const ref = ws.getCell(t.top, t.left).address;
    ws.addTable({ name: t.name, ref, headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true }, columns, rows });
  }

  for (const [r, line] of Object.entries(sheet.cells)) {
    for (const [c, entry] of Object.entries(line)) {
      const cell = ws.getCell(+r, +c);
      if (!inTable(+r, +c)) cell.value = cellValue(entry.v);
      applyStyle(cell, entry, plain);
    }
  }
  for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return ws;
}

/** Writes the sheets, in order, to file. */
async function writeXlsx(sheets, file) {
  const wb = new ExcelJS.Workbook();
  // Fixed so that a re-run rewrites the same workbook.
  wb.creator = '县政府督查室';
  wb.created = new Date(Date.UTC(2020, 5, 30, 9, 0));
  wb.modified = wb.created;
  for (const sheet of sheets) writeSheet(wb, sheet);
  await wb.xlsx.writeFile(file);
}

module.exports = { writeXlsx };
