import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import {
  describeOverlap,
  findOverlaps,
  findToken,
  footerNumbers,
  hasRowWith,
  missingHeadings,
  pageWords,
  parseBboxLayout,
  parseCairoSvg,
  printedPage,
  rowOf,
  sheetBookmarks,
  type ClippedWord,
  type Overlap,
  type Page,
  type SheetPages,
} from './pdfWords';
import { dateOnly } from '../support/dateOnly';

/**
 * Paper, not cells: the demo ledger run the way a user runs it (README: `npm run demo`, then the
 * May 2020 bulletin of its output), printed by LibreOffice to PDF, and the PDF read back word by
 * word with poppler (pdftotext -bbox-layout; pdftocairo -svg for what clipping leaves visible).
 * LibreOffice bookmarks each sheet's first page, which tells whose every page is.
 *
 * Both workbooks are converted once, in one soffice run, together with a copy of the bulletin
 * workbook holding only the bulletin sheet: printed alone, as Excel prints the active sheet, its
 * footer must count the sheet's own pages.
 */

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const canPrint = has('soffice') && has('pdftotext') && has('pdftocairo');
const maybe = canPrint ? it : it.skip;

const ROOT = path.join(__dirname, '..', '..');
const DEMO = path.join(ROOT, 'examples', 'demo-ledger.xlsx');

/** The report sheets, by the start of their names. */
const SCORE = '单位得分';
const BONUS = '绩效奖金';
const BULLETIN = '督办通报';

interface Printed {
  /** The PDF file, and its name for messages. */
  pdf: string;
  name: string;
  pages: Page[];
  /** Each printed sheet's pages, from the PDF's bookmarks. */
  sheets: SheetPages[];
}

function readPdf(pdf: string): Printed {
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${path.basename(pdf)}`);
  const pages = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 256 << 20 }).toString());
  const sheets = sheetBookmarks(readFileSync(pdf, 'latin1'));
  return { pdf, name: path.basename(pdf), pages, sheets };
}

/** The one sheet whose name starts with `prefix`, and its pages. */
function sheetOf(book: Printed, prefix: string): SheetPages & { pages: Page[] } {
  const found = book.sheets.filter((s) => s.sheet.startsWith(prefix));
  if (found.length !== 1) throw new Error(`${book.name}: expected one printed sheet named ${prefix}…, found ${JSON.stringify(found.map((s) => s.sheet))}`);
  return { ...found[0], pages: book.pages.slice(found[0].first - 1, found[0].last) };
}

/** "「单位得分 2020」 p.2/3 (PDF p.36)" for a page of a PDF. */
function where(book: Printed, page: number): string {
  const s = book.sheets.find((x) => page >= x.first && page <= x.last);
  return s ? `「${s.sheet}」 p.${page - s.first + 1}/${s.last - s.first + 1} (PDF p.${page})` : `PDF p.${page}`;
}

/** A copy of the workbook package with only the named sheet (parts of the others stay, unreferenced). */
async function oneSheetCopy(xlsx: string, prefix: string, out: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsx));
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  const tags = workbook.match(/<sheet\b[^>]*\/>/g) ?? [];
  const names = tags.map((t) => decodeXml(/\bname="([^"]*)"/.exec(t)?.[1] ?? ''));
  const matching = names.filter((n) => n.startsWith(prefix));
  if (matching.length !== 1) throw new Error(`${path.basename(xlsx)}: expected one sheet named ${prefix}…, found ${JSON.stringify(matching)} among ${JSON.stringify(names)}`);
  const keep = names.indexOf(matching[0]);
  workbook = workbook.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${tags[keep]}</sheets>`);
  // Sheet-level names (print area, print titles) follow their sheet to index 0; the others go.
  workbook = workbook.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g, (_, attrs: string, body: string) => {
    const local = /localSheetId="(\d+)"/.exec(attrs);
    return local && Number(local[1]) === keep ? `<definedName${attrs.replace(/localSheetId="\d+"/, 'localSheetId="0"')}>${body}</definedName>` : '';
  });
  workbook = workbook.replace(/<definedNames>\s*<\/definedNames>/, '').replace(/\b(activeTab|firstSheet)="\d+"/g, '$1="0"');
  zip.file('xl/workbook.xml', workbook);
  await fs.writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return matching[0];
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

const decodeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? _);

/** The page as printed (clipping applied), from pdftocairo's SVG of that page. */
async function printed(pdf: string, page: Page, dir: string): Promise<{ page: Page; clipped: ClippedWord[] }> {
  const svg = path.join(dir, `${path.basename(pdf, '.pdf')}-p${page.number}.svg`);
  execFileSync('pdftocairo', ['-svg', '-f', String(page.number), '-l', String(page.number), pdf, svg]);
  return printedPage(page, parseCairoSvg(await fs.readFile(svg, 'utf8')));
}

// --- Cell values as the sheet shows them ------------------------------------------------------

const roundHalfAway = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * f * (1 + Number.EPSILON))) / f;
};

/** A number in one section of a number format: 0, 0.0, #,##0, 0.0%, with literal text around it. */
function formatSection(value: number, section: string, format: string): string {
  if (section === '') return '';
  const s = section.replace(/\[(?:Red|Black|Blue|Green|White|Yellow|Magenta|Cyan|Color\d+)\]/gi, '');
  if (/\[[<>=]/.test(s) || /[yMdhs]|E\+|\?|\//.test(s.replace(/"[^"]*"|\\./g, ''))) throw new Error(`number format not supported by this test: ${format}`);
  const m = /^((?:"[^"]*"|\\.|[^#0.,%])*)([#0,]*(?:\.[0#]+)?)(%?)(.*)$/.exec(s);
  if (!m) throw new Error(`number format not supported by this test: ${format}`);
  const literal = (t: string) => t.replace(/"([^"]*)"|\\(.)|_.|\*./g, (_, q?: string, e?: string) => q ?? e ?? '');
  const [, pre, core, percent, post] = m;
  const decimals = core.includes('.') ? core.length - core.indexOf('.') - 1 : 0;
  let digits = roundHalfAway(percent ? value * 100 : value, decimals).toFixed(decimals);
  if (core.includes(',')) digits = digits.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  if (!/[0#]/.test(core)) digits = '';
  return `${literal(pre)}${digits}${percent}${literal(post)}`;
}

/** How Excel (and LibreOffice) show `value` under `format`: enough of the format language for these sheets. */
function formatNumber(value: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (value < 0 && sections.length >= 2) return formatSection(-value, sections[1], format);
  if (value === 0 && sections.length >= 3) return formatSection(0, sections[2], format);
  const shown = formatSection(Math.abs(value), sections[0], format);
  return value < 0 && /[1-9]/.test(shown) ? `-${shown}` : shown;
}

function formatDate(d: Date, format: string | undefined): string {
  const f = format ?? 'yyyy-mm-dd';
  if (!/^(?:yyyy|yy|mm|m|dd|d|"[^"]*"|\\.|[-/ 年月日.])+$/.test(f)) throw new Error(`date format not supported by this test: ${f}`);
  return f.replace(/yyyy|yy|mm|m|dd|d|"[^"]*"|\\./g, (t) => {
    switch (t) {
      case 'yyyy': return String(d.getUTCFullYear());
      case 'yy': return String(d.getUTCFullYear() % 100).padStart(2, '0');
      case 'mm': return String(d.getUTCMonth() + 1).padStart(2, '0');
      case 'm': return String(d.getUTCMonth() + 1);
      case 'dd': return String(d.getUTCDate()).padStart(2, '0');
      case 'd': return String(d.getUTCDate());
      default: return t.startsWith('"') ? t.slice(1, -1) : t.slice(1);
    }
  });
}

/** The cells of a range list such as "P4:P19 R4". */
function cellsOf(sqref: string): string[] {
  const out: string[] = [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const name = (c: number): string => (c > 26 ? name(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
  for (const ref of sqref.trim().split(/\s+/)) {
    const [a, b = a] = ref.replace(/\$/g, '').split(':');
    const [, ca, ra] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
    const [, cb, rb] = /^([A-Z]+)(\d+)$/.exec(b) ?? [];
    if (!ca || !cb) continue;
    for (let r = Number(ra); r <= Number(rb); r++) for (let c = col(ca); c <= col(cb); c++) out.push(`${name(c)}${r}`);
  }
  return out;
}

/**
 * Cells whose value the sheet means not to print: covered by a data bar or icon set drawn without
 * its value (showValue="0"; ExcelJS does not keep that attribute, so read from the package).
 */
async function valueHiddenCells(xlsx: string, sheet: string): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsx));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const tag = (workbook.match(/<sheet\b[^>]*\/>/g) ?? []).find((t) => decodeXml(/\bname="([^"]*)"/.exec(t)?.[1] ?? '') === sheet);
  const id = tag && /\br:id="([^"]*)"/.exec(tag)?.[1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rel = (rels.match(/<Relationship\b[^>]*\/>/g) ?? []).find((r) => r.includes(`Id="${id}"`));
  const target = rel && /\bTarget="([^"]*)"/.exec(rel)?.[1];
  if (!target) throw new Error(`${path.basename(xlsx)}: no part for sheet ${sheet}`);
  const xml = await zip.file(target.startsWith('/') ? target.slice(1) : `xl/${target}`)!.async('string');
  const hidden = new Set<string>();
  for (const m of xml.matchAll(/<conditionalFormatting\b[^>]*\bsqref="([^"]*)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g)) {
    if (/<(?:dataBar|iconSet)\b[^>]*\bshowValue="(?:0|false)"/.test(m[2])) for (const c of cellsOf(m[1])) hidden.add(c);
  }
  return hidden;
}

/**
 * Every number the sheet shows, and every text holding a digit, as printed text, with the cells
 * that show it: only cells that print (inside the print area, rows and columns not hidden, the
 * top-left cell of a merged range, value not hidden by a data bar or icon set).
 */
function expectedTokens(ws: ExcelJS.Worksheet, valueHidden: Set<string>): Map<string, string[]> {
  const area = ws.pageSetup.printArea?.split('&&')[0];
  const [from, to] = area ? area.split(':').map((a) => ws.getCell(a.replace(/\$/g, ''))) : [null, null];
  const tokens = new Map<string, string[]>();
  const add = (token: string, cell: string) => {
    if (token !== '') tokens.set(token, [...(tokens.get(token) ?? []), cell]);
  };
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if ((cell.isMerged && cell.master !== cell) || valueHidden.has(cell.address)) return;
      if (ws.getColumn(c).hidden) return;
      if (from && to && (r < Number(from.row) || r > Number(to.row) || c < Number(from.col) || c > Number(to.col))) return;
      let v: unknown = cell.value;
      if (v && typeof v === 'object' && 'result' in v) v = (v as { result: unknown }).result;
      if (v && typeof v === 'object' && 'richText' in v) v = (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
      if (typeof v === 'number') add(formatNumber(v, cell.numFmt), cell.address);
      else if (v instanceof Date) add(formatDate(v, cell.numFmt), cell.address);
      else if (typeof v === 'string' && /\d/.test(v)) add(v.trim(), cell.address);
    });
  });
  return tokens;
}

// ------------------------------------------------------------------------------------------------

describe('printed pages of the demo outputs (LibreOffice → PDF)', () => {
  let dir: string;
  let runBook: string;
  let bulletinBook: string;
  let whole: { run: Printed; bulletin: Printed };
  /** The bulletin sheet printed on its own. */
  let bulletinAlone: Printed;

  beforeAll(async () => {
    if (!canPrint) return;
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-print-'));
    const io = { stdout: () => undefined, stderr: () => undefined, today: () => dateOnly('2020-07-01') };
    runBook = path.join(dir, 'demo-run.xlsx');
    bulletinBook = path.join(dir, 'demo-bulletin.xlsx');
    expect(await main(['run', DEMO, '--as-of', '2020-07-01', '--out', runBook, '--force'], io)).toBe(0);
    expect(await main(['bulletin', runBook, '--month', '2020-05', '--out', bulletinBook, '--force'], io)).toBe(0);
    const alone = path.join(dir, 'bulletin-alone.xlsx');
    await oneSheetCopy(bulletinBook, BULLETIN, alone);

    const pdfDir = path.join(dir, 'pdf');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', pdfDir, runBook, bulletinBook, alone], {
      stdio: 'ignore',
      timeout: 200_000,
    });
    const pdf = (xlsx: string) => path.join(pdfDir, `${path.basename(xlsx, '.xlsx')}.pdf`);
    whole = { run: readPdf(pdf(runBook)), bulletin: readPdf(pdf(bulletinBook)) };
    bulletinAlone = readPdf(pdf(alone));
  }, 240_000);

  afterAll(async () => {
    // DUBAN_KEEP_PRINTS=1 keeps the workbooks and PDFs to look at (scripts/print-pages.js makes PNGs).
    if (dir && process.env.DUBAN_KEEP_PRINTS) process.stderr.write(`printed pages kept in ${dir}\n`);
    else if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  maybe.each([
    ['the `duban run` output', 'run'],
    ['the `duban bulletin` output', 'bulletin'],
  ] as const)('%s: no page prints words over other words', (_, key) => {
    const book = whole[key];
    const overlaps: Overlap[] = book.pages.flatMap((p) => findOverlaps(p));
    const bySheet: Record<string, number> = {};
    for (const o of overlaps) {
      const sheet = book.sheets.find((s) => o.page >= s.first && o.page <= s.last)?.sheet ?? '?';
      bySheet[sheet] = (bySheet[sheet] ?? 0) + 1;
    }
    const lines = overlaps.map((o) => `${where(book, o.page)}: ${describeOverlap(o).replace(/^p\.\d+: /, '')}`);
    expect({ pdf: book.name, pairs: overlaps.length, bySheet, overlaps: lines }).toEqual({ pdf: book.name, pairs: 0, bySheet: {}, overlaps: [] });
  });

  maybe.each([SCORE, BONUS])('every number on 「%s」 prints whole', async (prefix) => {
    const s = sheetOf(whole.run, prefix);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(runBook);
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) throw new Error(`${path.basename(runBook)} has no sheet 「${s.sheet}」`);
    const tokens = expectedTokens(ws, await valueHiddenCells(runBook, s.sheet));
    expect(tokens.size).toBeGreaterThan(0);
    const onPaper = await Promise.all(s.pages.map((p) => printed(whole.run.pdf, p, dir)));
    const pages = onPaper.map((p) => p.page);
    const clipped = onPaper.flatMap((p) => p.clipped);
    const missing: string[] = [];
    for (const [token, cells] of tokens) {
      const found = findToken(pages, token).length;
      if (found >= cells.length) continue;
      const t = squeeze(token);
      const cut = clipped.filter((c) => squeeze(c.word.text).includes(t) || t.includes(squeeze(c.word.text)));
      missing.push(
        `「${token}」 (${cells.slice(0, 6).join(', ')}${cells.length > 6 ? ` … ${cells.length} cells` : ''}): printed whole ${found} of ${cells.length}` +
          (cut.length > 0 ? `; cut off on paper: ${cut.slice(0, 3).map((c) => `${where(whole.run, c.page)} 「${c.word.text}」 prints as 「${c.printed}」 (cut: ${c.cut})`).join(', ')}` : ''),
      );
    }
    expect({ sheet: s.sheet, missing }).toEqual({ sheet: s.sheet, missing: [] });
  });

  describe('the bulletin', () => {
    /** The unit table's rows: unit name and category, from the sheet (header row with 单位 … 年度得分). */
    async function unitRows(): Promise<Array<{ unit: string; category: string | null }>> {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(bulletinBook);
      const ws = wb.getWorksheet(sheetOf(whole.bulletin, BULLETIN).sheet)!;
      const text = (r: number, c: number) => squeeze(String(ws.getCell(r, c).text ?? ''));
      for (let r = 1; r <= ws.rowCount; r++) {
        const cols = Array.from({ length: ws.columnCount }, (_, i) => text(r, i + 1));
        const unitCol = cols.indexOf('单位');
        if (unitCol < 0 || !cols.includes('年度得分')) continue;
        const categoryCol = cols.indexOf('类别');
        const rows = [];
        for (let k = r + 1; k <= ws.rowCount && text(k, unitCol + 1) !== ''; k++) {
          rows.push({ unit: text(k, unitCol + 1), category: categoryCol >= 0 ? text(k, categoryCol + 1) : null });
        }
        return rows;
      }
      throw new Error(`「${sheetOf(whole.bulletin, BULLETIN).sheet}」 has no header row with 单位 and 年度得分`);
    }

    /** The printed rows of the unit table on a page: the unit's name with its category on the same row. */
    const unitRowsOn = (page: Page, units: Array<{ unit: string; category: string | null }>) =>
      pageWords(page).filter((w) => units.some((u) => u.unit === w.text && (u.category === null || rowOf(page, w).some((x) => x !== w && x.text === u.category))));

    maybe('repeats the unit table headings (单位, 年度得分) at the top of every later page with unit rows', async () => {
      const s = sheetOf(whole.bulletin, BULLETIN);
      const units = await unitRows();
      // The table is found on paper at all (else the check would pass by finding nothing).
      expect(s.pages.filter((p) => unitRowsOn(p, units).length > 0).length).toBeGreaterThan(0);
      const problems = missingHeadings(s.pages, (p) => unitRowsOn(p, units), ['单位', '年度得分']);
      expect({ sheet: s.sheet, pages: s.pages.length, problems }).toEqual({ sheet: s.sheet, pages: s.pages.length, problems: [] });
    });

    maybe('has the footer 第 N 页 共 M 页 on every page, numbered within the sheet', () => {
      const s = sheetOf(whole.bulletin, BULLETIN);
      const n = s.pages.length;
      const problems: string[] = [];
      // The sheet printed on its own (Excel's "print active sheet"): N of M, M = the sheet's pages.
      if (bulletinAlone.pages.length !== n) problems.push(`printed alone it has ${bulletinAlone.pages.length} pages, in the whole workbook ${n}`);
      bulletinAlone.pages.forEach((p, i) => {
        const f = footerNumbers(p);
        if (!f || f.n !== i + 1 || f.m !== bulletinAlone.pages.length) {
          problems.push(`printed alone, p.${i + 1}: footer ${f ? `「${f.text}」` : 'missing'}, expected 第 ${i + 1} 页 共 ${bulletinAlone.pages.length} 页`);
        }
      });
      // In the whole workbook the count starts at 1 on the sheet's first page too: LibreOffice runs
      // the page number on from the sheets before unless the sheet's page setup gives a first page
      // number (useFirstPageNumber/firstPageNumber). Its &N there is the whole export's page count,
      // which no sheet can change, so M may be that instead of the sheet's.
      const total = whole.bulletin.pages.length;
      s.pages.forEach((p, i) => {
        const f = footerNumbers(p);
        if (!f || f.n !== i + 1 || (f.m !== n && f.m !== total)) {
          problems.push(`whole workbook, ${where(whole.bulletin, p.number)}: footer ${f ? `「${f.text}」` : 'missing'}, expected 第 ${i + 1} 页 共 ${n} 页 (or 共 ${total} 页)`);
        }
      });
      expect({ sheet: s.sheet, pages: n, problems }).toEqual({ sheet: s.sheet, pages: n, problems: [] });
    });
  });

  maybe.each([
    [SCORE, 'run'],
    [BONUS, 'run'],
    [BULLETIN, 'bulletin'],
  ] as const)('「%s」 ends with the line 制表人 审核人 日期', (prefix, key) => {
    const s = sheetOf(whole[key], prefix);
    const last = s.pages[s.pages.length - 1];
    const bottom = last.lines
      .slice()
      .sort((a, b) => a.yMax - b.yMax)
      .slice(-3)
      .map((l) => l.words.map((w) => w.text).join(' '));
    const lastPage = where(whole[key], last.number);
    expect({ lastPage, signed: hasRowWith(last, ['制表人', '审核人', '日期']), bottom }).toEqual({ lastPage, signed: true, bottom });
  });
});

describe('cell values as printed (the formats the report sheets use)', () => {
  it.each([
    [15, undefined, '15'],
    [-16, 'General', '-16'],
    [0.5, undefined, '0.5'],
    [14400, '#,##0', '14,400'],
    [240000, '#,##0', '240,000'],
    [-1234.5, '#,##0', '-1,235'],
    [0.6666666666666666, '0.0%', '66.7%'],
    [0.5, '0.0%', '50.0%'],
    [1, '0.0%', '100.0%'],
    [0.10344827586206896, '0.0%', '10.3%'],
    [0.125, '0%', '13%'],
    [3, '+0;-0;0', '+3'],
    [-1, '+0;-0;0', '-1'],
    [0, '+0;-0;0', '0'],
    [2.5, '0.00', '2.50'],
    [7, '0"分"', '7分'],
    [7, ';;;', ''],
  ])('%p under %p prints as %p', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });
  it('refuses a format it does not know rather than guessing', () => {
    expect(() => formatNumber(1, '[>100]0;0')).toThrow(/not supported/);
    expect(() => formatNumber(1, '# ?/?')).toThrow(/not supported/);
  });
});
