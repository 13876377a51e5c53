import type { DateOnly } from '../core/dates/dateOnly';
import type { UnitScore } from '../core/scoring/scoreUnits';
import { formatChineseDate } from '../core/notices/formatChineseDate';
import { UNIT_CATEGORIES } from '../core/register/parseUnitRegister';
import type { CellModel, CellStyle, SheetModel } from './sheetModel';
import { toCellText } from './cellText';

const HEADERS = ['类内排名', '全县排名', '单位', '类别', '承办事项', '已办结', '按时办结', '按时办结率', '逾期未办结', '蓝色督办单', '黄色督办单', '红色督办单', '扣分', '加分', '总分', '优岗比例', '问责提示', '效能之星'];
const WIDTHS = [6, 6, 18, 10, 6, 6, 6, 8, 7, 6, 6, 6, 6, 6, 7, 7, 24, 10];
const TOTAL_COL = 15;
const SHORTLIST = 10;

const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
const cell: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const flagged: CellStyle = { ...cell, fill: 'FFC7CE', fontColor: '9C0006', bold: true, horizontal: 'left', wrap: true };

const categoryOrder = (c: string) => {
  const i = (UNIT_CATEGORIES as readonly string[]).indexOf(c);
  return i === -1 ? UNIT_CATEGORIES.length : i;
};

/**
 * 单位得分 <year>: one row per unit with its counts, each rule's points, the total, ranks and
 * accountability flags (highlighted), a data bar on the total, printable on A4 landscape.
 */
export function buildScoreSheet(scores: readonly UnitScore[], year: number, asOf: DateOnly, office: string): SheetModel {
  const ordered = [...scores].sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.category.localeCompare(b.category, 'zh-CN') || a.categoryRank - b.categoryRank || a.unit.localeCompare(b.unit, 'zh-CN'));
  const provisional = scores.some((s) => s.provisional);
  const rows: CellModel[][] = [
    [{ value: `${office} ${year}年度督办工作单位得分`, style: { bold: true, fontSize: 16, horizontal: 'center' } }],
    [{ value: `截至${formatChineseDate(asOf)}${provisional ? '（年度未结束，“全年无黄/红色督办单”加分为暂计）' : '（年度最终得分）'}`, style: { horizontal: 'center', italic: true } }],
    HEADERS.map((h) => ({ value: h, style: header })),
  ];
  for (const s of ordered) {
    const deductions = s.deductions.blue + s.deductions.yellow + s.deductions.red;
    const bonus = s.bonuses.reduce((t, b) => t + b.points, 0);
    const star = [s.categoryRank <= SHORTLIST ? '类内前10' : '', s.overallRank <= SHORTLIST ? '全县前10' : ''].filter(Boolean).join('、');
    const flagText = [s.flags.admonition ? '诫勉谈话' : s.flags.criticism ? '通报批评、书面检讨' : '', ...s.flags.reasons].filter(Boolean).join('：');
    rows.push([
      { value: s.categoryRank, style: cell },
      { value: s.overallRank, style: cell },
      { value: toCellText(s.unit), style: { ...cell, horizontal: 'left' } },
      { value: toCellText(s.category), style: cell },
      { value: s.items, style: cell },
      { value: s.done, style: cell },
      { value: s.doneOnTime, style: cell },
      { value: s.onTimeRate, style: { ...cell, numberFormat: '0.0%' } },
      { value: s.openOverdue, style: cell },
      { value: s.notices.blue, style: cell },
      { value: s.notices.yellow, style: cell },
      { value: s.notices.red, style: cell },
      { value: deductions, style: cell },
      { value: bonus === 0 ? 0 : `${bonus}${s.provisional ? '（暂计）' : ''}`, style: cell },
      { value: s.total, style: { ...cell, bold: true } },
      { value: s.excellenceQuotaPercent === 0 ? '' : `+${s.excellenceQuotaPercent}%`, style: cell },
      { value: flagText, style: flagText ? flagged : cell },
      { value: star, style: cell },
    ]);
  }
  if (ordered.length === 0) rows.push([{ value: '本年度没有可计分的单位（台账中没有本年度交办的事项，督办单登记中也没有本年度的督办单）', style: { italic: true } }]);
  const last = rows.length;
  rows.push([], [{ value: '计分规则：蓝/黄/红色督办单每次扣1/2/5分；承办5项及以上全年无黄色督办单加10分、无红色加5分；承办20项及以上另加20分（优岗比例+3%）、10分（+2%）。（附件第九条）', style: { wrap: true } }]);
  const width = HEADERS.length;
  return {
    name: `单位得分 ${year}`,
    rows,
    merges: [
      { top: 1, left: 1, bottom: 1, right: width },
      { top: 2, left: 1, bottom: 2, right: width },
      { top: last + 2, left: 1, bottom: last + 2, right: width },
    ],
    columnWidths: WIDTHS,
    rowHeights: { 1: 28, 3: 32, [last + 2]: 30 },
    dataBars: ordered.length > 0 ? [{ range: { top: 4, left: TOTAL_COL, bottom: last, right: TOTAL_COL }, color: '5B9BD5' }] : [],
    freezeRowsAbove: 4,
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 }, printTitleRows: { first: 3, last: 3 }, printArea: { top: 1, left: 1, bottom: last + 2, right: width } },
  };
}
