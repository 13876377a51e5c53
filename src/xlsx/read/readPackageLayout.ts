import { WorkbookOpenError } from '../workbookOpenError';
import type { ZipArchive } from '../zip/zipArchive';
import { parseXmlPart } from './parseXmlPart';
import { isType, readRelationships, relationshipsPath } from './readRelationships';

/** One sheet of the workbook, in tab order. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The workbook relationship that names its part. */
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Its part's zip entry name. */
  path: string;
  kind: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';
}

/** Where a package keeps what the reader needs, and the workbook-wide settings that change how cells read. */
export interface PackageLayout {
  workbookPath: string;
  workbookRelsPath: string;
  /** The styles part the workbook names (it may be missing from a damaged package). */
  stylesPath?: string;
  /** The shared strings part the workbook names, when it has one. */
  sharedStringsPath?: string;
  /** Serials count from 1904-01-01 (Mac Excel's old default). */
  date1904: boolean;
  /** ISO/IEC 29500 Strict: the package's relationships use the purl.oclc.org namespaces. */
  strict: boolean;
  sheets: SheetEntry[];
}

const OFFICE_DOCUMENT = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
};
const RELATIONSHIP_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

const SHEET_KINDS: ReadonlyArray<[Parameters<typeof isType>[1], SheetEntry['kind']]> = [
  ['worksheet', 'worksheet'],
  ['chartsheet', 'chartsheet'],
  ['dialogsheet', 'dialogsheet'],
  ['xlMacrosheet', 'macrosheet'],
  ['xlIntlMacrosheet', 'macrosheet'],
];

const REPAIR = '请在 Excel 中打开后另存为 .xlsx';

/**
 * An XML Schema boolean: "true"/"1" or "false"/"0", surrounding whitespace allowed. Producers
 * differ (Excel writes 1, LibreOffice true/false), so every spelling must read the same.
 */
export function xsdBoolean(value: string | undefined): boolean {
  const v = value?.trim();
  return v === '1' || v === 'true';
}

/**
 * How the package is laid out: the workbook part found through the package relationships (never
 * assumed to be xl/workbook.xml), its sheets in tab order with their parts, the styles and shared
 * strings parts, and the date system. A package this cannot follow is named to the user.
 *
 * @example
 * readPackageLayout(zip).sheets[0] // → { name: '台账', sheetId: 1, rId: 'rId1', state: 'visible', path: 'xl/worksheets/sheet1.xml', kind: 'worksheet' }
 */
export function readPackageLayout(zip: ZipArchive): PackageLayout {
  const packageRels = readRelationships(zip, '');
  const office = packageRels.find((r) => r.type === OFFICE_DOCUMENT.transitional || r.type === OFFICE_DOCUMENT.strict);
  if (office?.path === undefined) throw new WorkbookOpenError(`文件中找不到工作簿部件（_rels/.rels 中没有指向工作簿的关系），不是有效的 Excel 工作簿或已损坏：${REPAIR}`);
  const workbookPath = office.path;
  const workbook = zip.text(workbookPath);
  if (workbook === undefined) throw new WorkbookOpenError(`文件缺少工作簿部件 ${workbookPath}，文件可能已损坏：${REPAIR}`);

  let date1904 = false;
  const listed: Array<Omit<SheetEntry, 'path' | 'kind'>> = [];
  parseXmlPart(workbook, workbookPath, (e, parents) => {
    if (e.local === 'workbookPr' && parents.length === 1) date1904 = xsdBoolean(e.attrs.date1904);
    else if (e.local === 'sheet' && parents[parents.length - 1] === 'sheets') {
      const rId = RELATIONSHIP_NS.map((ns) => e.attrNS(ns, 'id')).find((id) => id !== undefined) ?? '';
      const state = e.attrs.state?.trim();
      listed.push({
        name: e.attrs.name ?? '',
        sheetId: parseInt(e.attrs.sheetId ?? '', 10) || 0,
        rId,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    }
  });

  const rels = readRelationships(zip, workbookPath);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = listed.map((s): SheetEntry => {
    const rel = byId.get(s.rId);
    const kind = rel === undefined ? undefined : SHEET_KINDS.find(([type]) => isType(rel.type, type))?.[1];
    if (rel?.path === undefined || kind === undefined) {
      throw new WorkbookOpenError(`工作簿中的工作表「${s.name}」找不到它的部件（关系 ${s.rId || '缺失'}），文件可能已损坏：${REPAIR}`);
    }
    return { ...s, path: rel.path, kind };
  });
  const partOf = (kind: 'styles' | 'sharedStrings') => rels.find((r) => isType(r.type, kind) && r.path !== undefined)?.path;
  return {
    workbookPath,
    workbookRelsPath: zip.get(relationshipsPath(workbookPath))?.name ?? relationshipsPath(workbookPath),
    stylesPath: partOf('styles'),
    sharedStringsPath: partOf('sharedStrings'),
    date1904,
    strict: office.type === OFFICE_DOCUMENT.strict,
    sheets,
  };
}
