import { REGISTER_SHEET, UNIT_CATEGORIES } from '../core/register/parseUnitRegister';
import type { CellStyle, SheetModel } from './sheetModel';
import { toCellText } from './cellText';

export const REGISTER_HEADERS = ['单位名称', '别名', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备', '奖金等次数'];

const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', border: true };
const cell: CellStyle = { border: true };

/**
 * A new 单位名册 pre-filled with the units found on the ledger, one per row, for the user to
 * complete (category, 主要负责人, phone, headcount, bonus standard).
 */
export function buildRegisterSheet(units: readonly string[]): SheetModel {
  const names = [...new Set(units)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    name: REGISTER_SHEET,
    rows: [
      // The hint sits above the header: a row below it would be read as a unit.
      [{ value: `请补全各单位信息。类别填写：${UNIT_CATEGORIES.join('、')}；别名用顿号分隔；考核方案报备填“是”或“未报备”；30人以下单位奖金分两个等次的，奖金等次数填 2。`, style: { italic: true } }],
      REGISTER_HEADERS.map((h) => ({ value: h, style: header })),
      ...names.map((name) => REGISTER_HEADERS.map((_, i) => ({ value: i === 0 ? toCellText(name) : null, style: cell }))),
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: REGISTER_HEADERS.length }],
    columnWidths: [22, 22, 12, 12, 16, 8, 10, 12, 10],
    freezeRowsAbove: 3,
  };
}
