import { WorkbookOpenError } from '../workbookOpenError';
import { unescapeXml } from '../xml';
import { readZip } from './readZip';
import type { ZipArchive } from './zipArchive';

/** What a file given as a workbook is: an .xlsx package, or something else named for the user. */
export type FileIdentity = { kind: 'xlsx'; zip: ZipArchive } | { kind: 'other'; message: string };

/**
 * Tells an .xlsx workbook (also .xlsm, .xltx, .xltm, Strict OOXML) from what users pick by mistake:
 * an old .xls or an encrypted workbook, an .xlsb, an ODS, a Word or PowerPoint file, a plain zip, a
 * damaged file. Each of those gets a message in Chinese saying what it is and what to do, so the
 * user never sees a parser's complaint.
 *
 * @example
 *   const id = identifyFile(data);
 *   if (id.kind === 'other') throw new WorkbookOpenError(id.message);
 */
export function identifyFile(data: Buffer): FileIdentity {
  // OLE compound file: .xls, or an .xlsx encrypted with a password (Excel wraps those in OLE).
  if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) return other(OLE_MESSAGE);
  try {
    const zip = readZip(data);
    const message = notAWorkbook(zip);
    return message === undefined ? { kind: 'xlsx', zip } : other(message);
  } catch (e) {
    if (e instanceof WorkbookOpenError) return other(e.message);
    throw e;
  }
}

const OLE_MESSAGE = '文件已加密或为旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx';
const PLAIN_ZIP_MESSAGE = '这是一个 zip 压缩包，但不是 Excel 工作簿（缺少 [Content_Types].xml 或工作簿部件）：请选择 .xlsx 文件';
const ODS_MESSAGE = '这是 ODS 文件，请另存为 .xlsx：在 WPS 或 LibreOffice 中打开，用“另存为”并选择“Excel 工作簿 (.xlsx)”';
const XLSB_MESSAGE = '这是 .xlsb 二进制工作簿：请在 Excel 中另存为 .xlsx';
const WORD_MESSAGE = '这是 Word 文档（.docx），不是 Excel 工作簿：请选择 .xlsx 文件';
const POWERPOINT_MESSAGE = '这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿：请选择 .xlsx 文件';

const other = (message: string): FileIdentity => ({ kind: 'other', message });

/** Why an archive is not a workbook, or undefined when it is one. */
function notAWorkbook(zip: ZipArchive): string | undefined {
  const mimetype = zip.get('mimetype');
  if (mimetype !== undefined) {
    const odf = openDocumentMessage(mimetype.bytes().toString('latin1').trim());
    if (odf !== undefined) return odf;
  }
  const contentTypes = zip.text('[Content_Types].xml');
  const rels = zip.text('_rels/.rels');
  const target = rels === undefined ? undefined : officeDocumentTarget(rels);
  if (contentTypes === undefined || target === undefined) return plainZipMessage(zip);
  const type = contentTypeOf(contentTypes, target);
  const lowerTarget = target.toLowerCase();
  if (/sheet\.binary/i.test(type ?? '') || (lowerTarget.startsWith('xl/') && lowerTarget.endsWith('.bin'))) return XLSB_MESSAGE;
  if (/wordprocessingml|ms-word/i.test(type ?? '') || lowerTarget.startsWith('word/')) return WORD_MESSAGE;
  if (/presentationml|ms-powerpoint/i.test(type ?? '') || lowerTarget.startsWith('ppt/')) return POWERPOINT_MESSAGE;
  if (zip.get(target) === undefined) return PLAIN_ZIP_MESSAGE;
  // spreadsheetml.sheet / .template, ms-excel.sheet / template / addin .macroEnabled: all workbooks.
  if (/spreadsheetml|ms-excel/i.test(type ?? '')) return undefined;
  // A main part without a declared type: a workbook if it sits where workbooks do.
  return type === undefined && lowerTarget.startsWith('xl/') && lowerTarget.endsWith('.xml') ? undefined : PLAIN_ZIP_MESSAGE;
}

const ODF_PREFIX = 'application/vnd.oasis.opendocument.';

/** OpenDocument packages name their kind in a first entry called mimetype. */
function openDocumentMessage(mimetype: string): string | undefined {
  if (!mimetype.startsWith(ODF_PREFIX)) return undefined;
  const kind = mimetype.slice(ODF_PREFIX.length);
  if (kind.startsWith('spreadsheet')) return ODS_MESSAGE;
  if (kind.startsWith('text')) return '这是 ODF 文本文档（.odt），不是工作簿：请选择 .xlsx 文件';
  if (kind.startsWith('presentation')) return '这是 ODF 演示文稿（.odp），不是工作簿：请选择 .xlsx 文件';
  return '这是 ODF 文档，不是工作簿：请选择 .xlsx 文件';
}

/** A zip that is no Office package; one holding an .xlsx is most likely the workbook, zipped. */
function plainZipMessage(zip: ZipArchive): string {
  const inner = zip.entries.find((e) => /\.xls[xm]$/i.test(e.name) && !e.name.endsWith('/'));
  if (inner === undefined) return PLAIN_ZIP_MESSAGE;
  return `这是一个 zip 压缩包（里面有 ${inner.name}），不是 Excel 工作簿：请先解压，再选择其中的 .xlsx 文件`;
}

const OFFICE_DOCUMENT_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);

/** The package's main part (the officeDocument relationship's target), as a part name without '/'. */
function officeDocumentTarget(relsXml: string): string | undefined {
  for (const attrs of elements(relsXml, 'Relationship')) {
    const type = attrs.get('Type');
    const target = attrs.get('Target');
    if (type === undefined || !OFFICE_DOCUMENT_TYPES.has(type) || target === undefined) continue;
    if (attrs.get('TargetMode') === 'External') continue;
    return partName(target);
  }
  return undefined;
}

/** A relationship target of the package root as a part name: no leading '/', no './', %-escapes decoded. */
function partName(target: string): string {
  let name = target.replace(/^\/+/, '').replace(/^(\.\/)+/, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not valid %-encoding: the target is the name as written.
  }
  return name;
}

/** The content type [Content_Types].xml gives a part: its Override, else its extension's Default. */
function contentTypeOf(contentTypesXml: string, part: string): string | undefined {
  const wanted = `/${part}`.toLowerCase();
  for (const attrs of elements(contentTypesXml, 'Override')) {
    if (attrs.get('PartName')?.toLowerCase() === wanted) return attrs.get('ContentType');
  }
  const extension = part.includes('.') ? part.slice(part.lastIndexOf('.') + 1).toLowerCase() : '';
  for (const attrs of elements(contentTypesXml, 'Default')) {
    if (attrs.get('Extension')?.toLowerCase() === extension) return attrs.get('ContentType');
  }
  return undefined;
}

/** The attributes of every element of a local name (any prefix) in a small XML part. */
function elements(xml: string, localName: string): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  const element = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, 'g');
  for (const [, body] of xml.matchAll(element)) {
    const attrs = new Map<string, string>();
    for (const [, name, , value] of body.matchAll(/([\w.:-]+)\s*=\s*(["'])(.*?)\2/gs)) attrs.set(name, unescaped(value));
    found.push(attrs);
  }
  return found;
}

/** An attribute value unescaped; a malformed reference (&#xFFFFFFFF;) leaves it as written. */
function unescaped(value: string): string {
  try {
    return unescapeXml(value);
  } catch {
    return value;
  }
}
