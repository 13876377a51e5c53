import type { CellRect } from '../../core/ledger/sheetSnapshot';
import { WorkbookOpenError } from '../workbookOpenError';
import type { ZipArchive } from '../zip/zipArchive';
import { parseRange } from './parseRange';
import { parseXmlPart } from './parseXmlPart';
import { isType, readRelationships } from './readRelationships';

/** An Excel table (ListObject) on a sheet, as the snapshot carries it. */
export type SheetTable = CellRect & { name: string; headerRow: boolean };

const REPAIR = '请在 Excel 中打开后另存为 .xlsx';

/**
 * The tables of a worksheet: its table relationships (dir/_rels/sheetN.xml.rels) lead to the
 * table parts, whose root gives the range, the name and whether the top row is a header
 * (headerRowCount, 1 when absent as the schema says; 0 for a table without one). The name is the
 * `name` attribute, as ExcelJS reported it. Everything else in the part (columns, style: a table
 * LibreOffice wrote has no tableStyleInfo) is not needed and not read.
 *
 * @example
 * readSheetTables(zip, 'xl/worksheets/sheet1.xml') // → [{ name: 'T1', headerRow: true, top: 3, left: 2, bottom: 5, right: 4 }]
 */
export function readSheetTables(zip: ZipArchive, sheetPath: string): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const rel of readRelationships(zip, sheetPath)) {
    if (!isType(rel.type, 'table') || rel.path === undefined) continue;
    const part = rel.path;
    const xml = zip.text(part);
    if (xml === undefined) throw new WorkbookOpenError(`文件缺少表格部件 ${part}（工作表部件 ${sheetPath} 引用了它），文件可能已损坏：${REPAIR}`);
    let table: SheetTable | undefined;
    parseXmlPart(xml, part, (e, parents) => {
      if (parents.length > 0 || e.local !== 'table') return;
      const { ref, name, displayName, headerRowCount } = e.attrs;
      let rect: CellRect;
      try {
        rect = parseRange(ref ?? '');
      } catch {
        throw new WorkbookOpenError(`表格部件 ${part} 的区域「${ref ?? ''}」无法识别，文件可能已损坏：${REPAIR}`);
      }
      table = { name: name ?? displayName ?? '', headerRow: headerRowCount === undefined || parseInt(headerRowCount, 10) !== 0, ...rect };
    });
    if (table !== undefined) tables.push(table);
  }
  return tables;
}
