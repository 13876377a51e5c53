import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateOnly } from '../../test/support/dateOnly';
import type { CellStyle, SheetModel } from '../sheets/sheetModel';
import { XlsxWorkbook } from './xlsxWorkbook';

// A sheet someone else fills in: protected without a password, the answer cells unlocked, and the
// 完成时间 cells taking only a date of the year (ECMA-376 Part 1, 18.3.1.85 sheetProtection,
// 18.8.33 protection, 18.3.1.32 dataValidation).

const OPEN: CellStyle = { border: true, numberFormat: 'yyyy-mm-dd', locked: false };
const TEXT: CellStyle = { border: true, wrap: true, locked: false };

const REPLY: SheetModel = {
  name: '单位回复',
  protect: true,
  rows: [
    [{ value: '督办事项' }, { value: '完成时间' }, { value: '进展情况' }],
    [{ value: '修路' }, { value: null, style: OPEN }, { value: null, style: TEXT }],
    [{ value: '修桥' }, { value: null, style: OPEN }, { value: null, style: TEXT }],
  ],
  dateValidations: [
    {
      range: { top: 2, left: 2, bottom: 3, right: 2 },
      from: dateOnly('2020-01-01'),
      to: dateOnly('2020-12-31'),
      prompt: { title: '完成时间', message: '请填写 2020 年内的日期，如 2020-06-01' },
      error: { title: '日期无效', message: '完成时间应为 2020-01-01 至 2020-12-31 之间的日期 & 不能是文字' },
    },
  ],
};

const part = async (data: Buffer, name: string): Promise<string> => (await (await JSZip.loadAsync(data)).file(name)?.async('string')) ?? '';

async function written(model: SheetModel, date1904 = false): Promise<Buffer> {
  const workbook = date1904 ? await XlsxWorkbook.load(await workbook1904()) : XlsxWorkbook.create();
  await workbook.addSheet(model);
  return workbook.toBuffer();
}

/** A workbook in the 1904 date system, as ExcelJS writes one. */
async function workbook1904(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  wb.addWorksheet('说明').getCell('A1').value = '1904';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('XlsxWorkbook.addSheet: protection and date validation', () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    xlsx = await written(REPLY);
  });

  it('writes sheetProtection after sheetData and the validations after the rules, in CT_Worksheet order', async () => {
    const xml = await part(xlsx, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain(
      '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' +
        '<dataValidations count="1"><dataValidation type="date" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"' +
        ' errorTitle="日期无效" error="完成时间应为 2020-01-01 至 2020-12-31 之间的日期 &amp; 不能是文字"' +
        ' promptTitle="完成时间" prompt="请填写 2020 年内的日期，如 2020-06-01" sqref="B2:B3"><formula1>43831</formula1><formula2>44196</formula2></dataValidation></dataValidations>' +
        '<pageMargins ',
    );
    // The open cells are written empty, for their style.
    expect(xml).toContain('<c r="B2" s="1"/><c r="C2" s="2"/>');
  });

  it('unlocks the open cells through their xf (applyProtection, protection locked="0")', async () => {
    const styles = await part(xlsx, 'xl/styles.xml');
    expect(styles).toContain(
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyProtection="1"><protection locked="0"/></xf>' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment wrapText="1"/><protection locked="0"/></xf></cellXfs>',
    );
  });

  it('reads back with our reader and with ExcelJS', async () => {
    const again = await XlsxWorkbook.load(xlsx);
    const [sheet] = await again.readSheets(['单位回复']);
    expect(sheet.values).toEqual([['督办事项', '完成时间', '进展情况'], ['修路'], ['修桥']]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('单位回复') as ExcelJS.Worksheet & { sheetProtection: Record<string, unknown> };
    // ExcelJS's model says what is allowed: objects and scenarios not, columns and rows yes.
    expect(ws.sheetProtection).toEqual({ sheet: true, objects: false, scenarios: false, formatColumns: true, formatRows: true });
    expect(ws.getCell('B2').protection).toEqual({ locked: false, hidden: false });
    expect(ws.getCell('C3').protection).toEqual({ locked: false, hidden: false });
    expect(ws.getCell('A2').protection).toBeUndefined();
    expect(ws.getCell('B3').dataValidation).toEqual({
      type: 'date',
      operator: 'between',
      formulae: [new Date('2020-01-01T00:00:00.000Z'), new Date('2020-12-31T00:00:00.000Z')],
      allowBlank: true,
      showInputMessage: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '日期无效',
      error: '完成时间应为 2020-01-01 至 2020-12-31 之间的日期 & 不能是文字',
      promptTitle: '完成时间',
      prompt: '请填写 2020 年内的日期，如 2020-06-01',
    });
  });

  it('gives the bounds as serials of the workbook\'s date system', async () => {
    const xml = await part(await written(REPLY, true), 'xl/worksheets/sheet2.xml');
    expect(xml).toContain('<formula1>42369</formula1><formula2>42734</formula2>');
  });

  it('keeps CT_Worksheet order beside merges, rules, the page and the data bars\' extension', async () => {
    const model: SheetModel = {
      ...REPLY,
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
      conditionalFills: [{ range: { top: 2, left: 2, bottom: 3, right: 2 }, formula: 'B2=""', fill: 'FFC7CE' }],
      dataBars: [{ range: { top: 2, left: 3, bottom: 3, right: 3 }, color: '638EC6' }],
      page: { orientation: 'portrait', paper: 'A4', rowBreaks: [2] },
    };
    const xml = await part(await written(model), 'xl/worksheets/sheet1.xml');
    // The sheet's own extLst is its last child (a data bar's rule has one inside it too).
    const at = ['</sheetData>', '<sheetProtection ', '<mergeCells ', '<conditionalFormatting ', '<dataValidations ', '<pageMargins ', '<pageSetup ', '<rowBreaks '].map((tag) => xml.indexOf(tag));
    at.push(xml.lastIndexOf('<extLst>'));
    expect(at.every((p) => p > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(xml.slice(xml.lastIndexOf('<extLst>'))).toMatch(/^<extLst><ext uri="\{78C0D931-6437-407d-A8EE-F0AAD7539E65\}"/);
  });

  it('writes no input message without a prompt, and no protection when the model asks none', async () => {
    const model: SheetModel = {
      name: '表',
      rows: [[{ value: '日期' }]],
      dateValidations: [{ range: { top: 2, left: 1, bottom: 2, right: 1 }, from: dateOnly('2021-03-01'), to: dateOnly('2021-03-01'), error: { title: '错误', message: "仅限 3 月 1 日\n_x0041_" } }],
    };
    const xml = await part(await written(model), 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('sheetProtection');
    expect(xml).toContain(
      '<dataValidations count="1"><dataValidation type="date" operator="between" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="错误" error="仅限 3 月 1 日&#10;_x005F_x0041_" sqref="A2"><formula1>44256</formula1><formula2>44256</formula2></dataValidation></dataValidations>',
    );
  });

  it('refuses a span that ends before it starts and texts longer than Excel takes', async () => {
    const span = (from: string, to: string, title = '错误') => ({ range: { top: 1, left: 1, bottom: 1, right: 1 }, from: dateOnly(from), to: dateOnly(to), error: { title, message: '日期无效' } });
    await expect(written({ name: '表', rows: [], dateValidations: [span('2021-03-02', '2021-03-01')] })).rejects.toThrow('工作表「表」A1 的日期验证范围无效：2021-03-02 晚于 2021-03-01');
    await expect(written({ name: '表', rows: [], dateValidations: [span('2021-03-01', '2021-03-02', '题'.repeat(33))] })).rejects.toThrow('工作表「表」A1 的数据验证错误提示标题超过 Excel 的上限（32 个字符）');
  });

  // LibreOffice opens the package with the sheet protected, the open cells unprotected and the
  // validation in place: its flat ODF export says so (table:protected, style:cell-protect="none",
  // table:content-validation).
  const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
  (soffice ? it : it.skip)('keeps protection and validation through LibreOffice', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'protect-'));
    try {
      const file = path.join(dir, 'reply.xlsx');
      writeFileSync(file, xlsx);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'fods', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
      const fods = path.join(dir, 'reply.fods');
      expect(existsSync(fods)).toBe(true);
      const ods = readFileSync(fods, 'utf8');
      expect(ods).toMatch(/<table:table table:name="单位回复"[^>]* table:protected="true"/);
      expect(ods).toContain('table:condition="of:cell-content-is-date() and cell-content-is-between(43831,44196)" table:allow-empty-cell="true"');
      expect(ods).toMatch(/<table:error-message table:message-type="stop" table:title="日期无效" table:display="true">\s*<text:p>完成时间应为 2020-01-01 至 2020-12-31 之间的日期 &amp; 不能是文字<\/text:p>/);
      expect(ods).toMatch(/<table:help-message table:title="完成时间" table:display="true">\s*<text:p>请填写 2020 年内的日期，如 2020-06-01<\/text:p>/);
      // Both open styles are unprotected; the header and item cells keep the default (protected).
      expect(ods.match(/style:cell-protect="none"/g)).toHaveLength(2);
      expect(ods.match(/table:content-validation-name="val1"/g)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
