/**
 * A checker for "this XML part differs from the input only by our additions": the output must be
 * the input with whole elements inserted and attribute values changed (or attributes added) on
 * some elements, every other character kept. It is written apart from the editor (src/xlsx/edit)
 * on purpose, so that a bug there is not mirrored here.
 *
 * The two texts are walked together. Where they part, the output must either start a complete
 * element there (an insertion: skipped and recorded, then the walk goes on) or be in a start tag
 * whose attributes changed (the tags are compared attribute by attribute). An empty-element tag of
 * the input may become a start tag, its end tag and inserted elements between (a row that gains
 * cells). Anything else (removed markup, changed text) gives null.
 */

export type XmlChange =
  | { kind: 'inserted-element'; name: string; xml: string }
  | { kind: 'changed-attribute'; element: string; attribute: string; before: string | undefined; after: string };

interface StartTag {
  /** Qualified name. */
  name: string;
  attrs: Map<string, string>;
  empty: boolean;
  end: number;
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : +e.slice(1)) : ENTITIES[e],
  );

/** Index after the markup starting at `lt` (a tag, comment, CDATA section or processing instruction); -1 if unterminated. */
function markupEnd(s: string, lt: number): number {
  const close = (token: string, from: number) => {
    const at = s.indexOf(token, from);
    return at < 0 ? -1 : at + token.length;
  };
  if (s.startsWith('<!--', lt)) return close('-->', lt + 4);
  if (s.startsWith('<![CDATA[', lt)) return close(']]>', lt + 9);
  if (s.startsWith('<?', lt)) return close('?>', lt + 2);
  for (let p = lt + 1; p < s.length; p++) {
    const c = s[p];
    if (c === '>') return p + 1;
    if (c === '"' || c === "'") {
      p = s.indexOf(c, p + 1);
      if (p < 0) return -1;
    }
  }
  return -1;
}

const isStartTag = (s: string, p: number) => s[p] === '<' && p + 1 < s.length && !'/!?'.includes(s[p + 1]);

/** Index after the complete element whose start tag is at `lt`; -1 if it is not balanced. */
function elementEnd(s: string, lt: number): number {
  let depth = 0;
  let p = lt;
  do {
    const at = s.indexOf('<', p);
    if (at < 0) return -1;
    const end = markupEnd(s, at);
    if (end < 0) return -1;
    const c = s[at + 1];
    if (c === '/') depth--;
    else if (c !== '!' && c !== '?' && s[end - 2] !== '/') depth++;
    p = end;
  } while (depth > 0);
  return depth === 0 ? p : -1;
}

function parseStartTag(s: string, lt: number): StartTag | null {
  const end = markupEnd(s, lt);
  if (end < 0) return null;
  const empty = s[end - 2] === '/';
  const body = s.slice(lt + 1, empty ? end - 2 : end - 1);
  const name = /^[^\s/>]+/.exec(body)?.[0];
  if (name === undefined) return null;
  const attrs = new Map<string, string>();
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const rest = body.slice(name.length);
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) attrs.set(m[1], unescape(m[3] ?? m[4]));
  return { name, attrs, empty, end };
}

/** The token at p: the markup starting there, or the text up to the next markup. */
function tokenAt(s: string, p: number): string {
  if (p >= s.length) return '';
  if (s[p] === '<') {
    const end = markupEnd(s, p);
    return s.slice(p, end < 0 ? s.length : end);
  }
  const lt = s.indexOf('<', p);
  return s.slice(p, lt < 0 ? s.length : lt);
}

/**
 * Whether `after` at j, right after an inserted element named `inserted`, goes on as `before` does
 * at i: its next token, or the same start tag with attributes changed, when that is an element of
 * another kind (a collection whose count grows right after a collection inserted before it; a row
 * after an inserted row is the next row, not this one changed).
 */
function resumes(before: string, i: number, after: string, j: number, inserted?: string): boolean {
  if (i >= before.length) return j >= after.length;
  if (after.startsWith(tokenAt(before, i), j)) return true;
  if (inserted === undefined || !isStartTag(before, i) || !isStartTag(after, j)) return false;
  const b = parseStartTag(before, i);
  const a = parseStartTag(after, j);
  return b !== null && a !== null && b.name === a.name && b.name !== inserted && attributeChanges(b, a) !== null;
}

const nameAt = (s: string, lt: number) => /^<([^\s/>]+)/.exec(s.slice(lt, lt + 200))?.[1];

/** The attribute changes from tag b to tag a; null when an attribute was removed. */
function attributeChanges(b: StartTag, a: StartTag): XmlChange[] | null {
  for (const name of b.attrs.keys()) if (!a.attrs.has(name)) return null;
  const changes: XmlChange[] = [];
  for (const [name, value] of a.attrs) {
    const old = b.attrs.get(name);
    if (old !== value) changes.push({ kind: 'changed-attribute', element: localName(a.name), attribute: name, before: old, after: value });
  }
  return changes;
}

const expandEmptyElements = (xml: string): string => xml.replace(/<([A-Za-z_][\w:.-]*)((?:\s[^<>]*?)?)\s*\/>/g, '<$1$2></$1>');

const inserted = (after: string, start: number, end: number): XmlChange => ({
  kind: 'inserted-element',
  name: localName(/^<([^\s/>]+)/.exec(after.slice(start, start + 200))![1]),
  // Reported as written: the empty elements expanded for the comparison are empty-element tags again.
  xml: after.slice(start, end).replace(/<([A-Za-z_][\w:.-]*)((?:\s[^<>]*?)?)><\/\1>/g, '<$1$2/>'),
});

/**
 * The fragments by which `after` differs from `before` when `after` is `before` with whole
 * elements inserted and attribute values changed on elements; null if any other difference.
 */
export function xmlInsertions(before: string, after: string): XmlChange[] | null {
  // An empty-element tag is the element with no content (XML 1.0 §3.1): `<dxfs count="0"/>` that
  // gains a child is the same element, and is compared as `<dxfs count="0"></dxfs>`.
  before = expandEmptyElements(before);
  after = expandEmptyElements(after);
  const changes: XmlChange[] = [];
  let i = 0;
  let j = 0;
  /** Where the current run of equal text began in `after` (the walk never backs up past it). */
  let run = 0;
  for (;;) {
    // Equal text, compared in chunks first (the parts are megabytes).
    while (i < before.length && j < after.length) {
      const n = Math.min(4096, before.length - i, after.length - j);
      if (before.slice(i, i + n) === after.slice(j, j + n)) {
        i += n;
        j += n;
        continue;
      }
      while (before.charCodeAt(i) === after.charCodeAt(j)) {
        i++;
        j++;
      }
      break;
    }
    if (i >= before.length && j >= after.length) return changes;
    if (j >= after.length) return null;
    // Parted inside a tag: go back to its '<' (the same text on both sides).
    const lt = after.lastIndexOf('<', j - 1);
    if (lt >= run && lt < j) {
      const end = markupEnd(after, lt);
      if (end < 0 || end > j) {
        i -= j - lt;
        j = lt;
      }
    }
    if (!isStartTag(after, j)) return null;
    const first = elementEnd(after, j);
    if (first < 0) return null;
    // One element inserted here.
    if (resumes(before, i, after, first, nameAt(after, j))) {
      changes.push(inserted(after, j, first));
      j = run = first;
      continue;
    }
    // The same start tag with attributes changed, if the text after both goes on alike (allowing
    // one element inserted right after the tag).
    const b = isStartTag(before, i) ? parseStartTag(before, i) : null;
    const a = parseStartTag(after, j);
    const attrs = b !== null && a !== null && b.name === a.name ? attributeChanges(b, a) : null;
    if (b !== null && a !== null && attrs !== null) {
      if (b.empty && !a.empty) {
        // <row/> became <row>…</row>: only whole elements in between.
        const found: XmlChange[] = [];
        let k = a.end;
        while (isStartTag(after, k)) {
          const e = elementEnd(after, k);
          if (e < 0) return null;
          found.push(inserted(after, k, e));
          k = e;
        }
        const close = `</${a.name}`;
        if (!after.startsWith(close, k)) return null;
        const closeEnd = markupEnd(after, k);
        for (const c of [...attrs, ...found]) changes.push(c);
        i = b.end;
        j = run = closeEnd;
        continue;
      }
      if (b.empty === a.empty) {
        const next = tokenAt(before, b.end);
        const one = isStartTag(after, a.end) ? elementEnd(after, a.end) : -1;
        if (after.startsWith(next, a.end) || (one >= 0 && after.startsWith(next, one))) {
          changes.push(...attrs);
          i = b.end;
          j = run = a.end;
          continue;
        }
      }
    }
    // Several elements inserted in a row.
    const several: XmlChange[] = [inserted(after, j, first)];
    let k = first;
    let resumed = false;
    while (isStartTag(after, k)) {
      const e = elementEnd(after, k);
      if (e < 0) break;
      several.push(inserted(after, k, e));
      const name = nameAt(after, k);
      k = e;
      if (resumes(before, i, after, k, name)) {
        resumed = true;
        break;
      }
    }
    if (resumed) {
      for (const c of several) changes.push(c); // not push(...several): it can be 100,000s long
      j = run = k;
      continue;
    }
    // Attributes changed after all, and something else follows (the walk will judge it).
    if (b !== null && a !== null && attrs !== null && b.empty === a.empty) {
      changes.push(...attrs);
      i = b.end;
      j = run = a.end;
      continue;
    }
    return null;
  }
}
