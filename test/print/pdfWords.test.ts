import {
  describeOverlap,
  findOverlaps,
  findToken,
  footerNumbers,
  hasRowWith,
  missingHeadings,
  pageText,
  pageWords,
  parseBboxLayout,
  parseCairoSvg,
  printedPage,
  sheetBookmarks,
  type Page,
} from './pdfWords';

// Hand-written `pdftotext -bbox-layout` output. The boxes are taken from LibreOffice 7.4 PDFs of
// this project's sheets and from calibration workbooks (see DEFAULT_TOLERANCE).

/** <word> from text and box. */
type W = [text: string, xMin: number, yMin: number, xMax: number, yMax: number];

function line(...words: W[]): string {
  const b = (i: 1 | 2 | 3 | 4, f: (...n: number[]) => number) => f(...words.map((w) => w[i]));
  return (
    `<line xMin="${b(1, Math.min)}" yMin="${b(2, Math.min)}" xMax="${b(3, Math.max)}" yMax="${b(4, Math.max)}">\n` +
    words.map(([t, x0, y0, x1, y1]) => `  <word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${t}</word>\n`).join('') +
    '</line>\n'
  );
}

const page = (lines: string[], width = 595.303937, height = 841.889764) =>
  `<page width="${width}" height="${height}"><flow><block xMin="0" yMin="0" xMax="1" yMax="1">\n${lines.join('')}</block></flow></page>\n`;

const doc = (...pages: string[]) =>
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">' +
  `<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title></title>\n<meta name="Creator" content="Calc"/>\n</head>\n<body>\n<doc>\n${pages.join('')}</doc>\n</body>\n</html>\n`;

const one = (...lines: string[]): Page => parseBboxLayout(doc(page(lines)))[0];

describe('parseBboxLayout', () => {
  it('reads pages, lines and words with their boxes, in order, decoding entities', () => {
    const xhtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title></title>
<meta name="Producer" content="LibreOffice 7.4"/>
</head>
<body>
<doc>
  <page width="841.889764" height="595.303937">
    <flow>
      <block xMin="283.601000" yMin="48.375437" xMax="555.852010" yMax="63.728437">
        <line xMin="283.601000" yMin="48.375437" xMax="555.852010" yMax="63.728437">
          <word xMin="283.601000" yMin="48.375437" xMax="401.949010" yMax="63.728437">湘阴县人民政府督查室</word>
          <word xMin="404.697000" yMin="48.375437" xMax="555.852010" yMax="63.728437">2020年度督办工作单位得分</word>
        </line>
      </block>
      <block xMin="32.094000" yMin="76.402787" xMax="156.380000" yMax="98.738887">
        <line xMin="32.094000" yMin="76.402787" xMax="87.582067" yMax="86.928887">
          <word xMin="32.094000" yMin="76.402787" xMax="56.385000" yMax="86.928887">A&amp;B&lt;1&gt;</word>
        </line>
      </block>
    </flow>
  </page>
  <page width="595.303937" height="841.889764">
  </page>
</doc>
</body>
</html>`;
    const pages = parseBboxLayout(xhtml, 34);
    expect(pages.map((p) => [p.number, p.width, p.height, p.lines.length])).toEqual([
      [34, 841.889764, 595.303937, 2],
      [35, 595.303937, 841.889764, 0],
    ]);
    expect(pageText(pages[0])).toBe('湘阴县人民政府督查室 2020年度督办工作单位得分\nA&B<1>');
    expect(pageWords(pages[0])[1]).toEqual({ text: '2020年度督办工作单位得分', xMin: 404.697, yMin: 48.375437, xMax: 555.85201, yMax: 63.728437, line: 0 });
  });
});

describe('findOverlaps', () => {
  it('reports two words of different lines drawn over each other, with the page, both words and both lines', () => {
    // 单位得分, 问责提示: a wrapped cell's second line printed over the next row's text.
    const p = one(
      line(['通报批评、书面检讨：年度累计2', 634.2, 231.3, 760.1, 241.8]),
      line(['次红色督办单', 634.2, 241.9, 683.0, 252.4], ['-16', 570.1, 242.1, 580.9, 252.6]),
      line(['诫勉谈话：年度累计4次红色督办单：同一事项', 634.2, 247.1, 803.0, 257.6]),
    );
    const found = findOverlaps(p);
    expect(found.map((o) => [o.a.text, o.b.text])).toEqual([['次红色督办单', '诫勉谈话：年度累计4次红色督办单：同一事项']]);
    expect(found[0].fraction).toBeGreaterThan(0.4);
    expect(describeOverlap(found[0])).toBe(
      'p.1: 「次红色督办单」 (634.2,241.9)–(683.0,252.4) over 「诫勉谈话：年度累计4次红色督办单：同一事项」 (634.2,247.1)–(803.0,257.6) ' +
        '(48.8×5.3 pt, 50% of the smaller word); lines 「次红色督办单 -16」 / 「诫勉谈话：年度累计4次红色督办单：同一事项」',
    );
  });

  it('reports lines printed exactly over each other', () => {
    const p = one(line(['关于东塘镇部分建筑工地春节前拖欠农民工工资问', 174.6, 61.8, 322.1, 70.5]), line(['题的批示', 174.6, 62.4, 201.4, 71.1]));
    expect(findOverlaps(p)).toHaveLength(1);
  });

  it('does not count normally stacked lines: a wrapped cell, adjacent rows, 9 to 16 pt', () => {
    const p = one(
      // A wrapped heading (类内排 / 名), rows below it sharing 0.2 pt with each other.
      line(['类内排', 32.094, 76.402787, 56.385, 86.928887], ['全县排', 63.202, 76.402787, 87.582067, 86.928887]),
      line(['名', 40.191, 88.212787, 48.288, 98.738887]),
      line(['1', 41.701, 98.700787, 46.850692, 109.226887], ['城西镇', 91.604, 99.518787, 115.895, 110.044887]),
      line(['2', 41.701, 109.818787, 46.850692, 120.344887], ['文星街道办事处', 91.604, 110.615787, 148.283, 121.141887]),
      // The bulletin: a wrapped heading's last line 0.64 pt into the first row (5%).
      line(['单', 300.0, 150.0, 311.9, 161.9]),
      line(['0', 301.0, 161.26, 306.85, 173.16]),
      // Wrapped Latin text at 16 pt: 2.1 pt of 20.8 pt boxes (10%), the closest normal lines come.
      line(['county', 400.0, 300.0, 460.0, 320.8], ['12,345', 465.0, 300.0, 512.0, 320.8]),
      line(['gjpqy', 400.0, 318.7, 448.6, 339.5], ['ÁÉ', 452.0, 318.7, 475.0, 339.5]),
      line(['14,400', 400.0, 337.4, 448.6, 358.2]),
      // And at 9 pt: 1.2 pt of 11.7 pt.
      line(['gjpqy', 400.0, 400.0, 425.3, 411.7], ['9', 428.0, 400.0, 433.0, 411.7]),
      line(['9,417', 400.0, 410.5, 425.0, 422.2]),
    );
    expect(findOverlaps(p).map(describeOverlap)).toEqual([]);
  });

  it('does not compare words of the same line, however close', () => {
    const p = one(line(['左', 51.392, 69.3469, 62.39, 83.6443], ['15（暂计）', 61.398, 69.3469, 119.394, 83.6443], ['右', 110.0, 69.3469, 132.406, 83.6443]));
    expect(findOverlaps(p)).toEqual([]);
  });

  it('reports a clipped cell text running under the next cell (two lines of pdftotext on one row)', () => {
    const p = one(line(['左', 51.392, 54.3519, 62.39, 68.6493], ['15（暂计）', 77.414, 54.3519, 135.381, 68.6493]), line(['右', 121.408, 54.3519, 132.406, 68.6493]));
    expect(findOverlaps(p).map((o) => [o.a.text, o.b.text])).toEqual([['15（暂计）', '右']]);
  });
});

describe('findToken', () => {
  const p = one(
    line(['15（暂计）', 525.2, 132.8, 568.0, 143.3], ['5（暂计）', 600.0, 132.8, 640.0, 143.3]),
    line(['10', 70.2, 150.0, 80.5, 160.5], ['第1', 300.0, 800.0, 310.0, 810.0], ['页', 312.0, 800.0, 322.0, 810.0]),
    // A long note wrapped in its cell, beside another cell on the same rows.
    line(['计分规则：蓝/黄/红色督办单每次扣1/2/5分；承办5', 30.0, 500.0, 400.0, 510.5], ['其他', 420.0, 500.0, 440.0, 510.5]),
    line(['项及以上全年无黄色督办单加10分', 30.0, 510.8, 250.0, 521.3], ['单元', 420.0, 510.8, 440.0, 521.3]),
  );

  it('finds a value only as a whole token: 5（暂计） is not inside 15（暂计）, nor 1 inside 10', () => {
    expect(findToken([p], '15（暂计）').map((m) => m.words.map((w) => w.text))).toEqual([['15（暂计）']]);
    expect(findToken([p], '5（暂计）').map((m) => m.words[0].xMin)).toEqual([600.0]);
    expect(findToken([p], '1')).toEqual([]);
    expect(findToken([p], '0')).toEqual([]);
    expect(findToken([p], '10')).toHaveLength(1);
  });

  it('ignores whitespace and runs over words of a line and into the wrapped line below', () => {
    expect(findToken([p], '第 1 页')).toHaveLength(1);
    expect(findToken([p], '计分规则：蓝/黄/红色督办单每次扣1/2/5分；承办5项及以上全年无黄色督办单加10分')).toHaveLength(1);
    // …but a token must end where a word ends.
    expect(findToken([p], '计分规则：蓝/黄/红色督办单每次扣1/2/5分；承办5项')).toEqual([]);
  });

  it('counts each printing', () => {
    const twice = parseBboxLayout(doc(page([line(['14,400', 10, 10, 40, 20])]), page([line(['14,400', 10, 10, 40, 20]), line(['14,400', 10, 30, 40, 40])])));
    expect(findToken(twice, '14,400').map((m) => m.page)).toEqual([1, 2, 2]);
  });
});

describe('what clipping leaves on paper (pdftocairo -svg)', () => {
  // Glyph outlines as cairo writes them (relative to the origin on the baseline); a glyph wholly
  // outside its clip is left out, one across the clip's edge is drawn inside <g clip-path>.
  const symbol = (id: string, x0: number, y0: number, x1: number, y1: number) =>
    `<symbol overflow="visible" id="${id}">\n<path style="stroke:none;" d="M ${x0} ${y0} L ${x1} ${y0} L ${x1} ${y1} L ${x0} ${y1} Z M ${x0} ${y0} "/>\n</symbol>\n`;
  const use = (id: string, x: number, y: number) => `  <use xlink:href="#glyph0-${id}" x="${x}" y="${y}"/>\n`;
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="595pt" height="842pt" viewBox="0 0 595 842" version="1.2">
<defs>
<g>
<symbol overflow="visible" id="glyph0-0">
<path style="stroke:none;" d=""/>
</symbol>
${symbol('glyph0-1', 1, -7, 4, 0)}${symbol('glyph0-2', 0.5, -7, 4.5, 0)}${symbol('glyph0-3', 5, -8, 9, 2)}${symbol('glyph0-4', 0.5, -8, 9.5, 1)}${symbol('glyph0-5', 0.5, -8, 9.5, 1)}${symbol('glyph0-6', 1, -8, 5, 2)}</g>
<clipPath id="clip1">
  <path d="M 107 90 L 150 90 L 150 105 L 107 105 Z M 107 90 "/>
</clipPath>
</defs>
<g id="surface1">
<g style="fill:rgb(0%,0%,0%);fill-opacity:1;">
${use('1', 200, 100)}${use('2', 205, 100)}</g>
<g style="fill:rgb(0%,0%,0%);fill-opacity:1;">
${use('3', 100, 130)}${use('4', 110, 130)}${use('5', 120, 130)}${use('6', 130, 130)}</g>
<g clip-path="url(#clip1)" clip-rule="nonzero">
<g style="fill:rgb(0%,0%,0%);fill-opacity:1;">
${use('2', 105, 100)}</g>
</g>
<g style="fill:rgb(0%,0%,0%);fill-opacity:1;">
${use('0', 107, 100)}${use('3', 110, 100)}${use('4', 120, 100)}${use('5', 130, 100)}${use('6', 140, 100)}</g>
</g>
</svg>`;
  // What pdftotext reports for the same page: the clipped cell as if printed whole.
  const text = one(
    line(['15（暂计）', 100, 92, 146, 102.5]),
    line(['15', 200, 92, 209, 102.5]),
    line(['（暂计）', 100, 122, 136, 132.5]),
  );

  it('reads glyphs, their ink and how much of it the clip leaves', () => {
    const glyphs = parseCairoSvg(svg);
    expect(glyphs).toHaveLength(11); // the blank glyph has no ink and is not counted
    const five = glyphs.find((g) => g.x === 105)!;
    expect(five).toMatchObject({ symbol: 'glyph0-2', y: 100, ink: { xMin: 105.5, yMin: 93, xMax: 109.5, yMax: 100 } });
    expect(five.visible).toBeCloseTo(0.625);
    expect(glyphs.filter((g) => g.visible < 1)).toEqual([five]);
  });

  it('a clipped 15（暂计） prints as 5（暂计）: the whole token is then not on paper', () => {
    expect(findToken([text], '15（暂计）')).toHaveLength(1); // pdftotext alone is fooled
    const { page: onPaper, clipped } = printedPage(text, parseCairoSvg(svg));
    expect(clipped.map((c) => [c.word.text, c.printed, c.cut])).toEqual([['15（暂计）', '5（暂计）', '15']]);
    expect(findToken([onPaper], '15（暂计）')).toEqual([]);
    expect(findToken([onPaper], '15')).toHaveLength(1);
    expect(findToken([onPaper], '（暂计）')).toHaveLength(2);
  });
});

describe('page checks', () => {
  const units = ['城西镇', '县教育局'];
  const rowsOn = (p: Page) => pageWords(p).filter((w) => units.includes(w.text));
  const title = line(['湘阴县人民政府督查室 2020年5月督办工作通报（第1期）', 150, 40, 450, 56]);

  it('missingHeadings: a table that runs onto a later page without its headings', () => {
    const first = page([title, line(['单位', 40, 100, 60, 110], ['年度得分', 300, 100, 340, 110]), line(['城西镇', 40, 112, 70, 122])]);
    const bare = page([title, line(['县教育局', 40, 70, 80, 80], ['0', 300, 70, 305, 80])]);
    // Headings repeated, 年度得分 wrapped in its cell (年度 / 得分).
    const headed = page([title, line(['单位', 40, 62, 60, 72], ['年度', 300, 58, 320, 68]), line(['得分', 300, 68.2, 320, 78.2]), line(['县教育局', 40, 80, 80, 90])]);
    // A later page without unit rows needs no headings.
    const other = page([title, line(['三、红色督办单事项', 40, 70, 140, 80])]);
    expect(missingHeadings(parseBboxLayout(doc(first, bare, other)), rowsOn, ['单位', '年度得分'])).toEqual([
      'p.2: rows from y=70 pt, but no 「单位」 above them in the top 25% of the page',
      'p.2: rows from y=70 pt, but no 「年度得分」 above them in the top 25% of the page',
    ]);
    expect(missingHeadings(parseBboxLayout(doc(first, headed, other)), rowsOn, ['单位', '年度得分'])).toEqual([]);
    // Headings below the rows, or far down the page, do not count.
    const low = page([line(['县教育局', 40, 70, 80, 80]), line(['单位', 40, 400, 60, 410], ['年度得分', 300, 400, 340, 410])]);
    expect(missingHeadings(parseBboxLayout(doc(first, low)), rowsOn, ['单位', '年度得分'])).toHaveLength(2);
  });

  it('hasRowWith: 制表人 审核人 日期 on one printed row', () => {
    const signed = one(line(['制表人：____________', 40, 700, 160, 710], ['审核人：____________', 200, 700, 320, 710], ['日期：____________', 360, 700, 460, 710]));
    expect(hasRowWith(signed, ['制表人', '审核人', '日期'])).toBe(true);
    const split = one(line(['制表人：', 40, 700, 80, 710], ['审核人：', 200, 700, 240, 710]), line(['日期：', 40, 720, 70, 730]));
    expect(hasRowWith(split, ['制表人', '审核人', '日期'])).toBe(false);
  });

  it('footerNumbers: 第 N 页 共 M 页 at the foot of the page', () => {
    expect(footerNumbers(one(line(['第1', 280, 800, 292, 810], ['页共2', 294, 800, 318, 810], ['页', 320, 800, 330, 810])))).toEqual({ n: 1, m: 2, text: '第1 页共2 页' });
    expect(footerNumbers(one(line(['第', 280, 810, 290, 820], ['3', 292, 810, 297, 820], ['页，共', 299, 810, 330, 820], ['36', 332, 810, 342, 820], ['页', 344, 810, 354, 820])))).toMatchObject({ n: 3, m: 36 });
    // Not a footer: the same words in the body of the page.
    expect(footerNumbers(one(line(['第1', 280, 300, 292, 310], ['页共2', 294, 300, 318, 310], ['页', 320, 300, 330, 310])))).toBeNull();
  });
});

describe('sheetBookmarks', () => {
  it("reads LibreOffice's one bookmark per sheet into each sheet's pages", () => {
    // The objects that matter, as LibreOffice 7.4 writes them (uncompressed), in file order.
    const pdf = [
      '%PDF-1.6',
      '1 0 obj',
      '<</Type/Page/Parent 28 0 R/Resources 40 0 R/MediaBox[0 0 612 792]/Contents 2 0 R>>',
      'endobj',
      ...[4, 7, 10, 13].flatMap((n) => [`${n} 0 obj`, `<</Type/Page/Parent 28 0 R/Contents ${n + 1} 0 R>>`, 'endobj']),
      '28 0 obj',
      '<</Type/Pages',
      '/Kids[ 1 0 R 4 0 R 7 0 R 10 0 R 13 0 R ]',
      '/Count 5>>',
      'endobj',
      '41 0 obj',
      '<</Count 3/First 42 0 R/Last 44 0 R>>',
      'endobj',
      '42 0 obj',
      '<</Count 0/Title<FEFF7763529E53F08D26>',
      '/Dest[1 0 R/XYZ 0 792 0]/Parent 41 0 R/Next 43 0 R>>',
      'endobj',
      '43 0 obj',
      '<</Count 0/Title(Sheet \\(2\\))',
      '/Dest[7 0 R/XYZ 0 792 0]/Parent 41 0 R/Prev 42 0 R/Next 44 0 R>>',
      'endobj',
      '44 0 obj',
      '<</Count 0/Title<FEFF53554F4D5F97520600200032003000320030>',
      '/Dest[13 0 R/XYZ 0 792 0]/Parent 41 0 R/Prev 43 0 R>>',
      'endobj',
      '45 0 obj',
      '<</Type/Catalog/Pages 28 0 R',
      '/OpenAction[1 0 R /XYZ null null 0]',
      '/Outlines 41 0 R',
      '>>',
      'endobj',
    ].join('\n');
    expect(sheetBookmarks(pdf)).toEqual([
      { sheet: '督办台账', first: 1, last: 2 },
      { sheet: 'Sheet (2)', first: 3, last: 4 },
      { sheet: '单位得分 2020', first: 5, last: 5 },
    ]);
  });

  it('says so when the PDF has no bookmarks', () => {
    expect(() => sheetBookmarks('1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj 2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj')).toThrow(/no bookmarks/);
  });
});
