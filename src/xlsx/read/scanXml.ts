import { unescapeXml } from '../xml';

/** Markup the scanner cannot follow (an unterminated tag, comment or CDATA section). */
export class MalformedXml extends Error {}

const BANG = 33;
const DQUOTE = 34;
const SQUOTE = 39;
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const GT = 62;
const QMARK = 63;
const SPACE = 32;

/**
 * A forward-only scanner over the tags of a large part (a worksheet, the shared strings). A DOM or
 * a SAX parser makes an object per tag and per attribute; over a 20 MB sheet that is most of the
 * cost, so this keeps only offsets into the text and allocates nothing until a value is asked for.
 * Elements are matched by local name, whatever their prefix (`<x:c>` is a `c`); comments,
 * processing instructions and a DOCTYPE are skipped; CDATA is read as text. It checks only what it
 * must to stay in step (every construct is terminated), not that the document is well formed.
 *
 * @example
 * const cur = new XmlCursor('<x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row>');
 * cur.next(); cur.isLocal('row'); // → true
 */
export class XmlCursor {
  /** Where the next search for a tag starts. */
  pos: number;
  /** Index of the current tag's '<'. */
  start = 0;
  /** Its local name: [localStart, nameEnd). */
  localStart = 0;
  nameEnd = 0;
  /** Index just after its '>'. */
  end = 0;
  closing = false;
  selfClosing = false;
  /** The attribute found by the last nextAttribute(): name [attrNameStart, attrNameEnd), value [valueStart, valueEnd). */
  attrNameStart = 0;
  attrNameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** The current tag's attributes, found while looking for its end: 4 offsets each, as above. */
  private readonly spans: number[] = [];
  private spanCount = 0;
  private attrIndex = 0;

  constructor(
    readonly xml: string,
    from = 0,
  ) {
    this.pos = from;
  }

  /** Moves to the next start, end or empty-element tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    const length = xml.length;
    let lt = xml.indexOf('<', this.pos);
    while (lt >= 0) {
      const c = xml.charCodeAt(lt + 1);
      if (c !== BANG && c !== QMARK) break;
      lt = xml.indexOf('<', this.skipMarkup(lt));
    }
    if (lt < 0) {
      this.pos = length;
      return false;
    }
    this.start = lt;
    let i = lt + 1;
    const closing = xml.charCodeAt(i) === SLASH;
    if (closing) i++;
    let local = i;
    for (; i < length; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === COLON) local = i + 1;
      else if (ch <= SPACE || ch === SLASH || ch === GT) break;
    }
    this.localStart = local;
    this.nameEnd = i;
    // The tag ends at the first '>' outside quotes (an attribute value may hold one); the
    // attributes are noted on the way, so that reading them scans nothing again.
    const spans = this.spans;
    let count = 0;
    let nameStart = -1;
    let nameEnd = -1;
    for (; i < length; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === GT) break;
      if (ch === DQUOTE || ch === SQUOTE) {
        const close = xml.indexOf(ch === DQUOTE ? '"' : "'", i + 1);
        if (close < 0) throw new MalformedXml(`unterminated attribute value at ${i}`);
        spans[count] = nameStart;
        spans[count + 1] = nameEnd < 0 ? i : nameEnd;
        spans[count + 2] = i + 1;
        spans[count + 3] = close;
        count += 4;
        nameStart = nameEnd = -1;
        i = close;
      } else if (ch <= SPACE || ch === EQUALS || ch === SLASH) {
        if (nameStart >= 0 && nameEnd < 0) nameEnd = i;
      } else if (nameStart < 0) nameStart = i;
    }
    if (i >= length) throw new MalformedXml(`unterminated tag at ${lt}`);
    this.spanCount = count;
    this.attrIndex = 0;
    this.closing = closing;
    this.selfClosing = !closing && xml.charCodeAt(i - 1) === SLASH;
    this.end = i + 1;
    this.pos = i + 1;
    return true;
  }

  /** The current tag's local name is `name`. */
  isLocal(name: string): boolean {
    return this.nameEnd - this.localStart === name.length && this.xml.startsWith(name, this.localStart);
  }

  /** Moves to the current tag's next attribute (see attrNameStart…); false when there is none left. */
  nextAttribute(): boolean {
    const k = this.attrIndex;
    if (k >= this.spanCount) return false;
    const spans = this.spans;
    this.attrNameStart = spans[k];
    this.attrNameEnd = spans[k + 1];
    this.valueStart = spans[k + 2];
    this.valueEnd = spans[k + 3];
    this.attrIndex = k + 4;
    return true;
  }

  /** The last attribute found is the unprefixed `name`. */
  attributeIs(name: string): boolean {
    return this.attrNameEnd - this.attrNameStart === name.length && this.xml.startsWith(name, this.attrNameStart);
  }

  /** The last attribute's value, entities resolved. */
  attributeValue(): string {
    return unescapeXml(this.xml.substring(this.valueStart, this.valueEnd));
  }

  /** The value of the current tag's unprefixed attribute `name`; undefined when absent. */
  attribute(name: string): string | undefined {
    this.attrIndex = 0;
    while (this.nextAttribute()) if (this.attributeIs(name)) return this.attributeValue();
    return undefined;
  }

  /**
   * The character data right after the current start tag, up to the next tag (the element's end
   * tag, for a text-only element): entities and CDATA resolved, line ends normalised as an XML
   * parser does (CR LF and lone CR become LF; a CR written as &#13; stays). The cursor is left
   * before that tag.
   */
  text(): string {
    if (this.selfClosing) return '';
    const xml = this.xml;
    let from = this.end;
    let lt = xml.indexOf('<', from);
    if (lt < 0) throw new MalformedXml(`unterminated element at ${this.start}`);
    let c = xml.charCodeAt(lt + 1);
    if (c !== BANG && c !== QMARK) {
      this.pos = lt;
      return decodeText(xml.substring(from, lt));
    }
    let text = '';
    for (;;) {
      text += decodeText(xml.substring(from, lt));
      if (c === BANG && xml.startsWith('<![CDATA[', lt)) {
        const close = xml.indexOf(']]>', lt + 9);
        if (close < 0) throw new MalformedXml(`unterminated CDATA at ${lt}`);
        text += normalizeLineEnds(xml.substring(lt + 9, close));
        from = close + 3;
      } else if (c === BANG || c === QMARK) {
        from = this.skipMarkup(lt);
      } else {
        this.pos = lt;
        return text;
      }
      lt = xml.indexOf('<', from);
      if (lt < 0) throw new MalformedXml(`unterminated element at ${this.start}`);
      c = xml.charCodeAt(lt + 1);
    }
  }

  /** Index just after the comment, CDATA section, DOCTYPE or processing instruction at `lt`. */
  private skipMarkup(lt: number): number {
    const xml = this.xml;
    const [close, skip] = xml.startsWith('<!--', lt) ? ['-->', 4] : xml.startsWith('<![CDATA[', lt) ? [']]>', 9] : xml.charCodeAt(lt + 1) === QMARK ? ['?>', 2] : ['>', 2];
    const at = xml.indexOf(close, lt + skip);
    if (at < 0) throw new MalformedXml(`unterminated markup at ${lt}`);
    return at + close.length;
  }
}

const normalizeLineEnds = (s: string): string => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s);

/** Character data as an XML parser reports it: line ends normalised, references resolved. */
export const decodeText = (s: string): string => unescapeXml(normalizeLineEnds(s));

/**
 * ECMA-376's escape for characters XML cannot hold (ST_Xstring): `_xHHHH_` is the UTF-16 code
 * unit HHHH, and `_x005F_` an underscore, so a literal `_x000D_` is written `_x005F_x000D_`.
 * One left-to-right pass decodes both.
 *
 * @example
 * decodeXstring('第一行_x000D_\n第二行') // → '第一行\r\n第二行'
 */
export function decodeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a string item (a shared string's <si>, an inline string's <is>), the cursor on its
 * start tag: the <t> of a plain string, or the <t> of every rich-text run (<r>) in order. Phonetic
 * runs (<rPh>, the furigana of Japanese text) are not part of the cell's value and are skipped.
 * Leaves the cursor on the item's end tag.
 */
export function readStringItem(cur: XmlCursor): string {
  if (cur.selfClosing) return '';
  let text = '';
  let depth = 0;
  // The depth at which an <rPh> opened; 0 outside one.
  let phonetic = 0;
  for (;;) {
    if (!cur.next()) throw new MalformedXml('unterminated string item');
    if (cur.closing) {
      if (depth === 0) return text;
      if (depth === phonetic) phonetic = 0;
      depth--;
    } else if (!cur.selfClosing) {
      depth++;
      if (phonetic !== 0) continue;
      if (cur.isLocal('t')) text += decodeXstring(cur.text());
      else if (cur.isLocal('rPh')) phonetic = depth;
    }
  }
}
