import { WorkbookOpenError } from '../workbookOpenError';
import { MalformedXml, XmlCursor, readStringItem } from './scanXml';

/**
 * The shared string table (xl/sharedStrings.xml): the text of every <si>, in order, as cells of
 * type "s" index it. Rich text is its runs' text joined; phonetic runs are left out; `_xHHHH_`
 * escapes are decoded. The part can be as large as the sheets it serves, so it is scanned, not
 * parsed into a tree. No part (a workbook without text cells) gives an empty table.
 *
 * @example
 * readSharedStrings('<sst><si><t>县水利局</t></si><si><r><t>县</t></r><r><t>农业局</t></r></si></sst>')
 * // → ['县水利局', '县农业局']
 */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  const cur = new XmlCursor(xml);
  try {
    let ended = false;
    while (cur.next()) {
      if (!cur.closing && cur.isLocal('si')) strings.push(readStringItem(cur));
      else if ((cur.closing || cur.selfClosing) && cur.isLocal('sst')) ended = true;
    }
    // A part cut short between two items would otherwise just have fewer strings.
    if (!ended) throw new MalformedXml('no </sst>');
  } catch (e) {
    if (e instanceof MalformedXml) throw new WorkbookOpenError('文件中的共享字符串表（sharedStrings.xml）已损坏，无法读取：请在 Excel 中打开后另存为 .xlsx');
    throw e;
  }
  return strings;
}
