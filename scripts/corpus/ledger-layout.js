// Lays a ledger definition (see make-ledger-corpus.js) out on a grid of cells, the one model both
// producers write: ExcelJS here, LibreOffice through a flat ODS file (fods.js). The same layout
// gives the sidecar: header rows, first data row, item count and each concept's column letter.
'use strict';

/** A real date cell: 'YYYY-MM-DD', shown with fmt (an Excel number format). */
const D = (s, fmt) => ({ t: 'date', s, fmt: fmt || 'yyyy-mm-dd' });
/** A real date-time cell: 'YYYY-MM-DD HH:MM' (a serial with a fraction). */
const DT = (s, fmt) => ({ t: 'datetime', s, fmt: fmt || 'yyyy-mm-dd hh:mm' });
/** In a data row: this cell is merged with the one above it (a unit written once for several rows). */
const UP = { t: 'up' };
/** A header cell and the concept a clerk reads in it (omit the concept for a column that is none). */
const H = (text, concept) => ({ text, concept: concept || null });
/** A two-row header group: text merged across the sub-headers under it. */
const G = (text, subs) => ({ group: text, subs });

function letters(n) {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function numberOf(col) {
  let n = 0;
  for (const ch of col) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const asHeader = (h) => (typeof h === 'string' ? H(h) : h);

/** Leaf columns of the header, left to right: { text, concept, group }. */
function leaves(header) {
  const out = [];
  for (const raw of header) {
    const h = asHeader(raw);
    if (h.group !== undefined) for (const s of h.subs) out.push({ ...asHeader(s), group: h.group });
    else out.push({ ...h, group: null });
  }
  return out;
}

/**
 * The grid of one ledger sheet: cells[row][col] = { v, style } (1-based), merges as
 * {top,left,bottom,right}, plus the sidecar facts.
 */
function layoutLedger(def) {
  const cols = leaves(def.header);
  const width = cols.length;
  const left = def.startCol || 1;
  const right = left + width - 1;
  const cells = {};
  const merges = [];
  const put = (r, c, v, style) => {
    (cells[r] = cells[r] || {})[c] = { v, style: style || 'data' };
  };
  const merge = (top, l, bottom, r) => {
    if (top !== bottom || l !== r) merges.push({ top, left: l, bottom, right: r });
  };

  let row = 1;
  for (const line of def.above || []) {
    // Lines above the header: { text, merge: true|false, style }
    const text = typeof line === 'string' ? line : line.text;
    if (text !== null && text !== '') {
      // line.col: put it further right (单位：万元 over the last column), unmerged.
      const at = line.col !== undefined ? left + line.col : left;
      put(row, at, text, (line && line.style) || 'above');
      if (line.merge !== false && line.col === undefined) merge(row, left, row, right);
    }
    row++;
  }

  const twoRows = cols.some((c) => c.group !== null);
  const headerRows = twoRows ? [row, row + 1] : [row];
  let c = left;
  for (const raw of def.header) {
    const h = asHeader(raw);
    if (h.group !== undefined) {
      put(row, c, h.group, 'header');
      merge(row, c, row, c + h.subs.length - 1);
      for (const s of h.subs) put(row + 1, c++, asHeader(s).text, 'header');
    } else {
      put(row, c, h.text, 'header');
      if (twoRows) merge(row, c, row + 1, c);
      c++;
    }
  }
  row += headerRows.length;
  const firstDataRow = row;

  let items = 0;
  const titleIndex = cols.findIndex((col) => col.concept === 'title');
  if (titleIndex < 0 && def.question === undefined) throw new Error(`${def.file}: no title column`);
  const upStart = {}; // col → first row of the running vertical merge
  const closeUp = (col, lastRow) => {
    if (upStart[col] !== undefined && lastRow > upStart[col]) merge(upStart[col], col, lastRow, col);
    delete upStart[col];
  };
  for (const data of def.rows) {
    if (!Array.isArray(data)) {
      // A section row ('一、重点项目'), merged across the ledger.
      for (let k = left; k <= right; k++) closeUp(k, row - 1);
      put(row, left, data.section, 'section');
      merge(row, left, row, right);
      row++;
      continue;
    }
    if (data.length !== width) throw new Error(`${def.file}: row ${row} has ${data.length} cells, header ${width}`);
    if (titleIndex >= 0 && (data[titleIndex] === null || data[titleIndex] === '')) {
      throw new Error(`${def.file}: row ${row} has no title`);
    }
    items++;
    data.forEach((v, i) => {
      const col = left + i;
      if (v === UP) {
        if (upStart[col] === undefined) upStart[col] = row - 1;
        return;
      }
      closeUp(col, row - 1);
      if (v !== null && v !== '') put(row, col, v);
    });
    row++;
  }
  for (let k = left; k <= right; k++) closeUp(k, row - 1);
  const lastDataRow = row - 1;

  for (const line of def.below || []) {
    const text = typeof line === 'string' ? line : line.text;
    if (text !== null && text !== '') {
      put(row, left, text, 'note');
      if (line.merge !== false) merge(row, left, row, right);
    }
    row++;
  }

  const columns = {};
  cols.forEach((col, i) => {
    if (!col.concept) return;
    if (columns[col.concept]) throw new Error(`${def.file}: two ${col.concept} columns`);
    columns[col.concept] = letters(left + i);
  });
  const hidden = (def.hidden || []).map((h) => (typeof h === 'number' ? h : left + cols.findIndex((col) => col.text === h)));
  if (def.table && twoRows) throw new Error(`${def.file}: an Excel table has one header row`);

  return {
    name: def.sheet,
    cells,
    merges,
    left,
    right,
    width,
    cols,
    hidden,
    widths: def.widths || null,
    table: def.table ? { name: def.table, top: headerRows[0], left, bottom: lastDataRow, right } : null,
    sidecar: {
      headerRows,
      firstDataRow,
      items,
      columns,
    },
  };
}

/** A plain extra sheet (说明, 汇总 …): rows of values from A1. */
function layoutPlain(sheet) {
  const cells = {};
  const merges = [];
  sheet.rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v !== null && v !== '') (cells[i + 1] = cells[i + 1] || {})[j + 1] = { v, style: i === 0 && sheet.titled ? 'above' : 'data' };
    });
  });
  for (const m of sheet.merges || []) merges.push(m);
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return { name: sheet.name, cells, merges, left: 1, right: width, width, cols: [], hidden: [], widths: sheet.widths || null, table: null };
}

/** The UTC Date ExcelJS turns into the serial of this wall-clock date (and time). */
function utcDate(v) {
  const [d, t] = v.s.split(' ');
  const [y, m, day] = d.split('-').map(Number);
  const [hh, mm] = (t || '00:00').split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, day, hh, mm));
}

/** Excel serial of a date cell value (1900 system). */
function serialOf(v) {
  return (utcDate(v).getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

module.exports = { D, DT, UP, H, G, letters, numberOf, leaves, layoutLedger, layoutPlain, utcDate, serialOf };
