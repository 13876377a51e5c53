import type { ZipArchive } from '../zip/zipArchive';
import { parseXmlPart } from './parseXmlPart';

/** One relationship of a part, its target resolved to a zip entry name. */
export interface Relationship {
  id: string;
  /** The full type URI (transitional or strict). */
  type: string;
  /** The target part's entry name; undefined for an external target (a hyperlink, a linked file). */
  path?: string;
}

/** The relationship types the reader follows, as the last segment of their URI. */
export type RelationshipKind = 'officeDocument' | 'worksheet' | 'chartsheet' | 'dialogsheet' | 'xlMacrosheet' | 'xlIntlMacrosheet' | 'styles' | 'sharedStrings' | 'table';

const TYPE_BASES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** The relationship type is `kind`, in the transitional or the strict namespace. */
export function isType(type: string, kind: RelationshipKind): boolean {
  return TYPE_BASES.some((base) => type === base + kind);
}

/**
 * The relationships part of a part: dir/_rels/name.rels (the package's own is _rels/.rels, for
 * source '').
 *
 * @example
 * relationshipsPath('xl/workbook.xml') // → 'xl/_rels/workbook.xml.rels'
 */
export function relationshipsPath(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/**
 * A relationship's Target as a zip entry name: relative to the source part's folder, or absolute
 * from the package root ('/xl/…'); '.' and '..' resolved. The entry's own spelling is used when
 * the package has it under another case (OPC names compare case-insensitively), and a
 * percent-encoded name is decoded when only the decoded one exists.
 *
 * @example
 * resolveTarget(zip, 'xl/workbook.xml', 'worksheets/sheet1.xml') // → 'xl/worksheets/sheet1.xml'
 * resolveTarget(zip, 'xl/worksheets/sheet1.xml', '../tables/table1.xml') // → 'xl/tables/table1.xml'
 */
export function resolveTarget(zip: ZipArchive, source: string, target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  const segments: string[] = [];
  for (const s of [...base, ...t.split('/')]) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  const name = segments.join('/');
  const entry = zip.get(name);
  if (entry !== undefined) return entry.name;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not percent-encoding after all: the name as written.
  }
  return zip.get(decoded)?.name ?? name;
}

/** The relationships of a part (none when it has no relationships part), in document order. */
export function readRelationships(zip: ZipArchive, source: string): Relationship[] {
  const part = relationshipsPath(source);
  const xml = zip.text(part);
  if (xml === undefined) return [];
  const rels: Relationship[] = [];
  parseXmlPart(xml, part, (e) => {
    if (e.local !== 'Relationship') return;
    const { Id: id = '', Type: type = '', Target: target = '', TargetMode: mode } = e.attrs;
    rels.push({ id, type, path: mode?.trim() === 'External' ? undefined : resolveTarget(zip, source, target) });
  });
  return rels;
}
