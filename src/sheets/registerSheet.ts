import { REGISTER_SHEET, UNIT_CATEGORIES } from '../core/register/parseUnitRegister';
import { SHEET_TYPEFACE, type CellStyle, type SheetModel } from './sheetModel';
import { toCellText } from './cellText';
import { rowHeightFor, widthToFit, wrappedLines } from './measureText';
import { PAGE_NUMBER_FOOTER, pageMargins } from './sheetFlow';

export const REGISTER_HEADERS = ['单位名称', '别名', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备', '奖金等次数'];

const HINT = `请补全各单位信息。类别填写：${UNIT_CATEGORIES.join('、')}；别名用顿号分隔；考核方案报备填“是”或“未报备”；30人以下单位奖金分两个等次的，奖金等次数填 2。`;
const hint: CellStyle = { italic: true, wrap: true, vertical: 'top' };
const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', border: true };
const cell: CellStyle = { border: true, vertical: 'middle' };
const nameCell: CellStyle = { ...cell, wrap: true };
/** Room to type in, and never narrower than the heading. */
const WIDTHS = [22, 22, 12, 12, 16, 8, 10, 12, 10].map((w, i) => Math.max(w, Math.ceil(widthToFit(REGISTER_HEADERS[i], header))));

/**
 * A new 单位名册 pre-filled with the units found on the ledger, one per row, for the user to
 * complete (category, 主要负责人, phone, headcount, bonus standard).
 */
export function buildRegisterSheet(units: readonly string[]): SheetModel {
  const names = [...new Set(units)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  // The name column takes the longest name up to 40 characters; longer ones wrap in a taller row.
  const widths = [Math.min(40, Math.max(WIDTHS[0], ...names.map((n) => Math.ceil(widthToFit(toCellText(n), cell))))), ...WIDTHS.slice(1)];
  const hintWidth = widths.reduce((s, w) => s + w, 0);
  const heights: Record<number, number> = { 1: rowHeightFor(wrappedLines(HINT, hintWidth, hint), hint), 2: rowHeightFor(1, header) };
  names.forEach((name, i) => {
    const lines = wrappedLines(toCellText(name), widths[0], nameCell);
    if (lines > 1) heights[i + 3] = rowHeightFor(lines, nameCell);
  });
  return {
    name: REGISTER_SHEET,
    font: SHEET_TYPEFACE,
    rows: [
      // The hint sits above the header: a row below it would be read as a unit.
      [{ value: HINT, style: hint }],
      REGISTER_HEADERS.map((h) => ({ value: h, style: header })),
      ...names.map((name) => REGISTER_HEADERS.map((_, i) => (i === 0 ? { value: toCellText(name), style: nameCell } : { value: null, style: cell }))),
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: REGISTER_HEADERS.length }],
    columnWidths: widths,
    rowHeights: heights,
    freezeRowsAbove: 3,
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: pageMargins({ top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 }),
      printTitleRows: { first: 2, last: 2 },
      footer: { center: PAGE_NUMBER_FOOTER },
    },
  };
}
