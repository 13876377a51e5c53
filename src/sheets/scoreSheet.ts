import type { DateOnly } from '../core/dates/dateOnly';
import { SHORTLIST_LENGTH, type UnitScore } from '../core/scoring/scoreUnits';
import { formatChineseDate } from '../core/notices/formatChineseDate';
import { UNIT_CATEGORIES } from '../core/register/parseUnitRegister';
import type { CellStyle, SheetModel } from './sheetModel';
import { toCellText } from './cellText';
import { SheetFlow, type ColumnSpec, type Span } from './sheetFlow';

/** Headings break only where a '\n' is written: at a word's end, never inside one. */
const COLUMNS: Array<[string, ColumnSpec]> = [
  ['类内\n排名', {}],
  ['全县\n排名', {}],
  ['单位', { min: 10 }],
  ['类别', {}],
  ['承办\n事项', {}],
  ['已办结', {}],
  ['按时\n办结', {}],
  ['按时\n办结率', {}],
  ['逾期\n未办结', {}],
  ['蓝色\n督办单', {}],
  ['黄色\n督办单', {}],
  ['红色\n督办单', {}],
  ['扣分', {}],
  ['加分', {}],
  ['总分', {}],
  // The bar beside the number, never over it.
  ['总分\n图示', { min: 12 }],
  ['优岗\n比例', {}],
  ['问责提示', { min: 16, max: 26 }],
  ['效能之星', { min: 11, max: 22 }],
];
const BAR_COL = 16;

const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
const cell: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const text: CellStyle = { ...cell, horizontal: 'left', wrap: true };
// Black on a light fill: the flag still reads when printed in black and white.
const flagged: CellStyle = { ...text, fill: 'FFC7CE', bold: true };

const categoryOrder = (c: string) => {
  const i = (UNIT_CATEGORIES as readonly string[]).indexOf(c);
  return i === -1 ? UNIT_CATEGORIES.length : i;
};

/** 效能之星: '类内前10、全县前10', either, or why the unit is not ranked for it. */
function shortlistText(s: UnitScore): string {
  if (!s.shortlist.eligible) return s.shortlist.reason;
  const { categoryRank, overallRank } = s.shortlist;
  return [categoryRank <= SHORTLIST_LENGTH ? `类内前${SHORTLIST_LENGTH}` : '', overallRank <= SHORTLIST_LENGTH ? `全县前${SHORTLIST_LENGTH}` : ''].filter(Boolean).join('、');
}

/**
 * 单位得分 <year>: one row per unit with its counts, each rule's points, the total with a bar
 * beside it, ranks, accountability flags (highlighted) and the 十大效能之星 shortlist; printable
 * on A4 landscape, headings on every page, signed at the foot.
 */
export function buildScoreSheet(scores: readonly UnitScore[], year: number, asOf: DateOnly, office: string): SheetModel {
  const ordered = [...scores].sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || a.category.localeCompare(b.category, 'zh-CN') || a.categoryRank - b.categoryRank || a.unit.localeCompare(b.unit, 'zh-CN'));
  const provisional = scores.some((s) => s.provisional);
  const flow = new SheetFlow(COLUMNS.map(([, spec]) => spec));
  flow.text(`${office} ${year}年度督办工作单位得分`, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle', wrap: true });
  flow.text(`截至${formatChineseDate(asOf)}${provisional ? '（年度未结束，“全年无黄/红色督办单”加分为暂计）' : '（年度最终得分）'}`, { horizontal: 'center', vertical: 'middle', italic: true, wrap: true });
  flow.startTable([COLUMNS.map(([h], i) => ({ value: h, style: header, from: i + 1 }))]);
  const unitRows = ordered.map((s) => {
    const deductions = s.deductions.blue + s.deductions.yellow + s.deductions.red;
    const bonus = s.bonuses.reduce((t, b) => t + b.points, 0);
    const flagText = [s.flags.admonition ? '诫勉谈话' : s.flags.criticism ? '通报批评、书面检讨' : '', ...s.flags.reasons].filter(Boolean).join('：');
    const values: Array<[string | number | null, CellStyle]> = [
      [s.categoryRank, cell],
      [s.overallRank, cell],
      [toCellText(s.unit), { ...text, wrap: false }],
      [toCellText(s.category), cell],
      [s.items, cell],
      [s.done, cell],
      [s.doneOnTime, cell],
      [s.onTimeRate, { ...cell, numberFormat: '0.0%' }],
      [s.openOverdue, cell],
      [s.notices.blue, cell],
      [s.notices.yellow, cell],
      [s.notices.red, cell],
      [deductions, cell],
      [bonus === 0 ? 0 : `${bonus}${s.provisional ? '（暂计）' : ''}`, cell],
      [s.total, { ...cell, bold: true }],
      [s.total, cell],
      [s.excellenceQuotaPercent === 0 ? '' : `+${s.excellenceQuotaPercent}%`, cell],
      [flagText, flagText ? flagged : text],
      [shortlistText(s), s.shortlist.eligible ? { ...cell, wrap: true } : text],
    ];
    return flow.line(values.map(([value, style], i): Span => ({ value, style, from: i + 1 })));
  });
  flow.endTable();
  if (ordered.length === 0) flow.text('本年度没有可计分的单位（台账中没有本年度交办的事项，督办单登记中也没有本年度的督办单）', { italic: true, wrap: true });
  flow.blank();
  flow.text(
    `计分规则：蓝/黄/红色督办单每次扣1/2/5分；承办5项及以上全年无黄色督办单加10分、无红色加5分；承办20项及以上另加20分（优岗比例+3%）、10分（+2%）（附件第九条）。`,
    { wrap: true, vertical: 'top', fontSize: 9 },
  );
  flow.signature();
  const sheet = flow.build(`单位得分 ${year}`, { orientation: 'landscape', margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 }, titleLines: 3 });
  const first = unitRows[0]?.row;
  const last = unitRows[unitRows.length - 1]?.row;
  return {
    ...sheet,
    dataBars: first !== undefined && last !== undefined ? [{ range: { top: first, left: BAR_COL, bottom: last, right: BAR_COL }, color: '5B9BD5', showValue: false }] : [],
    freezeRowsAbove: 4,
  };
}
