/**
 * Files from foreign producers (test/corpus/foreign, see its README): LibreOffice's own export and
 * Excel-style markup this project never writes. `duban run` on each must give THE INPUT PACKAGE
 * PLUS OUR PARTS, checked part by part on the decompressed bytes:
 *
 *   1. every entry of the input is in the output;
 *   2. every entry but [Content_Types].xml, the workbook part, its relationships, the styles part
 *      and the ledger's worksheet part is byte-identical;
 *   3. the ledger part differs only by inserted cells, rows, conditional formats and merges
 *      (xmlInsertions), plus the few attribute values LEDGER_ATTRIBUTES names;
 *   4. [Content_Types].xml, the workbook part and its relationships differ only by inserted
 *      Override / sheet / Relationship / definedNames / definedName elements;
 *   5. the styles part differs only by insertions (and the counts of its collections);
 *   6. the parts new in the output are worksheets.
 *
 * Also: the 1904 copy of the demo ledger gives the statuses and notices of the 1900 copy, no run
 * prints an English library error, and LibreOffice opens every output (when it is installed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { CONCEPTS, type Concept } from '../../src/core/ledger/concepts';
import type { Report } from '../../src/app/buildReport';
import { xmlInsertions, type XmlChange } from '../support/xmlInsertions';
import { dateOnly } from '../support/dateOnly';

const DIR = path.join(__dirname, 'foreign');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const AS_OF = dateOnly('2020-07-01');
const SOFFICE = '/usr/bin/soffice';

/**
 * Attribute values the ledger part may change, as element@attribute:
 * - dimension@ref: the used range grows by the status column (ECMA-376 §18.3.1.35);
 * - row@spans: a row's optional hint of the columns it holds (§18.3.1.73) must cover the new cell;
 * - mergeCells@count: the count of merges, when a two-row header's status cell is merged (§18.3.1.55).
 * Nothing else: a changed t or s of an existing cell, say, is a cell of the user's overwritten.
 */
const LEDGER_ATTRIBUTES = new Set(['dimension@ref', 'row@spans', 'mergeCells@count']);
/** Elements the run may insert into the ledger part: the status column, its colouring, its header merge. */
const LEDGER_ELEMENTS = new Set(['c', 'row', 'conditionalFormatting', 'cfRule', 'mergeCells', 'mergeCell']);
/** Elements the run may insert into the content types, the workbook and its relationships: new sheets and their print names. */
const PACKAGE_ELEMENTS = new Set(['Override', 'sheet', 'Relationship', 'definedNames', 'definedName']);
/** The only attribute the styles part may change: the count of a collection its new entries join (§18.8). */
const STYLES_ATTRIBUTES = new Set(['count']);

const WORKSHEET_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);

/** What a library says when it fails, in English: none of it may reach the user. */
const ENGLISH_ERROR =
  /\b(?:TypeError|RangeError|SyntaxError|ReferenceError|Error:|Cannot read propert|Cannot set propert|is not a function|is not defined|is not iterable|undefined|Unexpected (?:token|end)|Invalid|Corrupted|End of data|ENOENT|EACCES|at (?:async |Object\.|new )|\.js:\d+)/;

interface Run {
  file: string;
  out: string;
  code: number;
  stdout: string;
  stderr: string;
  report: Report | null;
}

// A run takes about a second (the old ExcelJS adapter took 30 s on the stray cell in row 1048576).
jest.setTimeout(60_000);

let dir: string;
const runs = new Map<string, Promise<Run>>();

/** `duban run` on one file of the corpus, once per file for all the tests that need it. */
function run(file: string, from = DIR, options: string[] = []): Promise<Run> {
  const input = path.join(from, file);
  let done = runs.get(input);
  if (done === undefined) {
    done = (async () => {
      const out = path.join(dir, file.replace(/\.xlsx$/, '-督办.xlsx'));
      let stdout = '';
      let stderr = '';
      const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), today: () => AS_OF };
      const code = await main(['run', input, '--as-of', AS_OF, '--out', out, '--force', '--json', '--confirm', ...options], io);
      let report: Report | null = null;
      try {
        report = code === 0 ? (JSON.parse(stdout) as Report) : null;
      } catch {
        report = null;
      }
      return { file, out, code, stdout, stderr, report };
    })();
    runs.set(input, done);
  }
  return done;
}

/** Fails with the run's own words when it did not succeed. */
function succeeded(r: Run): Report {
  if (r.code !== 0 || r.report === null) throw new Error(`${r.file}: duban run gave exit ${r.code}\n${r.stderr}${r.stdout.slice(0, 500)}`);
  return r.report;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-foreign-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Reading a package: its entries, and where its workbook, styles and sheets are.

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : +e.slice(1)) : ENTITIES[e],
  );

/** The attributes of a start tag by qualified name. */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs.set(m[1], unescapeXml(m[3] ?? m[4]));
  return attrs;
}

/** Start tags of elements with the local name `local` (any prefix). */
const tagsNamed = (xml: string, local: string) => [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);

/** A relationship target as a part name (no leading '/'), resolved against the source part's folder. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
}

const relsOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);

/** Relationships of a part: Id → { type, part }. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const rels = new Map<string, { type: string; target: string }>();
  const file = zip.file(relsOf(part));
  if (file === null) return rels;
  for (const tag of tagsNamed(await file.async('string'), 'Relationship')) {
    const a = attributes(tag);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id === undefined || target === undefined) continue;
    rels.set(id, { type: a.get('Type') ?? '', target: a.get('TargetMode') === 'External' ? target : resolveTarget(part, target) });
  }
  return rels;
}

interface Layout {
  workbook: string;
  workbookRels: string;
  styles: string | null;
  /** Sheet name → worksheet part. */
  sheets: Map<string, string>;
}

async function layoutOf(zip: JSZip): Promise<Layout> {
  const root = await relationships(zip, '');
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  if (office === undefined) throw new Error('no officeDocument relationship in _rels/.rels');
  const workbook = office.target;
  const rels = await relationships(zip, workbook);
  const xml = await zip.file(workbook)!.async('string');
  const sheets = new Map<string, string>();
  for (const tag of tagsNamed(xml, 'sheet')) {
    const a = attributes(tag);
    // The relationship id is the attribute whose local name is id (r:id, or another prefix for the same namespace).
    const idAttr = [...a.keys()].find((k) => k.endsWith(':id'));
    const name = a.get('name');
    const target = idAttr === undefined ? undefined : rels.get(a.get(idAttr)!);
    if (name !== undefined && target !== undefined) sheets.set(name, target.target);
  }
  const styles = [...rels.values()].find((r) => r.type.endsWith('/styles'))?.target ?? null;
  return { workbook, workbookRels: relsOf(workbook), styles, sheets };
}

const fileEntries = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);

/** What xmlInsertions found that a rule does not allow, in words for the failure message. */
function disallowed(changes: XmlChange[], elements: Set<string> | null, attrs: (c: Extract<XmlChange, { kind: 'changed-attribute' }>) => boolean): string[] {
  return changes.flatMap((c) => {
    if (c.kind === 'inserted-element') return elements === null || elements.has(c.name) ? [] : [`inserted <${c.name}>: ${c.xml.slice(0, 160)}`];
    return attrs(c) ? [] : [`${c.element}@${c.attribute}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`];
  });
}

/**
 * How `output` fails to be `input` plus our parts (checks 1–6 above), one line per fault; [] when
 * it is. `ledgerSheet` is the sheet the run decorated (the report's `sheet`).
 */
async function packageFaults(input: Buffer, output: Buffer, ledgerSheet: string): Promise<string[]> {
  const faults: string[] = [];
  const inZip = await JSZip.loadAsync(input);
  const outZip = await JSZip.loadAsync(output);
  const layout = await layoutOf(inZip);
  const outLayout = await layoutOf(outZip);
  const ledger = layout.sheets.get(ledgerSheet);
  if (ledger === undefined) return [`no worksheet part for the ledger sheet ${ledgerSheet}`];
  // The output names the same parts as the input (nothing renamed or moved).
  if (outLayout.workbook !== layout.workbook) faults.push(`workbook part moved: ${layout.workbook} → ${outLayout.workbook}`);
  if (outLayout.styles !== layout.styles && layout.styles !== null) faults.push(`styles part moved: ${layout.styles} → ${outLayout.styles}`);
  if (outLayout.sheets.get(ledgerSheet) !== ledger) faults.push(`ledger part moved: ${ledger} → ${outLayout.sheets.get(ledgerSheet)}`);

  const inNames = fileEntries(inZip);
  const outNames = new Set(fileEntries(outZip));
  // (1) every input entry is in the output.
  for (const name of inNames) if (!outNames.has(name)) faults.push(`${name}: missing from the output`);

  // (2) the entries we may not touch are byte-identical once decompressed.
  const editable = new Set(['[Content_Types].xml', layout.workbook, layout.workbookRels, ledger, ...(layout.styles === null ? [] : [layout.styles])]);
  for (const name of inNames) {
    if (editable.has(name) || !outNames.has(name)) continue;
    const [a, b] = await Promise.all([inZip.file(name)!.async('nodebuffer'), outZip.file(name)!.async('nodebuffer')]);
    if (!a.equals(b)) faults.push(`${name}: changed (${a.length} → ${b.length} bytes)`);
  }

  const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');
  /** xmlInsertions of a part kept in the output; null (and a fault) when it is not insertions only. */
  const changesOf = async (part: string): Promise<XmlChange[] | null> => {
    if (inZip.file(part) === null || outZip.file(part) === null) return [];
    const changes = xmlInsertions(await text(inZip, part), await text(outZip, part));
    if (changes === null) faults.push(`${part}: not the input with insertions only (something was removed or rewritten)`);
    return changes;
  };

  // (3) the ledger part: cells, rows, conditional formats and merges inserted; only whitelisted attributes changed.
  const ledgerChanges = await changesOf(ledger);
  if (ledgerChanges !== null) {
    faults.push(...disallowed(ledgerChanges, LEDGER_ELEMENTS, (c) => LEDGER_ATTRIBUTES.has(`${c.element}@${c.attribute}`)).map((w) => `${ledger}: ${w}`));
    // The run wrote its status column: the part did change.
    if (!ledgerChanges.some((c) => c.kind === 'inserted-element')) faults.push(`${ledger}: no status column inserted`);
  }

  // (4) content types, the workbook and its relationships: new sheets and names only, no attribute changed.
  for (const part of ['[Content_Types].xml', layout.workbook, layout.workbookRels]) {
    const changes = await changesOf(part);
    if (changes !== null) faults.push(...disallowed(changes, PACKAGE_ELEMENTS, () => false).map((w) => `${part}: ${w}`));
  }

  // (5) styles: insertions only, and the counts of the collections they join.
  if (layout.styles !== null) {
    const changes = await changesOf(layout.styles);
    if (changes !== null) faults.push(...disallowed(changes, null, (c) => STYLES_ATTRIBUTES.has(c.attribute)).map((w) => `${layout.styles}: ${w}`));
  }

  // (6) the new parts are worksheets: with a worksheet content type, and sheets of the output's workbook.
  const types = new Map(tagsNamed(await text(outZip, '[Content_Types].xml'), 'Override').map((t) => [attributes(t).get('PartName')?.replace(/^\//, ''), attributes(t).get('ContentType')]));
  const inSet = new Set(inNames);
  const outSheets = new Set(outLayout.sheets.values());
  for (const name of outNames) {
    if (inSet.has(name)) continue;
    if (!WORKSHEET_TYPES.has(types.get(name) ?? '')) faults.push(`${name}: a new part that is not a worksheet (content type ${types.get(name) ?? 'none'})`);
    else if (!outSheets.has(name)) faults.push(`${name}: a new worksheet part no sheet of the workbook names`);
  }
  return faults;
}

// ---------------------------------------------------------------------------------------------

describe('foreign producers: the output package is the input package plus our parts', () => {
  it('has the corpus', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(13);
    expect(FILES).toEqual(expect.arrayContaining(['lo-demo-1900.xlsx', 'lo-demo-1904.xlsx']));
  });

  test.each(FILES)('%s', async (file) => {
    const r = await run(file);
    const report = succeeded(r);
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(ENGLISH_ERROR);
    expect(await packageFaults(await fs.readFile(path.join(DIR, file)), await fs.readFile(r.out), report.sheet)).toEqual([]);
  });
});

/**
 * The same check over the real-layout corpus (test/corpus/ledgers: 45 ledgers modelled on public
 * ones, written by ExcelJS and by LibreOffice), each with the sheet and columns its sidecar names,
 * so that the two that need a --map run too.
 */
describe('real ledger layouts: the output package is the input package plus our parts', () => {
  const LEDGERS = path.join(__dirname, 'ledgers');
  const sidecarOf = (file: string) =>
    JSON.parse(readFileSync(path.join(LEDGERS, file.replace(/\.xlsx$/, '.json')), 'utf8')) as { sheet: string; columns: Partial<Record<Concept, string>> };
  // Two public layouts have no date column at all and cannot run (ledgers.test.ts checks they say so).
  const ledgers = readdirSync(LEDGERS)
    .filter((f) => f.endsWith('.xlsx'))
    .filter((f) => sidecarOf(f).columns.assigned !== undefined || sidecarOf(f).columns.deadline !== undefined)
    .sort();

  it('has the corpus', () => expect(ledgers.length).toBeGreaterThanOrEqual(43));

  test.each(ledgers)('%s', async (file) => {
    const sidecar = sidecarOf(file);
    const map = Object.entries(sidecar.columns).flatMap(([concept, letters]) => ['--map', `${CONCEPTS[concept as Concept].label}=${letters}`]);
    const r = await run(file, LEDGERS, ['--sheet', sidecar.sheet, ...map]);
    const report = succeeded(r);
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(ENGLISH_ERROR);
    expect(await packageFaults(await fs.readFile(path.join(LEDGERS, file)), await fs.readFile(r.out), report.sheet)).toEqual([]);
  });
});

/**
 * The check itself, on outputs made by hand (it must pass what the adapter should write and catch
 * what it must not), so that the corpus tests cannot pass for want of looking.
 */
describe('the package check', () => {
  const SOURCE = path.join(DIR, 'lo-demo-1900.xlsx');
  const NEW_SHEET = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

  /** The input with a status column, a colour rule and a new sheet, written as insertions; `spoil` then edits it. */
  async function handMade(spoil: (zip: JSZip) => Promise<void> = async () => undefined): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await fs.readFile(SOURCE));
    const edit = async (name: string, fn: (x: string) => string) => {
      const before = await zip.file(name)!.async('string');
      const after = fn(before);
      if (after === before) throw new Error(`hand-made output: ${name} not edited`);
      zip.file(name, after);
    };
    await edit('xl/worksheets/sheet1.xml', (x) =>
      x
        .replace('<dimension ref="A1:N62"/>', '<dimension ref="A1:O62"/>')
        .replace(/(<row r="2"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="O2" t="inlineStr"><is><t>督办状态</t></is></c></row>')
        .replace('</mergeCells>', '</mergeCells><conditionalFormatting sqref="A3:O62"><cfRule type="expression" dxfId="0" priority="1"><formula>$O3="红"</formula></cfRule></conditionalFormatting>'),
    );
    // LibreOffice writes no <dxfs>: the colour goes in a new one, before <colors> (CT_Stylesheet order).
    await edit('xl/styles.xml', (x) => x.replace('<colors>', '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs><colors>'));
    zip.file('xl/worksheets/sheet4.xml', NEW_SHEET);
    await edit('[Content_Types].xml', (x) => x.replace('</Types>', '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
    await edit('xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet4.xml"/></Relationships>'));
    await edit('xl/workbook.xml', (x) => x.replace('</sheets>', '<sheet name="单位得分 2020" sheetId="4" state="visible" r:id="rId99"/></sheets>'));
    await spoil(zip);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('passes an output that only adds', async () => {
    expect(await packageFaults(await fs.readFile(SOURCE), await handMade(), '督办台账')).toEqual([]);
  });

  it.each([
    ['a byte of another part changed', 'xl/sharedStrings.xml', (x: string) => x.replace('督办事项', '督办事件'), /xl\/sharedStrings.xml: changed/],
    ['a cell of the ledger rewritten', 'xl/worksheets/sheet1.xml', (x: string) => x.replace('<c r="A3" s="3" t="s">', '<c r="A3" s="4" t="s">'), /sheet1.xml: c@s/],
    ['a ledger element removed', 'xl/worksheets/sheet1.xml', (x: string) => x.replace(/<printOptions[^>]*\/>/, ''), /sheet1.xml: not the input with insertions only/],
    ['an attribute of the workbook changed', 'xl/workbook.xml', (x: string) => x.replace('activeTab="0"', 'activeTab="3"'), /workbook.xml: workbookView@activeTab/],
    ['a style attribute other than count changed', 'xl/styles.xml', (x: string) => x.replace(/<cellStyleXfs count="(\d+)">/, '<cellStyleXfs count="$1" x="1">'), /styles.xml: cellStyleXfs@x/],
    ['a part dropped', 'docProps/custom.xml', null, /docProps\/custom.xml: missing/],
  ] as const)('catches %s', async (_what, part, change, fault) => {
    const output = await handMade(async (zip) => {
      if (change === null) zip.remove(part);
      else zip.file(part, change(await zip.file(part)!.async('string')));
    });
    const faults = await packageFaults(await fs.readFile(SOURCE), output, '督办台账');
    expect(faults.join('\n')).toMatch(fault);
  });

  it('catches a new part that is not a worksheet', async () => {
    const output = await handMade(async (zip) => void zip.file('xl/media/image9.png', Buffer.from([0x89, 0x50])));
    expect((await packageFaults(await fs.readFile(SOURCE), output, '督办台账')).join('\n')).toMatch(/image9.png: a new part that is not a worksheet/);
  });
});

describe('foreign producers: the same ledger read alike', () => {
  it.each([
    ['the 1904 copy of the demo ledger', 'lo-demo-1904.xlsx'],
    ['the copy with every element under x: (Open XML SDK)', 'sdk-prefixed.xlsx'],
  ])('reads %s as the 1900 copy: the same statuses and notices', async (_, file) => {
    const [r1900, other] = await Promise.all([run('lo-demo-1900.xlsx'), run(file)]);
    const [a, b] = [succeeded(r1900), succeeded(other)];
    // One line per item (a failure then shows the items that differ, not pages of objects).
    const items = (r: Report) =>
      r.items.map((i) => `${i.row} ${i.id ?? '-'} ${i.status} ${i.level ?? '-'} ${i.deadline ?? '-'} ${i.done ?? '-'} ${i.notices.map((n) => `${n.color}:${n.date}:${n.unit}${n.issued ? ':issued' : ''}`).join(',')}`);
    const counts = (r: Report) => {
      const by = { blue: 0, yellow: 0, red: 0 };
      for (const n of r.notices) by[n.color]++;
      return { issued: r.notices.length, ...by };
    };
    expect(counts(b)).toEqual(counts(a));
    expect(items(b)).toEqual(items(a));
    expect(b.notices.map((n) => `${n.number} ${n.color} ${n.unit} ${n.itemId} ${n.issueDate}`)).toEqual(a.notices.map((n) => `${n.number} ${n.color} ${n.unit} ${n.itemId} ${n.issueDate}`));
    // Not a vacuous comparison: the demo has coloured items and notices to issue.
    expect(a.items.filter((i) => ['红', '黄', '蓝'].includes(i.status)).length).toBeGreaterThan(0);
    expect(a.notices.length).toBeGreaterThan(0);
  });
});

describe('foreign producers: LibreOffice opens the outputs', () => {
  (existsSync(SOFFICE) ? it : it.skip)(
    'converts every output to a non-empty PDF in one soffice run',
    async () => {
      const done = await Promise.all(FILES.map((f) => run(f)));
      const outputs = done.filter((r) => r.code === 0 && existsSync(r.out));
      expect(done.filter((r) => !outputs.includes(r)).map((r) => `${r.file}: exit ${r.code}`)).toEqual([]);
      const pdfDir = path.join(dir, 'pdf');
      const result = spawnSync(
        SOFFICE,
        [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...outputs.map((r) => r.out)],
        { stdio: 'ignore', timeout: 220_000 },
      );
      expect(result.error).toBeUndefined();
      const missing = outputs
        .map((r) => path.join(pdfDir, `${path.basename(r.out, '.xlsx')}.pdf`))
        .filter((pdf) => !existsSync(pdf) || statSync(pdf).size === 0)
        .map((pdf) => path.basename(pdf));
      expect(missing).toEqual([]);
    },
    240_000,
  );
});
