import { escapeAttr, escapeText, fromMarkup, toMarkup, unescapeXml } from './xml';

describe('escapeText', () => {
  it('escapes &, < and > and drops the characters XML 1.0 cannot hold', () => {
    expect(escapeText('A&B <县住建局> 1\u0001\u000b2')).toBe('A&amp;B &lt;县住建局&gt; 12');
    expect(escapeText('tab\tand\nline')).toBe('tab\tand\nline');
  });
});

describe('escapeAttr', () => {
  it('also escapes the quote and the whitespace an attribute reader would normalise', () => {
    expect(escapeAttr('督办 "台账"\t\n\r')).toBe('督办 &quot;台账&quot;&#9;&#10;&#13;');
  });
});

describe('unescapeXml', () => {
  it('reads the five named entities and character references back', () => {
    expect(unescapeXml('&lt;&gt;&quot;&apos;&amp;lt; &#32418; &#x7EA2;')).toBe('<>"\'&lt; 红 红');
    expect(unescapeXml('no entity')).toBe('no entity');
  });
});

describe('toMarkup / fromMarkup', () => {
  it('holds text as its UTF-8 bytes one per character, and back', () => {
    expect(toMarkup('红')).toBe('\u00e7\u00ba\u00a2');
    expect(fromMarkup('\u00e7\u00ba\u00a2')).toBe('红');
    expect(fromMarkup(toMarkup('督办状态 — 已办结 𠀀'))).toBe('督办状态 — 已办结 𠀀');
  });

  it('leaves ASCII and non-strings as they are', () => {
    expect(toMarkup('$O3="红"'.slice(0, 4))).toBe('$O3=');
    expect(toMarkup(42)).toBe(42);
    expect(toMarkup(true)).toBe(true);
    expect(fromMarkup('AND($O3<>"")')).toBe('AND($O3<>"")');
  });
});
