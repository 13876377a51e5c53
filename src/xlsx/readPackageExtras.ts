import { readZipEntries } from './readZipEntries';

/**
 * What ExcelJS does not carry through a load and save of an .xlsx package: the manual page breaks
 * of each sheet (it writes them, but never reads them back), and parts it drops entirely. The CLI
 * writes the user's sheets back into its output, so breaks are restored and the rest is reported.
 */
export interface PackageExtras {
  /** Sheet name → the rows after which a manual page break is set. */
  rowBreaks: Map<string, number[]>;
  /** What the output cannot keep, in Chinese, one entry per kind of part. */
  dropped: string[];
}

/** Parts ExcelJS does not keep, by the folder they live in. */
const DROPPED_PARTS: ReadonlyArray<[RegExp, string]> = [
  [/^xl\/charts\//, '图表'],
  [/^xl\/diagrams\//, 'SmartArt 图形'],
  [/^xl\/pivotTables\//, '数据透视表'],
  [/^xl\/slicers\//, '切片器'],
  [/^xl\/vbaProject\.bin$/, '宏'],
];

/**
 * What ExcelJS drops from a drawing part (xl/drawings/drawingN.xml). It keeps pictures (a <pic> in
 * a one- or two-cell anchor, written back with the same image), so a drawing of pictures only is no
 * loss; it drops shapes and text boxes, connectors, groups (a picture in one comes back loose) and
 * anything in an absolute anchor. A chart is in a drawing too, but is named by its xl/charts/ part.
 */
const DROPPED_IN_DRAWING = /<(?:\w+:)?(?:sp|cxnSp|grpSp|absoluteAnchor)[\s>/]/;
const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/;

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] !== '#') return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
  });

/** Reads the package's sheet list, each sheet's <rowBreaks>, and which unkept parts it has. */
export function readPackageExtras(data: Buffer): PackageExtras {
  const zip = readZipEntries(data);
  const dropped = DROPPED_PARTS.filter(([re]) => zip.names.some((f) => re.test(f))).map(([, what]) => what);
  if (zip.names.some((f) => DRAWING_PART.test(f) && DROPPED_IN_DRAWING.test(zip.text(f) ?? ''))) dropped.push('形状、文本框或组合');
  const rowBreaks = new Map<string, number[]>();
  const workbook = zip.text('xl/workbook.xml');
  const rels = zip.text('xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) return { rowBreaks, dropped };

  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const target = targets.get(attr(tag, 'r:id') ?? '');
    if (name === undefined || target === undefined) continue;
    // A ledger sheet can be tens of megabytes: find the element in the bytes, decode only it.
    const xml = zip.bytes(target);
    const start = xml?.indexOf('<rowBreaks') ?? -1;
    if (xml === undefined || start < 0) continue;
    const end = xml.indexOf('</rowBreaks>', start);
    // An empty <rowBreaks/> has no end tag, and the <brk>s after it are column breaks.
    if (end < 0) continue;
    const breaks = xml.toString('utf8', start, end);
    const rows = (breaks.match(/<brk\b[^>]*>/g) ?? []).map((brk) => Number(attr(brk, 'id'))).filter((n) => Number.isInteger(n) && n > 0);
    if (rows.length > 0) rowBreaks.set(unescapeXml(name), rows);
  }
  return { rowBreaks, dropped };
}
