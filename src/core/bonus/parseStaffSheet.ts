import type { CellValue } from '../cells';
import { toHalfWidth } from '../dates/toHalfWidth';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import { normalizeUnitName, type UnitDirectory } from '../ledger/unitDirectory';
import type { Problem } from '../problems';
import { cellText, readTable } from '../tables/readTable';
import { STAFF_GRADES } from './staffGrades';

/** The staff sheet's default name. */
export const STAFF_SHEET = '人员考核';

/** One assessed person (one row of the staff sheet). */
export interface StaffMember {
  /** 1-based sheet row. */
  row: number;
  name: string;
  /** The register's canonical name when a directory resolved it, else the normalised text. */
  unit: string;
  /** 考核得分: higher is better. */
  score: number | null;
  /** 排名/名次 within the unit: 1 is best. */
  rank: number | null;
  /** 年度考核等次 as written (优秀/称职/基本称职/不称职 …); null when blank. */
  grade: string | null;
}

const COLUMNS = {
  name: ['姓名', '人员姓名', '干部姓名', '职工姓名'],
  unit: ['单位', '所在单位', '单位名称', '工作单位', '所属单位'],
  score: ['考核得分', '得分', '绩效考核得分', '考核分数', '综合得分', '分数', '考核成绩'],
  rank: ['排名', '名次', '考核排名', '单位内排名'],
  grade: ['年度考核等次', '考核等次', '年度考核结果', '考核结果', '等次'],
} as const;

const SCORE_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))分?$/;
const RANK_TEXT = /^第?(\d+)名?$/;
const KNOWN_GRADES = new Set(STAFF_GRADES);

/**
 * Reads the staff sheet: 姓名 | 单位 | 考核得分 (or 排名/名次) | 年度考核等次. A row without a name
 * or unit is reported and skipped; an unreadable score or rank is reported and read as blank
 * (the distribution then says which people it cannot rank).
 *
 * @example
 * const sheet = { name: '人员考核', origin: { row: 1, col: 1 }, values: [['姓名', '单位', '考核得分', '年度考核等次'], ['张三', '县 住建局', '95.5分', '优秀']] };
 * parseStaffSheet(sheet).staff // → [{ row: 2, name: '张三', unit: '县住建局', score: 95.5, rank: null, grade: '优秀' }]
 */
export function parseStaffSheet(sheet: SheetSnapshot, units?: UnitDirectory): { staff: StaffMember[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const table = readTable(sheet, COLUMNS, 2);
  const missing = !table ? ['姓名', '单位'] : [table.columns.name === undefined ? '姓名' : '', table.columns.unit === undefined ? '单位' : ''].filter((m) => m !== '');
  if (!table || missing.length > 0) {
    return { staff: [], problems: [{ severity: 'error', code: 'staff.no-header', sheet: sheet.name, message: `「${sheet.name}」表中找不到「${missing.join('」「')}」列` }] };
  }
  if (table.columns.score === undefined && table.columns.rank === undefined) {
    problems.push({ severity: 'error', code: 'staff.no-ranking', sheet: sheet.name, message: `「${sheet.name}」表中既没有「考核得分」列，也没有「排名」列，无法划分等次` });
  }
  const hidden = new Set(sheet.hiddenRows ?? []);
  const report = (cell: string, row: number, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, code: 'staff.invalid', sheet: sheet.name, cell, row, message });
  const staff: StaffMember[] = [];
  for (const r of table.rows) {
    if (hidden.has(r.row)) continue;
    const name = cellText(r.get('name')).replace(/\s/g, '');
    const unitText = normalizeUnitName(cellText(r.get('unit')));
    if (name === '') {
      report(r.cell('name'), r.row, '姓名为空，此行未读取');
      continue;
    }
    if (unitText === '') {
      report(r.cell('unit'), r.row, `「${name}」的单位为空，此行未读取`);
      continue;
    }
    const score = readNumber(r.get('score'), SCORE_TEXT);
    if (Number.isNaN(score)) report(r.cell('score'), r.row, `考核得分不是有效数字：${cellText(r.get('score'))}`);
    const rank = readNumber(r.get('rank'), RANK_TEXT);
    const badRank = rank !== null && (Number.isNaN(rank) || !Number.isInteger(rank) || rank < 1);
    if (badRank) report(r.cell('rank'), r.row, `排名必须是正整数：${cellText(r.get('rank'))}`);
    const grade = toHalfWidth(cellText(r.get('grade'))).replace(/\s/g, '') || null;
    if (grade !== null && !KNOWN_GRADES.has(grade)) {
      report(r.cell('grade'), r.row, `年度考核等次「${grade}」不是 ${STAFF_GRADES.join('、')} 之一`, 'warning');
    }
    staff.push({
      row: r.row,
      name,
      unit: units?.resolve(unitText) ?? unitText,
      score: Number.isNaN(score) ? null : score,
      rank: badRank ? null : rank,
      grade,
    });
  }
  return { staff, problems };
}

/** A number cell, or text holding one (full-width digits, '95.5分', '第3名'); NaN when unreadable. */
function readNumber(value: CellValue, pattern: RegExp): number | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const text = toHalfWidth(value).replace(/\s/g, '');
  if (text === '') return null;
  const m = pattern.exec(text);
  return m ? Number(m[1]) : NaN;
}
