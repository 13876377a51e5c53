import { SaxesParser, type SaxesTagNS } from 'saxes';
import { WorkbookOpenError } from '../workbookOpenError';

/** An element's start as parseXmlPart reports it: namespace-resolved, attributes by local name. */
export interface XmlElement {
  /** Local name (`sheet` for `<x:sheet>`). */
  local: string;
  /** Namespace URI of the element. */
  uri: string;
  /** Unprefixed attributes by name (OOXML's own attributes are unprefixed). */
  attrs: Record<string, string>;
  /** The value of the attribute with this namespace URI and local name (e.g. r:id, whatever its prefix). */
  attrNS(uri: string, local: string): string | undefined;
}

/**
 * Parses one of the package's small parts (relationships, workbook, styles, a table) with a
 * conforming XML parser, so that any prefix, either quote, comments and entities are read as XML
 * says, and calls `onOpen` for every element with the local names of its ancestors. A part that is
 * not well-formed XML is named to the user (WorkbookOpenError): the parser's own words are English
 * and about bytes.
 *
 * @example
 * parseXmlPart('<x:sheets xmlns:x="…"><x:sheet name="台账"/></x:sheets>', 'xl/workbook.xml', (e, parents) => …)
 * // → calls onOpen for sheets ([]) and sheet (['sheets'])
 */
export function parseXmlPart(xml: string, part: string, onOpen: (element: XmlElement, parents: readonly string[]) => void): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const parents: string[] = [];
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix === '') attrs[a.local] = a.value;
    const attrNS = (uri: string, local: string) => Object.values(tag.attributes).find((a) => a.uri === uri && a.local === local)?.value;
    onOpen({ local: tag.local, uri: tag.uri, attrs, attrNS }, parents);
    if (!tag.isSelfClosing) parents.push(tag.local);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (!tag.isSelfClosing) parents.pop();
  });
  parser.on('error', () => {
    throw new WorkbookOpenError(`文件中的部件 ${part} 不是有效的 XML，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx`);
  });
  parser.write(xml).close();
}
