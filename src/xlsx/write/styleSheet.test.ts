import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCellFormats } from '../read/readCellFormats';
import { WorkbookOpenError } from '../workbookOpenError';
import { SHEET_TYPEFACE } from '../../sheets/sheetModel';
import { StyleSheet } from './styleSheet';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A user's styles part as Excel writes one, with two custom number formats. */
const EXCEL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  `<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  '<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
  '<fonts count="2" x14ac:knownFonts="1"><font><sz val="12"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="12"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';

const BORDER = '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>';
const DXF = '<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>';

/** The text with these inserted pieces taken out and every count attribute blanked. */
function withoutInsertions(xml: string, pieces: string[]): string {
  let out = xml;
  for (const piece of pieces) {
    const at = out.indexOf(piece);
    expect(at).toBeGreaterThanOrEqual(0);
    out = out.slice(0, at) + out.slice(at + piece.length);
  }
  return out.replace(/count="\d+"/g, 'count=""');
}

const hasXmllint = existsSync('/usr/bin/xmllint');
/** xmllint --noout accepts the text (well-formed XML). */
function expectWellFormed(xml: string): void {
  if (!hasXmllint) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'styles-'));
  try {
    const file = path.join(dir, 'styles.xml');
    writeFileSync(file, xml);
    expect(() => execFileSync('/usr/bin/xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('StyleSheet on a user styles part', () => {
  it('writes nothing back when nothing is added', () => {
    const styles = StyleSheet.parse(EXCEL);
    expect(styles.xf(undefined)).toBeUndefined();
    expect(styles.changed).toBe(false);
    expect(styles.toXml()).toBe(EXCEL);
  });

  it('numbers new entries after the existing ones and leaves the rest of the text as it was', () => {
    const styles = StyleSheet.parse(EXCEL);
    expect(styles.xf({ bold: true, border: true, numberFormat: 'yyyy-mm-dd', horizontal: 'center', vertical: 'middle', wrap: true }, SHEET_TYPEFACE)).toBe(3);
    expect(styles.xf({ fill: 'ffeb9c' })).toBe(4);
    expect(styles.changed).toBe(true);
    const xml = styles.toXml();
    // New custom format ids follow the highest existing one (176), not the count.
    const numFmt = '<numFmt numFmtId="177" formatCode="yyyy-mm-dd"/>';
    // A bold font keeps the default font's size (12).
    const font = '<font><b/><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font>';
    const fill = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill>';
    const xf1 = '<xf numFmtId="177" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>';
    const xf2 = '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>';
    expect(xml).toContain(`${numFmt}</numFmts>`);
    expect(xml).toContain(`<fonts count="3" x14ac:knownFonts="1">`);
    expect(xml).toContain(`${font}</fonts>`);
    expect(xml).toContain(`<fills count="3">`);
    expect(xml).toContain(`${fill}</fills>`);
    expect(xml).toContain(`<borders count="2">`);
    expect(xml).toContain(`${BORDER}</borders>`);
    expect(xml).toContain(`<cellXfs count="5">`);
    expect(xml).toContain(`${xf1}${xf2}</cellXfs>`);
    expect(xml).toContain('<numFmts count="3">');
    expect(withoutInsertions(xml, [numFmt, font, fill, BORDER, xf1, xf2])).toBe(EXCEL.replace(/count="\d+"/g, 'count=""'));
    expectWellFormed(xml);
    // The reader maps the new xf to its format, and the user's to theirs.
    const formats = readCellFormats(xml);
    expect(formats.formatOf(1)).toBe('yyyy"年"m"月"d"日";@');
    expect(formats.formatOf(3)).toBe('yyyy-mm-dd');
  });

  it('gives equal styles one xf, whether one object or two', () => {
    const styles = StyleSheet.parse(EXCEL);
    const a = { bold: true, fill: 'FFFF00' };
    expect(styles.xf(a)).toBe(3);
    expect(styles.xf(a)).toBe(3);
    expect(styles.xf({ fill: 'ffff00', bold: true })).toBe(3);
    // bold: false is no bold: the same look as no font properties at all.
    expect(styles.xf({ fill: 'FFFF00', bold: false })).toBe(4);
    expect(styles.xf({ fill: 'FFFF00' })).toBe(4);
    expect(styles.xf({ bold: true, fill: 'FFFF00', italic: true })).toBe(5);
    const xml = styles.toXml();
    // One font for the two bold styles, one more for bold italic; one fill for all.
    expect(xml).toContain('<fonts count="4"');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="6">');
  });

  it('sets a styled font in the typeface it is given, its family and charset only when the typeface has them', () => {
    const styles = StyleSheet.parse(EXCEL);
    const bold = { bold: true };
    expect(styles.xf(bold, SHEET_TYPEFACE)).toBe(3);
    expect(styles.xf(bold, { name: '黑体' })).toBe(4);
    // The same style object in the first typeface again: its own xf, not the other typeface's.
    expect(styles.xf(bold, SHEET_TYPEFACE)).toBe(3);
    expect(styles.toXml()).toContain(
      '<font><b/><sz val="12"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="12"/><name val="黑体"/></font></fonts>',
    );
  });

  it('sets a styled font without a typeface in the default font\'s face (font 0), name, family and charset', () => {
    const styles = StyleSheet.parse(EXCEL);
    expect(styles.xf({ italic: true })).toBe(3);
    expect(styles.toXml()).toContain('<font><i/><sz val="12"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>');
  });

  it('names built-in and existing custom number formats by their id', () => {
    const styles = StyleSheet.parse(EXCEL);
    expect(styles.xf({ numberFormat: '0.00%' })).toBe(3);
    expect(styles.xf({ numberFormat: '0.0%' })).toBe(4);
    const xml = styles.toXml();
    expect(xml).toContain('<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>');
    expect(xml).toContain('<numFmts count="2">');
  });

  it('reuses an xf written exactly as one of ours would be: a plain style is xf 0 of a plain part', () => {
    const styles = StyleSheet.parse(undefined);
    expect(styles.xf({})).toBe(0);
    expect(styles.changed).toBe(false);
  });

  it('opens a self-closing dxfs and reuses its own dxf when run on its own output', () => {
    const first = StyleSheet.parse(EXCEL);
    expect(first.dxf({ fill: 'FFC7CE', fontColor: '9C0006' })).toBe(0);
    expect(first.dxf({ fill: 'ffc7ce', fontColor: '9c0006' })).toBe(0);
    expect(first.dxf({ fill: 'C6EFCE', fontColor: '006100' })).toBe(1);
    const once = first.toXml();
    expect(once).toContain(`<dxfs count="2">${DXF}<dxf><font><color rgb="FF006100"/></font>`);
    expect(once).toContain('</dxf></dxfs><tableStyles count="0"');
    expectWellFormed(once);

    const second = StyleSheet.parse(once);
    expect(second.dxf({ fill: 'FFC7CE', fontColor: '9C0006' })).toBe(0);
    expect(second.dxf({ fill: 'C6EFCE', fontColor: '006100' })).toBe(1);
    expect(second.changed).toBe(false);
    expect(second.toXml()).toBe(once);
  });

  it('writes a dxf without a font for a rule that gives the fill only, apart from one with a font colour', () => {
    const styles = StyleSheet.parse(EXCEL);
    expect(styles.dxf({ fill: 'FFC7CE' })).toBe(0);
    expect(styles.dxf({ fill: 'ffc7ce' })).toBe(0);
    expect(styles.dxf({ fill: 'FFC7CE', fontColor: '9C0006' })).toBe(1);
    const xml = styles.toXml();
    expect(xml).toContain(`<dxfs count="2"><dxf><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>${DXF}</dxfs>`);
    expectWellFormed(xml);
    const again = StyleSheet.parse(xml);
    expect(again.dxf({ fill: 'FFC7CE' })).toBe(0);
    expect(again.changed).toBe(false);
  });

  it('derives a cell format without fill and number format from an existing one, once, the rest kept', () => {
    // xf 1: a custom date format; xf 3: yellow fill, date format, border, alignment, protection.
    const input = EXCEL.replace('<fills count="2">', '<fills count="3">')
      .replace('</fills>', '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>')
      .replace('<cellXfs count="3">', '<cellXfs count="4">')
      .replace(
        '</cellXfs>',
        "<xf numFmtId='176' fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/><protection locked=\"0\"/></xf></cellXfs>",
      );
    const styles = StyleSheet.parse(input);
    // Neither a fill nor a number format: the xf itself.
    expect(styles.xfWithoutFillAndFormat(0)).toBe(0);
    expect(styles.xfWithoutFillAndFormat(2)).toBe(2);
    expect(styles.changed).toBe(false);
    expect(styles.xfWithoutFillAndFormat(3)).toBe(4);
    expect(styles.xfWithoutFillAndFormat(3)).toBe(4);
    expect(styles.xfWithoutFillAndFormat(1)).toBe(5);
    expect(styles.xfWithoutFillAndFormat(4)).toBe(4);
    // No such xf.
    expect(styles.xfWithoutFillAndFormat(9)).toBeUndefined();
    expect(styles.xfWithoutFillAndFormat(-1)).toBeUndefined();
    const xml = styles.toXml();
    const derived =
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="0" applyFont="1" applyFill="0" applyAlignment="1" applyProtection="1">' +
      '<alignment horizontal="center" vertical="center" wrapText="1"/><protection locked="0"/></xf>';
    const date = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="0" applyFill="0"/>';
    expect(xml).toContain(`<cellXfs count="6">`);
    expect(xml).toContain(`</xf>${derived}${date}</cellXfs>`);
    expect(withoutInsertions(xml, [derived, date])).toBe(input.replace(/count="\d+"/g, 'count=""'));
    expectWellFormed(xml);
    // Its own output holds them: nothing added again.
    const again = StyleSheet.parse(xml);
    expect(again.xfWithoutFillAndFormat(3)).toBe(4);
    expect(again.xfWithoutFillAndFormat(1)).toBe(5);
    expect(again.changed).toBe(false);
  });

  it('derives a marked cell format from an existing one: the fill set, the number format given or kept, the rest kept', () => {
    // xf 3: a bold font, a border, alignment and unlocked, General; xf 1: the user's date format.
    const input = EXCEL.replace('<borders count="1">', '<borders count="2">')
      .replace('</borders>', `${BORDER}</borders>`)
      .replace('<cellXfs count="3">', '<cellXfs count="4">')
      .replace(
        '</cellXfs>',
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="center"/><protection locked="0"/></xf></cellXfs>',
      );
    const styles = StyleSheet.parse(input);
    expect(styles.xfsAdded).toBe(0);
    expect(styles.xfWithFill(3, 'e2efda', 'yyyy-mm-dd')).toBe(4);
    expect(styles.xfWithFill(3, 'E2EFDA', 'yyyy-mm-dd')).toBe(4);
    expect(styles.xfWithFill(1, 'E2EFDA')).toBe(5);
    expect(styles.xfWithFill(0, 'E2EFDA', 'yyyy-mm-dd')).toBe(6);
    expect(styles.xfWithFill(9, 'E2EFDA')).toBeUndefined();
    expect(styles.xfsAdded).toBe(3);
    const xml = styles.toXml();
    const fill = '<fill><patternFill patternType="solid"><fgColor rgb="FFE2EFDA"/><bgColor indexed="64"/></patternFill></fill>';
    const numFmt = '<numFmt numFmtId="177" formatCode="yyyy-mm-dd"/>';
    const marked =
      '<xf numFmtId="177" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1" applyProtection="1" applyFill="1" applyNumberFormat="1">' +
      '<alignment horizontal="center"/><protection locked="0"/></xf>';
    const keptDate = '<xf numFmtId="176" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>';
    const plain = '<xf numFmtId="177" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"><alignment vertical="center"/></xf>';
    expect(xml).toContain(`${numFmt}</numFmts>`);
    expect(xml).toContain(`<fills count="3">`);
    expect(xml).toContain(`${fill}</fills>`);
    expect(xml).toContain(`</xf>${marked}${keptDate}${plain}</cellXfs>`);
    expect(withoutInsertions(xml, [numFmt, fill, marked, keptDate, plain])).toBe(input.replace(/count="\d+"/g, 'count=""'));
    expectWellFormed(xml);
    const formats = readCellFormats(xml);
    expect([4, 5, 6].map((i) => formats.formatOf(i))).toEqual(['yyyy-mm-dd', 'yyyy"年"m"月"d"日";@', 'yyyy-mm-dd']);
    // Its own output holds them: nothing added again.
    const again = StyleSheet.parse(xml);
    expect(again.xfWithFill(3, 'E2EFDA', 'yyyy-mm-dd')).toBe(4);
    expect(again.changed).toBe(false);
    expect(() => again.xfWithFill(3, 'green')).toThrow('颜色值无效：「green」（应为 6 位十六进制 RRGGBB）');
  });

  it('unlocks a cell style that says locked: false, and only that one', () => {
    // A new part: xf 0 is the plain cell's, which a locked cell (Excel's default) is.
    const styles = StyleSheet.parse(undefined);
    expect(styles.xf({ locked: false })).toBe(1);
    expect(styles.xf({ locked: true })).toBe(0);
    expect(styles.xf({ locked: false, horizontal: 'left', border: true })).toBe(2);
    expect(styles.toXml()).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf>' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment horizontal="left"/><protection locked="0"/></xf></cellXfs>',
    );
  });

  it('reuses its own cell styles when run on its own output', () => {
    const style = { bold: true, border: true, numberFormat: 'yyyy-mm-dd' };
    const first = StyleSheet.parse(EXCEL);
    expect(first.xf(style)).toBe(3);
    const again = StyleSheet.parse(first.toXml());
    expect(again.xf({ ...style })).toBe(3);
    expect(again.changed).toBe(false);
  });

  it('creates missing collections where the schema puts them, with the root prefix, robust to comments and quotes', () => {
    const input =
      "<?xml version='1.0' encoding='UTF-8'?>\n" +
      `<!-- </fonts> in a comment --><x:styleSheet xmlns:x='${NS}'>\n` +
      "  <x:fonts count='9'><!-- <x:font/> --><x:font><x:sz val='10'/><x:name val='Arial'/></x:font></x:fonts>\n" +
      '  <x:fills><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>\n' +
      '  <x:borders count="1"><x:border/></x:borders>\n' +
      '  <x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs>\n' +
      '  <x:extLst><x:ext uri="{x}"><x14:dxfs xmlns:x14="urn:x14" count="0"/></x:ext></x:extLst>\n' +
      '</x:styleSheet>';
    const styles = StyleSheet.parse(input);
    expect(styles.xf({ italic: true, numberFormat: '0.0' }, SHEET_TYPEFACE)).toBe(1);
    expect(styles.dxf({ fill: 'FFC7CE', fontColor: '9C0006' })).toBe(0);
    const xml = styles.toXml();
    const numFmts = '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0"/></x:numFmts>';
    const font = '<x:font><x:i/><x:sz val="10"/><x:name val="宋体"/><x:family val="3"/><x:charset val="134"/></x:font>';
    const xf = '<x:xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>';
    const cellStyleXfs = '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>';
    const dxfs = `<x:dxfs count="1">${DXF.replace(/<(\/?)/g, '<$1x:')}</x:dxfs>`;
    expect(xml).toBe(
      "<?xml version='1.0' encoding='UTF-8'?>\n" +
        `<!-- </fonts> in a comment --><x:styleSheet xmlns:x='${NS}'>\n` +
        `  ${numFmts}<x:fonts count='2'><!-- <x:font/> --><x:font><x:sz val='10'/><x:name val='Arial'/></x:font>${font}</x:fonts>\n` +
        '  <x:fills><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>\n' +
        `  <x:borders count="1"><x:border/></x:borders>\n` +
        `  ${cellStyleXfs}<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>${xf}</x:cellXfs>\n` +
        `  ${dxfs}<x:extLst><x:ext uri="{x}"><x14:dxfs xmlns:x14="urn:x14" count="0"/></x:ext></x:extLst>\n` +
        '</x:styleSheet>',
    );
    expectWellFormed(xml);
  });

  it('opens self-closing collections of every kind', () => {
    const input = `<styleSheet xmlns="${NS}"><numFmts count="0"/><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs><dxfs/></styleSheet>`;
    const styles = StyleSheet.parse(input);
    expect(styles.xf({ numberFormat: 'yyyy-mm-dd' })).toBe(1);
    styles.dxf({ fill: 'FFC7CE', fontColor: '9C0006' });
    const xml = styles.toXml();
    expect(xml).toBe(
      `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
        `<cellXfs count="2"><xf/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><dxfs>${DXF}</dxfs></styleSheet>`,
    );
    expectWellFormed(xml);
  });

  it('fills in what a bare part lacks before adding its own', () => {
    const styles = StyleSheet.parse(`<styleSheet xmlns="${NS}"/>`);
    expect(styles.xf({ fill: 'FF0000' })).toBe(1);
    const xml = styles.toXml();
    expect(xml).toBe(
      `<styleSheet xmlns="${NS}">` +
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
        '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>' +
        '</styleSheet>',
    );
    expectWellFormed(xml);
  });

  it('starts a package without a styles part from a minimal one', () => {
    const styles = StyleSheet.parse(undefined);
    expect(styles.changed).toBe(false);
    expect(styles.xf({ fontSize: 16, bold: true, fontColor: 'c00000' })).toBe(1);
    expect(styles.dxf({ fill: 'FFC7CE', fontColor: '9C0006' })).toBe(0);
    const xml = styles.toXml();
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<styleSheet xmlns="${NS}">` +
        '<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="16"/><color rgb="FFC00000"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        `<dxfs count="1">${DXF}</dxfs>` +
        '</styleSheet>',
    );
    expectWellFormed(xml);
  });

  it('writes strict parts with start and end borders', () => {
    const styles = StyleSheet.parse(undefined, { strict: true });
    expect(styles.xf({ border: true })).toBe(1);
    const xml = styles.toXml();
    expect(xml).toContain('<styleSheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main">');
    expect(xml).toContain('<border><start style="thin"><color indexed="64"/></start><end style="thin"><color indexed="64"/></end><top style="thin">');
  });

  it('refuses what is not a styles part, and bad colours', () => {
    expect(() => StyleSheet.parse('<worksheet/>')).toThrow(WorkbookOpenError);
    expect(() => StyleSheet.parse(`<styleSheet xmlns="${NS}"><fonts>`)).toThrow('styles.xml');
    expect(() => StyleSheet.parse(undefined).xf({ fill: 'red' })).toThrow('颜色值无效：「red」');
  });
});
