import { WorkbookOpenError } from '../workbookOpenError';
import { zipOf } from '../../../test/support/zipOf';
import type { ZipArchive } from '../zip/zipArchive';
import { readPackageLayout, xsdBoolean } from './readPackageLayout';


const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const rels = (...items: Array<[string, string, string]>) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG}">` +
  items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') +
  '</Relationships>';

/** A package as Excel lays it out, with the workbook part's text given. */
function excelPackage(workbook: string, extra: Array<[string, string]> = []): ZipArchive {
  return zipOf(
    new Map([
      ['[Content_Types].xml', '<Types/>'],
      ['_rels/.rels', rels(['rId1', `${REL}/officeDocument`, 'xl/workbook.xml'], ['rId2', `${REL}/extended-properties`, 'docProps/app.xml'])],
      ['xl/workbook.xml', workbook],
      [
        'xl/_rels/workbook.xml.rels',
        rels(
          ['rId1', `${REL}/worksheet`, 'worksheets/sheet1.xml'],
          ['rId2', `${REL}/worksheet`, 'worksheets/sheet2.xml'],
          ['rId3', `${REL}/chartsheet`, 'chartsheets/sheet1.xml'],
          ['rId4', `${REL}/styles`, 'styles.xml'],
          ['rId5', `${REL}/sharedStrings`, 'sharedStrings.xml'],
          ['rId6', `${REL}/theme`, 'theme/theme1.xml'],
        ),
      ],
      ['xl/worksheets/sheet1.xml', '<worksheet/>'],
      ['xl/worksheets/sheet2.xml', '<worksheet/>'],
      ['xl/chartsheets/sheet1.xml', '<chartsheet/>'],
      ['xl/styles.xml', '<styleSheet/>'],
      ['xl/sharedStrings.xml', '<sst/>'],
      ...extra,
    ]),
  );
}

const workbook = (pr: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<bookViews><workbookView/></bookViews>` +
  '<sheets><sheet name="台账 &amp; 汇总" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="3" state="hidden" r:id="rId2"/><sheet name="图表" sheetId="4" state="veryHidden" r:id="rId3"/></sheets>' +
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'台账 &amp; 汇总\'!$A$1:$I$8</definedName></definedNames></workbook>';

describe('readPackageLayout', () => {
  it('follows the package relationships to the workbook, its sheets, styles and shared strings', () => {
    expect(readPackageLayout(excelPackage(workbook('<workbookPr defaultThemeVersion="166925"/>')))).toEqual({
      workbookPath: 'xl/workbook.xml',
      workbookRelsPath: 'xl/_rels/workbook.xml.rels',
      stylesPath: 'xl/styles.xml',
      sharedStringsPath: 'xl/sharedStrings.xml',
      date1904: false,
      strict: false,
      sheets: [
        { name: '台账 & 汇总', sheetId: 1, rId: 'rId1', state: 'visible', path: 'xl/worksheets/sheet1.xml', kind: 'worksheet' },
        { name: '隐藏', sheetId: 3, rId: 'rId2', state: 'hidden', path: 'xl/worksheets/sheet2.xml', kind: 'worksheet' },
        { name: '图表', sheetId: 4, rId: 'rId3', state: 'veryHidden', path: 'xl/chartsheets/sheet1.xml', kind: 'chartsheet' },
      ],
    });
  });

  it.each([
    ['<workbookPr date1904="1"/>', true],
    ['<workbookPr date1904="true"/>', true],
    ["<workbookPr date1904=' true '/>", true],
    ['<workbookPr date1904="0"/>', false],
    ['<workbookPr date1904="false"/>', false],
    ['<workbookPr/>', false],
    ['', false],
  ])('reads %s as date1904 %s', (pr, expected) => {
    expect(readPackageLayout(excelPackage(workbook(pr))).date1904).toBe(expected);
  });

  it('reads any prefixes, either quote, a comment, and the relationship id under any prefix', () => {
    const wb =
      `<x:workbook xmlns:x='${MAIN}' xmlns:rel='${REL}'><!-- <x:sheet name="no"/> --><x:workbookPr date1904='1'/>` +
      "<x:sheets><x:sheet rel:id='rId2' sheetId='2' name='第二'/><x:sheet name=\"第一\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets></x:workbook>";
    const layout = readPackageLayout(excelPackage(wb));
    expect(layout.date1904).toBe(true);
    expect(layout.sheets.map((s) => [s.name, s.path])).toEqual([
      ['第二', 'xl/worksheets/sheet2.xml'],
      ['第一', 'xl/worksheets/sheet1.xml'],
    ]);
  });

  it('finds a workbook part that is not xl/workbook.xml, with absolute and relative targets and entries in another case', () => {
    const zip = zipOf(
      new Map([
        ['_rels/.rels', rels(['R1', `${STRICT_REL}/officeDocument`, '/book/Main.xml'])],
        ['book/Main.xml', `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${STRICT_REL}"><sheets><sheet name="S" sheetId="1" r:id="a"/><sheet name="M" sheetId="2" r:id="b"/></sheets></workbook>`],
        ['book/_rels/Main.xml.rels', rels(['a', `${STRICT_REL}/worksheet`, '/Book/Sheets/One.xml'], ['b', `${STRICT_REL}/xlMacrosheet`, './sheets/../macro.xml'], ['c', `${STRICT_REL}/styles`, 'styles.xml'])],
        ['book/sheets/one.xml', '<worksheet/>'],
        ['book/macro.xml', '<worksheet/>'],
      ]),
    );
    expect(readPackageLayout(zip)).toEqual({
      workbookPath: 'book/Main.xml',
      workbookRelsPath: 'book/_rels/Main.xml.rels',
      stylesPath: 'book/styles.xml',
      sharedStringsPath: undefined,
      date1904: false,
      strict: true,
      sheets: [
        { name: 'S', sheetId: 1, rId: 'a', state: 'visible', path: 'book/sheets/one.xml', kind: 'worksheet' },
        { name: 'M', sheetId: 2, rId: 'b', state: 'visible', path: 'book/macro.xml', kind: 'macrosheet' },
      ],
    });
  });

  it('names what is missing, in words for the user', () => {
    expect(() => readPackageLayout(zipOf(new Map([['xl/workbook.xml', '<workbook/>']])))).toThrow(
      new WorkbookOpenError('文件中找不到工作簿部件（_rels/.rels 中没有指向工作簿的关系），不是有效的 Excel 工作簿或已损坏：请在 Excel 中打开后另存为 .xlsx'),
    );
    const withoutSheetRel = excelPackage(workbook('').replace('r:id="rId2"', 'r:id="rId9"'));
    expect(() => readPackageLayout(withoutSheetRel)).toThrow(new WorkbookOpenError('工作簿中的工作表「隐藏」找不到它的部件（关系 rId9），文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'));
    const broken = excelPackage('<workbook><sheets></workbook>');
    expect(() => readPackageLayout(broken)).toThrow(new WorkbookOpenError('文件中的部件 xl/workbook.xml 不是有效的 XML，文件可能已损坏：请在 Excel 中打开后另存为 .xlsx'));
  });
});

describe('xsdBoolean', () => {
  it('reads every spelling XML Schema allows', () => {
    expect(['1', 'true', ' true\n', '0', 'false', 'TRUE', undefined].map(xsdBoolean)).toEqual([true, true, true, false, false, false, false]);
  });
});
