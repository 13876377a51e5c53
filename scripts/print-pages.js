#!/usr/bin/env node
'use strict';
// Prints a workbook with LibreOffice and writes PNGs of chosen pages: for README pictures and for
// looking at pages by eye (test/print/printedPages.test.ts checks the same PDF by its words).
//
// Usage: node scripts/print-pages.js 输出.xlsx 图片目录 [页码…] [--sheet 表名] [--r 60]
//   页码   1, 3-5 or all (default all); with --sheet, counted within that sheet's pages
//   --sheet only the pages of the sheet whose name starts with this (e.g. 单位得分, 督办通报)
//   --r     resolution in DPI for pdftoppm (default 60)
// e.g.   node scripts/print-pages.js out/demo-督办.xlsx docs/img --sheet 单位得分
//        node scripts/print-pages.js out/demo-督办.xlsx /tmp/look 7 34-36 --r 100
// Writes <图片目录>/<workbook>-p<N>.png (N: the page in the whole workbook's PDF) and lists each
// sheet's pages. Needs soffice (LibreOffice) and pdftoppm (poppler-utils) on PATH.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function usage(message) {
  if (message) process.stderr.write(`print-pages: ${message}\n`);
  process.stderr.write('Usage: node scripts/print-pages.js 输出.xlsx 图片目录 [页码…] [--sheet 表名] [--r 60]\n');
  process.exit(2);
}

/** The sheets of a LibreOffice Calc PDF and their pages, from its one bookmark per sheet. */
function sheetBookmarks(pdf) {
  const objects = new Map();
  for (const m of pdf.matchAll(/(?:^|[\r\n\s])(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj/g)) objects.set(Number(m[1]), m[2]);
  const ref = (body, key) => {
    const m = new RegExp(`/${key}\\s*(\\d+)\\s+0\\s+R`).exec(body || '');
    return m ? Number(m[1]) : null;
  };
  const catalog = [...objects.values()].find((b) => /\/Type\s*\/Catalog\b/.test(b));
  const pages = [];
  const walk = (id, depth) => {
    const body = objects.get(id);
    if (body === undefined || depth > 32) return;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      for (const k of ((/\/Kids\s*\[([^\]]*)\]/.exec(body) || [])[1] || '').matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else pages.push(id);
  };
  if (!catalog) return [];
  walk(ref(catalog, 'Pages'), 0);
  const text = (raw) => {
    // Hex strings in UTF-16BE (as LibreOffice writes sheet names); literal ones as Latin-1.
    if (!raw.startsWith('<')) return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ''), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1');
  };
  const sheets = [];
  for (let item = ref(objects.get(ref(catalog, 'Outlines')), 'First'), n = 0; item !== null && n < 10000; item = ref(objects.get(item), 'Next'), n++) {
    const body = objects.get(item) || '';
    const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\))/.exec(body);
    const dest = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(body);
    if (title && dest) sheets.push({ sheet: text(title[1]), first: pages.indexOf(Number(dest[1])) + 1 });
  }
  return sheets.map((s, i) => ({ ...s, last: i + 1 < sheets.length ? sheets[i + 1].first - 1 : pages.length }));
}

function main(argv) {
  const positional = [];
  let sheetPrefix = null;
  let dpi = 60;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sheet') sheetPrefix = argv[++i];
    else if (argv[i] === '--r') dpi = Number(argv[++i]);
    else if (argv[i] === '-h' || argv[i] === '--help') usage();
    else positional.push(argv[i]);
  }
  const [xlsx, outDir, ...pageArgs] = positional;
  if (!xlsx || !outDir) usage();
  if (!fs.existsSync(xlsx)) usage(`no such file: ${xlsx}`);
  if (sheetPrefix === undefined || !(dpi > 0)) usage('--sheet needs a name, --r a positive number');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-print-pages-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, '--convert-to', 'pdf', '--outdir', tmp, path.resolve(xlsx)], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    const base = path.basename(xlsx, path.extname(xlsx));
    const pdf = path.join(tmp, `${base}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
    const sheets = sheetBookmarks(fs.readFileSync(pdf, 'latin1'));
    const total = Number((/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString()) || [])[1] || sheets.reduce((n, s) => Math.max(n, s.last), 0));
    for (const s of sheets) process.stdout.write(`${s.first === s.last ? `p.${s.first}` : `p.${s.first}–${s.last}`}\t${s.sheet}\n`);

    let first = 1;
    let last = total;
    if (sheetPrefix !== null) {
      const found = sheets.filter((s) => s.sheet.startsWith(sheetPrefix));
      if (found.length !== 1) throw new Error(`expected one sheet named ${sheetPrefix}…, found ${found.length}: ${found.map((s) => s.sheet).join(', ')}`);
      [first, last] = [found[0].first, found[0].last];
    }
    const wanted = new Set();
    for (const arg of pageArgs.length > 0 ? pageArgs : ['all']) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(arg);
      if (arg === 'all') for (let p = first; p <= last; p++) wanted.add(p);
      else if (m) for (let p = Number(m[1]); p <= Number(m[2] || m[1]); p++) wanted.add(first - 1 + p);
      else usage(`not a page: ${arg}`);
    }
    fs.mkdirSync(outDir, { recursive: true });
    for (const p of [...wanted].sort((a, b) => a - b)) {
      if (p < first || p > last) throw new Error(`page ${p - first + 1} is not among the ${last - first + 1} pages${sheetPrefix !== null ? ` of ${sheetPrefix}` : ''}`);
      const png = path.join(outDir, `${base}-p${p}`);
      execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(p), '-l', String(p), '-singlefile', pdf, png]);
      process.stdout.write(`wrote ${png}.png\n`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`print-pages: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
}
