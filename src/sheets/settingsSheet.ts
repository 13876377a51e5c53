import { defaultSettingValue, SETTING_GROUPS, SETTINGS_HEADER, SETTINGS_SHEET, settingRowsFor, settingValue, type SettingRow, type SheetSettings } from '../core/rules/ruleSettings';
import { toCellText } from './cellText';
import { rowHeightFor, wrappedLines } from './measureText';
import { PAGE_NUMBER_FOOTER, pageMargins } from './sheetFlow';
import { SHEET_TYPEFACE, type CellModel, type CellStyle, type ModelValue, type SheetModel } from './sheetModel';

/** What the sheet holds: the rules in force, and the ledger sheet and columns as the user wrote them. */
export type SettingsInForce = SheetSettings;

const HINT =
  '本表是本工作簿的规则与列映射：任务窗格、功能区按钮、DUBAN 函数和命令行都按本表办理。只改“值”一列；留空即用“默认值”。' +
  '可以整张复制到其他工作簿使用。默认办理时限可按“默认办理时限·来源”增加行，加分档可按“加分档N·…”增加四行。';
const hint: CellStyle = { italic: true, wrap: true, vertical: 'top' };
const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', border: true };
const groupStyle: CellStyle = { bold: true, fill: 'EDEDED', vertical: 'middle', border: true };
const labelStyle: CellStyle = { border: true, vertical: 'middle', wrap: true, horizontal: 'left' };
/** The one column to type in stands out. */
const valueStyle: CellStyle = { border: true, vertical: 'middle', fill: 'FFF2CC', wrap: true, horizontal: 'left' };
const noteStyle: CellStyle = { border: true, vertical: 'middle', wrap: true };
const WIDTHS = [30, 22, 60, 16];
const WIDTH_ALL = WIDTHS.reduce((s, w) => s + w, 0);
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Text goes in as text: a value a user could type as `=…` stays a value (toCellText). */
const text = (value: ModelValue): ModelValue => (typeof value === 'string' ? toCellText(value) : value);

/** One setting's row: 设置项 | 值 | 说明 (with the SPEC clause) | 默认值. */
export function settingRowCells(row: SettingRow, value: ModelValue): CellModel[] {
  return [
    { value: row.label, style: labelStyle },
    { value: text(value), style: valueStyle },
    { value: `${row.note}（${SETTING_GROUPS[row.group].clause}）`, style: noteStyle },
    { value: text(defaultSettingValue(row) ?? '（空白）'), style: labelStyle },
  ];
}

/**
 * A 规则设置 sheet holding `settings`: a hint, the header 设置项 | 值 | 说明 | 默认值, then each SPEC
 * group's heading and its rows, every rule of the rule set, a row per source and four per bonus
 * tier. readRuleSettings reads it back to the same settings.
 *
 * @example
 * const model = buildSettingsSheet({ rules: XIANGYIN_2020, ledgerSheet: null, columns: {} });
 * model.rows[1].map((c) => c.value) // → ['设置项', '值', '说明', '默认值']
 */
export function buildSettingsSheet(settings: SettingsInForce): SheetModel {
  const rows: CellModel[][] = [[{ value: HINT, style: hint }], SETTINGS_HEADER.map((h) => ({ value: h, style: header }))];
  const merges = [{ top: 1, left: 1, bottom: 1, right: 4 }];
  const heights: Record<number, number> = { 1: rowHeightFor(wrappedLines(HINT, WIDTH_ALL, hint), hint) };
  let group: string | null = null;
  for (const row of settingRowsFor(settings.rules)) {
    if (row.group !== group) {
      group = row.group;
      const { title, clause } = SETTING_GROUPS[row.group];
      const index = Object.keys(SETTING_GROUPS).indexOf(row.group);
      rows.push([{ value: `${CHINESE_NUMBERS[index]}、${title}（${clause}）`, style: groupStyle }, ...[2, 3, 4].map(() => ({ value: null, style: groupStyle }))]);
      merges.push({ top: rows.length, left: 1, bottom: rows.length, right: 4 });
    }
    const cells = settingRowCells(row, settingValue(row, settings));
    rows.push(cells);
    // As tall as its tallest cell: a note, or a list of words in the value or default column.
    const lines = Math.max(...cells.map((c, i) => (c.value === null ? 1 : wrappedLines(String(c.value), WIDTHS[i], c.style ?? labelStyle))));
    if (lines > 1) heights[rows.length] = rowHeightFor(lines, noteStyle);
  }
  return {
    name: SETTINGS_SHEET,
    font: SHEET_TYPEFACE,
    rows,
    merges,
    columnWidths: WIDTHS,
    rowHeights: heights,
    freezeRowsAbove: 3,
    page: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: pageMargins({ top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 }),
      printTitleRows: { first: 2, last: 2 },
      footer: { center: PAGE_NUMBER_FOOTER },
    },
  };
}
