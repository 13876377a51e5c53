// The corpus's LibreOffice producer: laid-out sheets (ledger-layout.js) → a flat ODS document
// (.fods, plain XML) → `soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML"`. So the
// .xlsx is written by LibreOffice's own export filter (its shared strings, styles, merges,
// database ranges as tables), not by ExcelJS.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line of cell text as ODF paragraph content: runs of spaces and tabs kept (ODF collapses them). */
function paragraph(line) {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\t') {
      out += '<text:tab/>';
      i++;
    } else if (line[i] === ' ') {
      let n = 0;
      while (line[i + n] === ' ') n++;
      const edge = i === 0 || i + n === line.length;
      if (n === 1 && !edge) out += ' ';
      else out += n === 1 ? '<text:s/>' : `<text:s text:c="${n}"/>`;
      i += n;
    } else {
      let j = i;
      while (j < line.length && line[j] !== ' ' && line[j] !== '\t') j++;
      out += esc(line.slice(i, j));
      i = j;
    }
  }
  return `<text:p>${out}</text:p>`;
}

/** An Excel date format ('yyyy"年"m"月"d"日"', 'yyyy-mm-dd hh:mm') as an ODF date style. */
function dateStyle(name, fmt) {
  const parts = [];
  const text = (t) => {
    const last = parts[parts.length - 1];
    if (last && last.text !== undefined) last.text += t;
    else parts.push({ text: t });
  };
  let afterHours = false;
  for (let i = 0; i < fmt.length; ) {
    const rest = fmt.slice(i);
    let m;
    if (rest[0] === '"') {
      const end = fmt.indexOf('"', i + 1);
      text(fmt.slice(i + 1, end));
      i = end + 1;
    } else if (rest[0] === '\\') {
      text(rest[1]);
      i += 2;
    } else if ((m = /^(yyyy|yy|mm|m|dd|d|hh|h|ss|s)/.exec(rest))) {
      const tok = m[1];
      const long = tok.length === 2 || tok === 'yyyy';
      const style = long ? ' number:style="long"' : '';
      if (tok[0] === 'y') parts.push({ el: `<number:year${style}/>` });
      else if (tok[0] === 'm') parts.push({ el: afterHours ? `<number:minutes${style}/>` : `<number:month${style}/>` });
      else if (tok[0] === 'd') parts.push({ el: `<number:day${style}/>` });
      else if (tok[0] === 'h') {
        parts.push({ el: `<number:hours${style}/>` });
        afterHours = true;
      } else parts.push({ el: `<number:seconds${style}/>` });
      i += tok.length;
    } else {
      text(rest[0]);
      i++;
    }
  }
  const body = parts.map((p) => (p.el ? p.el : `<number:text>${esc(p.text)}</number:text>`)).join('');
  return `<number:date-style style:name="${name}">${body}</number:date-style>`;
}

const ROLE_PROPS = {
  above: { cell: '', text: '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold"/>', para: '<style:paragraph-properties fo:text-align="center"/>' },
  header: { cell: '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:border="0.06pt solid #000000"/>', text: '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>', para: '<style:paragraph-properties fo:text-align="center"/>' },
  data: { cell: '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:border="0.06pt solid #000000"/>', text: '', para: '' },
  section: { cell: '<style:table-cell-properties fo:border="0.06pt solid #000000"/>', text: '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>', para: '' },
  note: { cell: '<style:table-cell-properties fo:wrap-option="wrap"/>', text: '', para: '' },
};

function sheetName(name) {
  return `'${name.replace(/'/g, "''")}'`;
}

function cellAddress(r, c) {
  let s = '';
  let n = c;
  while (n > 0) {
    const k = (n - 1) % 26;
    s = String.fromCharCode(65 + k) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r}`;
}

/** The flat ODS XML of the sheets. */
function fodsDocument(sheets) {
  const dataStyles = new Map(); // fmt → N name
  const cellStyles = new Map(); // role|fmt → ce name
  const colStyles = new Map(); // width → co name
  const styleOf = (role, fmt) => {
    const key = `${role}|${fmt || ''}`;
    if (!cellStyles.has(key)) {
      if (fmt && !dataStyles.has(fmt)) dataStyles.set(fmt, `N${dataStyles.size + 1}`);
      cellStyles.set(key, { name: `ce${cellStyles.size + 1}`, role, fmt });
    }
    return cellStyles.get(key).name;
  };
  const colStyle = (width) => {
    const key = width.toFixed(2);
    if (!colStyles.has(key)) colStyles.set(key, `co${colStyles.size + 1}`);
    return colStyles.get(key);
  };

  const tables = [];
  const ranges = [];
  for (const sheet of sheets) {
    const plain = sheet.cols.length === 0;
    const merged = new Map(); // 'r,c' → master or 'covered'
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) merged.set(`${r},${c}`, 'covered');
      merged.set(`${m.top},${m.left}`, m);
    }
    const rowNumbers = Object.keys(sheet.cells).map(Number);
    for (const m of sheet.merges) rowNumbers.push(m.bottom);
    const lastRow = Math.max(...rowNumbers);
    const columns = [];
    for (let c = 1; c <= sheet.right; c++) {
      const w = c < sheet.left ? 4 : (sheet.widths && sheet.widths[c - sheet.left]) || (plain ? 60 : 14);
      const hidden = sheet.hidden.includes(c) ? ' table:visibility="collapse"' : '';
      // Excel's width unit is about a seventh of an inch of 11pt text.
      columns.push(`<table:table-column table:style-name="${colStyle(w * 0.075)}"${hidden}/>`);
    }
    const rows = [];
    for (let r = 1; r <= lastRow; r++) {
      const line = sheet.cells[r] || {};
      const out = [];
      for (let c = 1; c <= sheet.right; c++) {
        const m = merged.get(`${r},${c}`);
        if (m === 'covered') {
          out.push('<table:covered-table-cell/>');
          continue;
        }
        const span = m ? ` table:number-columns-spanned="${m.right - m.left + 1}" table:number-rows-spanned="${m.bottom - m.top + 1}"` : '';
        const entry = line[c];
        if (!entry) {
          out.push(m ? `<table:table-cell table:style-name="${styleOf('data')}"${span}/>` : '<table:table-cell/>');
          continue;
        }
        const v = entry.v;
        const role = plain ? 'note' : entry.style;
        if (v && typeof v === 'object') {
          const [d, t] = v.s.split(' ');
          const value = t ? `${d}T${t}:00` : d;
          out.push(`<table:table-cell table:style-name="${styleOf(role, v.fmt)}" office:value-type="date" office:date-value="${value}"${span}/>`);
        } else if (typeof v === 'number') {
          out.push(`<table:table-cell table:style-name="${styleOf(role)}" office:value-type="float" office:value="${v}"${span}><text:p>${v}</text:p></table:table-cell>`);
        } else {
          const text = String(v).split('\n').map(paragraph).join('');
          out.push(`<table:table-cell table:style-name="${styleOf(role)}" office:value-type="string"${span}>${text}</table:table-cell>`);
        }
      }
      rows.push(`<table:table-row>${out.join('')}</table:table-row>`);
    }
    tables.push(`<table:table table:name="${esc(sheet.name)}">${columns.join('')}${rows.join('\n')}</table:table>`);
    if (sheet.table) {
      const t = sheet.table;
      const n = sheetName(sheet.name);
      ranges.push(
        `<table:database-range table:name="${esc(t.name)}" table:target-range-address="${esc(`${n}.${cellAddress(t.top, t.left)}:${n}.${cellAddress(t.bottom, t.right)}`)}" table:contains-header="true" table:display-filter-buttons="true"/>`,
      );
    }
  }

  const styles = [];
  for (const [fmt, name] of dataStyles) styles.push(dateStyle(name, fmt));
  for (const [w, name] of colStyles) styles.push(`<style:style style:name="${name}" style:family="table-column"><style:table-column-properties style:column-width="${w}in"/></style:style>`);
  for (const { name, role, fmt } of cellStyles.values()) {
    const p = ROLE_PROPS[role] || ROLE_PROPS.data;
    const data = fmt ? ` style:data-style-name="${dataStyles.get(fmt)}"` : '';
    styles.push(`<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${data}>${p.cell}${p.para}${p.text}</style:style>`);
  }

  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
${styles.join('\n')}
</office:automatic-styles>
<office:body><office:spreadsheet>
${tables.join('\n')}
${ranges.length ? `<table:database-ranges>${ranges.join('')}</table:database-ranges>` : ''}
</office:spreadsheet></office:body></office:document>
`;
}

/** soffice on PATH, or null. */
function findSoffice() {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = path.join(dir, name);
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

/**
 * Writes each job's .fods into a scratch folder and has LibreOffice convert them all to .xlsx in
 * outDir (one soffice run). jobs: [{ base, sheets }]. Keeps the .fods in keepDir when given.
 */
function convertWithLibreOffice(jobs, outDir, keepDir) {
  const soffice = findSoffice();
  if (!soffice) throw new Error('soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-corpus-fods-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-corpus-lo-profile-'));
  try {
    const files = jobs.map(({ base, sheets }) => {
      const file = path.join(keepDir || scratch, `${base}.fods`);
      fs.writeFileSync(file, fodsDocument(sheets));
      return file;
    });
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files];
    const run = spawnSync(soffice, args, { encoding: 'utf8', timeout: 300_000 });
    for (const { base } of jobs) {
      if (!fs.existsSync(path.join(outDir, `${base}.xlsx`))) {
        throw new Error(`LibreOffice did not write ${base}.xlsx\n${run.stdout}\n${run.stderr}`);
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

module.exports = { fodsDocument, convertWithLibreOffice, dateStyle };
