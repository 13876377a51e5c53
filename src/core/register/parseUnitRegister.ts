import type { Problem } from '../problems';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import { readTable, cellText } from '../tables/readTable';

/** Unit categories for 分类考核 (§20). */
export const UNIT_CATEGORIES = ['乡镇/街道', '县直部门', '驻县单位'] as const;

/** One row of the unit register (单位名册, SPEC §6). */
export interface UnitRecord {
  row: number;
  name: string;
  aliases: string[];
  category: string | null;
  head: string | null;
  phone: string | null;
  headcount: number | null;
  /** Annual bonus standard per person, in yuan. */
  bonusStandard: number | null;
  /** 考核方案已报备 (§22 ƒ): false means no bonus distribution; null = not stated. */
  schemeFiled: boolean | null;
  /** 奖金等次数 (§22 ‚): 2 = the unit chose two tiers (allowed under 30 people); null = not stated, three tiers. */
  bonusTiers: 2 | 3 | null;
}

export const REGISTER_SHEET = '单位名册';

const SPEC = {
  name: ['单位名称', '单位', '单位全称'],
  aliases: ['别名', '简称', '别称'],
  category: ['类别', '单位类别', '分类'],
  head: ['主要负责人', '负责人'],
  phone: ['联系电话', '电话', '手机'],
  headcount: ['人数', '编制人数', '在编人数', '干部职工人数'],
  bonusStandard: ['奖金标准', '人均奖金标准', '年度绩效奖金标准', '绩效奖金标准'],
  schemeFiled: ['考核方案报备', '是否报备', '报备情况'],
  bonusTiers: ['奖金等次数', '等次数', '奖金等次', '分档'],
} as const;

const NO = new Set(['否', '未报备', '无', '未', 'N', 'n', 'no', 'NO', 'No', 'FALSE', 'false']);
const TIER_WORDS: Record<string, 2 | 3> = { '2': 2, 二: 2, 两: 2, 两个等次: 2, 两档: 2, 二档: 2, '3': 3, 三: 3, 三个等次: 3, 三档: 3 };
const ALIAS_SEPARATORS = /[、，,；;/\s]+/;

/**
 * Reads the 单位名册 (SPEC §6), the one list of unit names, aliases, heads and headcounts that
 * scores, notices and bonuses join on. A row without a name is reported and skipped; a doubtful
 * category or tier count is a warning, the row still read.
 *
 * @example
 * const sheet = { name: '单位名册', origin: { row: 1, col: 1 }, values: [['单位名称', '简称', '人数'], ['县住房和城乡建设局', '县住建局、住建局', 56]] };
 * parseUnitRegister(sheet).units[0].aliases // → ['县住建局', '住建局']
 */
export function parseUnitRegister(sheet: SheetSnapshot): { units: UnitRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const table = readTable(sheet, SPEC, 1);
  if (!table || table.columns.name === undefined) {
    return { units: [], problems: [{ severity: 'error', code: 'register.no-header', sheet: sheet.name, message: `「${sheet.name}」表中找不到「单位名称」列` }] };
  }
  const units: UnitRecord[] = [];
  const seen = new Map<string, number>();
  const report = (cell: string, row: number, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, code: 'register.invalid', sheet: sheet.name, cell, row, message });
  const number = (r: (typeof table.rows)[number], key: 'headcount' | 'bonusStandard', label: string): number | null => {
    const v = r.get(key);
    if (v === null || v === '') return null;
    const n = typeof v === 'number' ? v : Number(cellText(v).replace(/[,，元人]/g, ''));
    if (!Number.isFinite(n) || n < 0) {
      report(r.cell(key), r.row, `${label}不是有效数字：${cellText(v)}`);
      return null;
    }
    return n;
  };
  for (const r of table.rows) {
    const name = cellText(r.get('name')).replace(/\s/g, '');
    if (name === '') {
      report(r.cell('name'), r.row, '单位名称为空，此行未读取');
      continue;
    }
    const aliases = cellText(r.get('aliases')).split(ALIAS_SEPARATORS).filter((a) => a !== '' && a !== name);
    for (const n of [name, ...aliases]) {
      const other = seen.get(n);
      if (other !== undefined) report(r.cell('name'), r.row, `单位名称或别名「${n}」与第${other}行重复`);
      else seen.set(n, r.row);
    }
    const category = cellText(r.get('category')) || null;
    if (category !== null && !(UNIT_CATEGORIES as readonly string[]).includes(category)) {
      report(r.cell('category'), r.row, `单位类别「${category}」不在 ${UNIT_CATEGORIES.join('、')} 之中`, 'warning');
    }
    const headcount = number(r, 'headcount', '人数');
    if (headcount !== null && !Number.isInteger(headcount)) report(r.cell('headcount'), r.row, `人数必须是整数：${headcount}`);
    const filed = cellText(r.get('schemeFiled'));
    const tiersText = cellText(r.get('bonusTiers')).replace(/\s/g, '');
    const bonusTiers = tiersText === '' ? null : (TIER_WORDS[tiersText] ?? null);
    if (tiersText !== '' && bonusTiers === null) report(r.cell('bonusTiers'), r.row, `奖金等次数应为 2 或 3：${tiersText}，已按三个等次计算`, 'warning');
    units.push({
      row: r.row,
      name,
      aliases,
      category,
      head: cellText(r.get('head')) || null,
      phone: cellText(r.get('phone')) || null,
      headcount: headcount !== null && Number.isInteger(headcount) ? headcount : null,
      bonusStandard: number(r, 'bonusStandard', '奖金标准'),
      schemeFiled: filed === '' ? null : !NO.has(filed),
      bonusTiers,
    });
  }
  return { units, problems };
}
