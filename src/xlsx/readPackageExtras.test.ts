import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readPackageExtras } from './readPackageExtras';
import { XlsxWorkbook } from './xlsxWorkbook';

/** A workbook with a notice sheet broken after rows 12 and 24 (one notice a page), and a ledger. */
async function noticeWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const notices = wb.addWorksheet('督办单 2020-05-11 & 蓝');
  notices.getCell('A1').value = '湘阴县人民政府督查室';
  notices.getRow(12).addPageBreak();
  notices.getRow(24).addPageBreak();
  wb.addWorksheet('督办台账').getCell('A1').value = '督办事项';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A valid 2×1 PNG (a red and a black pixel), small enough to spell out. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DAwPAfAAcAAf9+CLHQAAAAAElFTkSuQmCC',
  'base64',
);

/** The notice workbook with the PNG on the ledger sheet, once by a one-cell and once by a two-cell anchor. */
async function pictureWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await noticeWorkbook()) as unknown as ArrayBuffer);
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  const ws = wb.getWorksheet('督办台账')!;
  ws.addImage(image, { tl: { col: 2, row: 3 }, ext: { width: 100, height: 50 } });
  ws.addImage(image, 'E5:G9');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The picture workbook with `anchor` (an <xdr:*Anchor> element) added to its drawing. */
async function withInDrawing(anchor: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await pictureWorkbook());
  const drawing = 'xl/drawings/drawing1.xml';
  zip.file(drawing, ((await zip.file(drawing)?.async('string')) ?? '').replace('</xdr:wsDr>', `${anchor}</xdr:wsDr>`));
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

const FROM_TO =
  '<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>';
/** A text box, as Excel writes one (a <xdr:sp> with a text body). */
const TEXT_BOX =
  `<xdr:twoCellAnchor>${FROM_TO}<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="9" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
  '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>请于月底前办结</a:t></a:r></a:p></xdr:txBody></xdr:sp>' +
  '<xdr:clientData/></xdr:twoCellAnchor>';
/** A chart's place in a drawing (the chart itself is xl/charts/chart1.xml). */
const CHART_FRAME =
  `<xdr:twoCellAnchor>${FROM_TO}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="5" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

/** The images of each sheet of a package as ExcelJS reads them: top-left cell and media bytes. */
async function pictures(data: Buffer): Promise<Array<{ sheet: string; at: [number, number]; png: boolean }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.flatMap((ws) =>
    ws.getImages().map((img) => ({
      sheet: ws.name,
      at: [img.range.tl.nativeCol, img.range.tl.nativeRow] as [number, number],
      png: Buffer.compare(Buffer.from(wb.getImage(Number(img.imageId)).buffer as unknown as Uint8Array), PNG) === 0,
    })),
  );
}

/** The <brk id> rows of each sheet of a saved package, read straight from its XML. */
async function savedBreaks(data: Buffer): Promise<Record<string, number[]>> {
  return Object.fromEntries((await readPackageExtras(data)).rowBreaks);
}

describe('readPackageExtras', () => {
  it('reads each sheet’s manual page breaks, by the sheet’s name', async () => {
    expect(await savedBreaks(await noticeWorkbook())).toEqual({ '督办单 2020-05-11 & 蓝': [12, 24] });
  });

  it('takes no column breaks for row breaks, nor an empty <rowBreaks/>', async () => {
    const zip = await JSZip.loadAsync(await noticeWorkbook());
    const sheet = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(sheet)?.async('string')) ?? '';
    const rowBreaks = /<rowBreaks\b[\s\S]*?<\/rowBreaks>/;
    expect(xml).toMatch(rowBreaks);
    zip.file(sheet, xml.replace(rowBreaks, '<rowBreaks count="0"/><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>'));
    const data = Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await savedBreaks(data)).toEqual({});
  });

  // What ExcelJS 4.4 keeps was established by round trips (load → writeBuffer → load) of the
  // workbooks below: pictures come back at their anchors with the same image bytes (the round-trip
  // test further down checks this on the CLI's own path), while a text box or shape (<xdr:sp>), a
  // connector, a group, an absolute anchor and a chart's <xdr:graphicFrame> are missing from the
  // drawing it writes. See also ExcelJS's drawing-xform.js: it parses only one- and two-cell
  // anchors, and in them only <xdr:pic>.
  it('names the parts ExcelJS cannot keep, a chart once (not again for the drawing it sits in)', async () => {
    const zip = await JSZip.loadAsync(await withInDrawing(CHART_FRAME));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    const data = Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
    expect((await readPackageExtras(data)).dropped).toEqual(['图表']);
  });

  it('takes pictures for kept, and shapes, text boxes, connectors, groups and absolute anchors for dropped', async () => {
    expect((await readPackageExtras(await pictureWorkbook())).dropped).toEqual([]);
    const group = '<xdr:twoCellAnchor><xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="7" name="Group 1"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr></xdr:grpSp></xdr:twoCellAnchor>';
    const line = '<xdr:twoCellAnchor><xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="3" name="Line 1"/></xdr:nvCxnSpPr></xdr:cxnSp></xdr:twoCellAnchor>';
    const absolute = '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="1" cy="1"/><xdr:clientData/></xdr:absoluteAnchor>';
    for (const anchor of [TEXT_BOX, group, line, absolute]) {
      expect((await readPackageExtras(await withInDrawing(anchor))).dropped).toEqual(['形状、文本框或组合']);
    }
  });

  it('matches ExcelJS: it keeps the pictures and drops the text box and the chart’s frame', async () => {
    const input = await withInDrawing(TEXT_BOX + CHART_FRAME);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as unknown as ArrayBuffer);
    const output = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await pictures(input)).toHaveLength(2);
    expect(await pictures(output)).toEqual(await pictures(input));
    const drawing = (await (await JSZip.loadAsync(output)).file('xl/drawings/drawing1.xml')?.async('string')) ?? '';
    expect(drawing).not.toContain('请于月底前办结');
    expect(drawing).not.toContain('graphicFrame');
  });
});

describe('XlsxWorkbook round trip', () => {
  it('keeps the page breaks of the sheets it read (ExcelJS alone drops them)', async () => {
    const input = await noticeWorkbook();
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(input as unknown as ArrayBuffer);
    expect(await savedBreaks(Buffer.from(await plain.xlsx.writeBuffer()))).toEqual({});

    const book = await XlsxWorkbook.load(input);
    expect(await savedBreaks(await book.toBuffer())).toEqual({ '督办单 2020-05-11 & 蓝': [12, 24] });
    expect(book.losses).toEqual([]);
  });

  it('keeps the pictures of the input, in place, without a warning', async () => {
    const input = await pictureWorkbook();
    const book = await XlsxWorkbook.load(input);
    expect(book.losses).toEqual([]);
    const kept = await pictures(await book.toBuffer());
    expect(kept).toEqual([
      { sheet: '督办台账', at: [2, 3], png: true },
      { sheet: '督办台账', at: [4, 4], png: true },
    ]);
  });

  it('warns, as a problem, that the shapes and charts of the input are not in the output', async () => {
    const zip = await JSZip.loadAsync(await withInDrawing(TEXT_BOX + CHART_FRAME));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    const book = await XlsxWorkbook.load(Buffer.from(await zip.generateAsync({ type: 'nodebuffer' })));
    const warning = (what: string) => ({
      severity: 'warning',
      code: 'xlsx.part-dropped',
      message: `输入文件中有${what}，命令行无法把它们写进输出文件（输入文件不变）：需要保留时，请在 Excel 中用加载项完成同样的操作`,
    });
    expect(book.losses).toEqual([warning('图表'), warning('形状、文本框或组合')]);
  });
});
