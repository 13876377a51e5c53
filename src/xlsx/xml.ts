/**
 * The little XML text handling the package reader, writer and editor share. Worksheet parts are
 * edited as text (never re-serialised through a model), so escaping must match what a conforming
 * reader unescapes, and nothing else.
 */

/** Text content: &, < and > escaped; characters XML 1.0 cannot hold are dropped (Excel drops them too). */
export function escapeText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what is dropped
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: escapeText plus the quote and the whitespace a reader would normalise. */
export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Entity and character references back to text (the five named entities and &#…; / &#x…;). */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
  });
}

/**
 * Text as markup: its UTF-8 bytes one per character (latin1). The CLI's adapter reads and edits a
 * worksheet part this way, so a 20 MB part is a 20 MB string rather than 40 MB of UTF-16; the
 * markup it looks at is ASCII, and text it inserts goes through here first.
 *
 * @example
 * toMarkup('红') // → 'çº¢' (E7 BA A2)
 */
export function toMarkup<T extends string | number | boolean>(value: T): T {
  return (typeof value === 'string' ? Buffer.from(value, 'utf8').toString('latin1') : value) as T;
}

/**
 * Markup back to text; ASCII (most values) as it is, without a copy.
 *
 * @example
 * fromMarkup('çº¢') // → '红'
 */
export function fromMarkup(markup: string): string {
  // eslint-disable-next-line no-control-regex -- any byte above ASCII starts a multi-byte character
  return /[^\x00-\x7f]/.test(markup) ? Buffer.from(markup, 'latin1').toString('utf8') : markup;
}
