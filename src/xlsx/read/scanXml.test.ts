import { MalformedXml, XmlCursor, decodeXstring, readStringItem } from './scanXml';

/** The tags the cursor visits, as '<local', '</local' or '<local/'. */
function tags(xml: string): string[] {
  const cur = new XmlCursor(xml);
  const seen: string[] = [];
  while (cur.next()) seen.push(`<${cur.closing ? '/' : ''}${xml.slice(cur.localStart, cur.nameEnd)}${cur.selfClosing ? '/' : ''}`);
  return seen;
}

describe('XmlCursor', () => {
  it('visits tags by local name, skipping the declaration, comments, processing instructions and CDATA', () => {
    const xml = '<?xml version="1.0"?>\r\n<!DOCTYPE x><x:a b="1>2" c=\'<\'><!-- <d/> --><?pi <e/>?><![CDATA[<f/>]]><x:g/></x:a>';
    expect(tags(xml)).toEqual(['<a', '<g/', '</a']);
  });

  it('reads attributes in either quote, by unprefixed name', () => {
    const cur = new XmlCursor(`<c xr:r="no" r='B2' t="s" s = "3"/>`);
    cur.next();
    expect([cur.attribute('r'), cur.attribute('t'), cur.attribute('s'), cur.attribute('x')]).toEqual(['B2', 's', '3', undefined]);
  });

  it('reads text with references, CDATA and comments', () => {
    const cur = new XmlCursor('<t>a&amp;b<![CDATA[&lt;]]><!-- c -->d</t>');
    cur.next();
    expect(cur.text()).toBe('a&b&lt;d');
  });

  it('throws MalformedXml on a construct cut short', () => {
    for (const xml of ['<a b="1', '<!-- a', '<t><![CDATA[a', '<?pi']) {
      expect(() => {
        const cur = new XmlCursor(xml);
        while (cur.next()) cur.text();
      }).toThrow(MalformedXml);
    }
  });
});

describe('readStringItem', () => {
  it('joins the <t> of the runs, without the phonetic runs', () => {
    const cur = new XmlCursor('<si><r><rPr><b/></rPr><t>县</t></r><rPh sb="0" eb="1"><t>x</t></rPh><r><t>水利局</t></r><phoneticPr fontId="1"/></si><si><t>next</t></si>');
    cur.next();
    expect(readStringItem(cur)).toBe('县水利局');
    cur.next();
    expect(readStringItem(cur)).toBe('next');
  });
});

describe('decodeXstring', () => {
  it('decodes _xHHHH_ in one pass', () => {
    expect(decodeXstring('a_x000D__x000A_b _x005F_x0041_ _x00e9_ _x12_')).toBe('a\r\nb _x0041_ é _x12_');
  });
});
