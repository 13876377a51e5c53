import type { BonusResult } from '../core/bonus/computeBonuses';
import type { PersonBonus, UnitBonus } from '../core/bonus/distributeBonus';
import type { TierReason } from '../core/bonus/assignTiers';
import type { CellModel, CellStyle, ModelValue, SheetModel } from './sheetModel';
import { toCellText } from './cellText';
import { SheetFlow, type ColumnSpec, type Span } from './sheetFlow';

/**
 * The 绩效奖金 <year> sheet (SPEC §7): one row per person (单位, 姓名, 排名, 等次, 基础奖, 阶梯奖,
 * 合计, 备注), then per unit a summary with its checks in plain sight — people and share per tier
 * against the 20 % / 10 % lines, and the sum of what is paid against the pool. Values only: the
 * sums are written as numbers computed here, never as formulas, and names are copied as text.
 */
export function buildBonusSheet(result: BonusResult, year: number): SheetModel {
  const flow = new SheetFlow(COLUMNS);
  flow.text(`${year}年度绩效奖金阶梯分配表`, TITLE);
  flow.text(describeSettings(result.settings), LEGEND);
  flow.blank();

  flow.startTable([headings(['单位', '姓名', '排名', '等次', '基础奖', '阶梯奖', '合计', '备注'])]);
  for (const unit of result.units) {
    if (!unit.ok) flow.line(errorRow(unit));
    else for (const p of unit.people) flow.line(spans(personRow(unit.unit, p, unit.balancingTier)));
  }
  flow.endTable();

  flow.blank();
  flow.text('各单位汇总与核对', SECTION, { keepWithNext: true });
  flow.startTable([headings(['单位', '等次', '人数', '占比', '每人阶梯奖', '小计', '核对', '说明'])]);
  for (const unit of result.units) {
    if (!unit.ok) {
      flow.line(errorRow(unit));
      continue;
    }
    // A unit's four lines stay on one page, its name merged down their first column.
    flow.together(() => summaryRows(unit, result.settings).forEach((line, i, all) => flow.line(spans(line, i === 0 ? all.length - 1 : 0))));
  }
  flow.endTable();
  flow.signature();
  // Title, legend, a blank line and the people's headings stay in view on screen.
  return { ...flow.build(`绩效奖金 ${year}`, { orientation: 'portrait', margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 }, titleLines: 1 }), freezeRowsAbove: 5 };
}

/** 单位, 姓名, 排名, 等次, 基础奖, 阶梯奖, 合计, 备注 — and the summary's columns under them. */
const COLUMNS: ColumnSpec[] = [{ min: 10, max: 18 }, { min: 8 }, { min: 5 }, { min: 8 }, { min: 8 }, { min: 8 }, { min: 8 }, { min: 16, max: 30 }];
const WIDTH = COLUMNS.length;
/** The tiers' names, first tier first (the pane's summary names them the same). */
export const TIER_NAMES = ['第一等次', '第二等次', '第三等次'];
const YUAN = '#,##0';

const TITLE: CellStyle = { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' };
const LEGEND: CellStyle = { fontSize: 9, wrap: true, vertical: 'top' };
const SECTION: CellStyle = { bold: true, fontSize: 12 };
const HEADER: CellStyle = { bold: true, horizontal: 'center', vertical: 'middle', fill: 'D9E1F2', border: true, wrap: true };
const TEXT: CellStyle = { border: true, vertical: 'middle' };
const CENTER: CellStyle = { ...TEXT, horizontal: 'center' };
const MONEY: CellStyle = { ...TEXT, numberFormat: YUAN };
const TOTAL_MONEY: CellStyle = { ...MONEY, bold: true };
const SHARE: CellStyle = { ...CENTER, numberFormat: '0.0%' };
const PASS: CellStyle = { ...CENTER, bold: true };
// Black on a light fill: a failed check still shows when printed in black and white.
const FAIL: CellStyle = { ...CENTER, bold: true, fill: 'FFC7CE' };
const ERROR: CellStyle = { ...TEXT, bold: true, wrap: true };

const cell = (value: ModelValue, style: CellStyle = TEXT): CellModel => ({ value, style });
const headings = (names: string[]): Span[] => names.map((value, i) => ({ value, style: HEADER, from: i + 1 }));
/** A row of cells as spans, the first merged `down` rows further. */
const spans = (cells: CellModel[], down = 0): Span[] => cells.map((c, i) => ({ ...c, from: i + 1, ...(i === 0 && down > 0 ? { down } : {}) }));
const check = (passed: boolean): CellModel => cell(passed ? '✓' : '✗', passed ? PASS : FAIL);

const REASON_NOTES: Record<Exclude<TierReason, 'ranked' | 'unsatisfactory'>, string> = {
  tiedOutOfTier1: '并列超出第一等次名额，均未进第一等次',
  tiedIntoTier3: '并列于第三等次线，同入第三等次',
};

function personRow(unit: string, p: PersonBonus, balancingTier: number): CellModel[] {
  const notes: string[] = [];
  if (p.reason === 'unsatisfactory') notes.push(`年度考核${p.grade ?? ''}，列第三等次`);
  else if (p.reason !== 'ranked') notes.push(REASON_NOTES[p.reason]);
  if (p.tier === 3 && balancingTier === 3) notes.push('第二等次空缺，平衡奖金总额');
  return [
    cell(toCellText(unit)),
    cell(toCellText(p.name)),
    cell(p.rank, CENTER),
    cell(TIER_NAMES[p.tier - 1], CENTER),
    cell(p.base, MONEY),
    cell(p.tiered, MONEY),
    cell(p.total, TOTAL_MONEY),
    cell(notes.join('；'), { ...TEXT, wrap: true }),
  ];
}

function errorRow(unit: Extract<UnitBonus, { ok: false }>): Span[] {
  return [
    { value: toCellText(unit.unit), style: TEXT, from: 1 },
    { value: `未分配（${unit.headcount}人）：${unit.error}`, style: ERROR, from: 2, to: WIDTH },
  ];
}

function summaryRows(unit: Extract<UnitBonus, { ok: true }>, settings: BonusResult['settings']): CellModel[][] {
  const { checks, tiers, balancingTier, extraYuan } = unit;
  const notes = [
    `不超过 ${settings.tier1MaxSharePercent}%（至多 ${checks.tier1Cap} 人）`,
    '',
    unit.scheme === 3 ? `不低于 ${settings.tier3MinSharePercent}%（至少 ${checks.tier3Minimum} 人）` : '两等次方案：仅年度考核不称职人员',
  ];
  const balancingNote = [
    balancingTier === 2 ? '平衡奖金总额' : `第二等次空缺，由${TIER_NAMES[balancingTier - 1]}平衡奖金总额`,
    extraYuan > 0 ? `其中 ${extraYuan} 人各多 1 元（尾差）` : '',
    checks.tiersOrdered ? '' : '人均未按等次递减，请核对各等次人数',
  ].filter((s) => s !== '');
  notes[balancingTier - 1] = [notes[balancingTier - 1], ...balancingNote].filter((s) => s !== '').join('；');
  const checked = [checks.tier1WithinCap, null, checks.tier3AtLeastMinimum];
  checked[balancingTier - 1] = (checked[balancingTier - 1] ?? true) && checks.tiersOrdered;

  // Column A is merged down the unit's four rows: only the top cell holds the name.
  const lines = tiers.map((t, i) => [
    cell(i === 0 ? toCellText(unit.unit) : null, { ...TEXT, wrap: true }),
    cell(TIER_NAMES[i], CENTER),
    cell(t.count, CENTER),
    cell(t.share, SHARE),
    t.count > 0 ? cell(t.tiered, MONEY) : cell('—', CENTER),
    cell(t.total, MONEY),
    checked[i] === null ? cell(null, CENTER) : check(checked[i] as boolean),
    cell(notes[i], { ...TEXT, wrap: true }),
  ]);
  // The sum is taken from the people rows above, not from the core's own check.
  const paid = unit.people.reduce((sum, p) => sum + p.total, 0);
  const balanced = paid === unit.pool;
  lines.push([
    cell(null),
    cell('合计', { ...CENTER, bold: true }),
    cell(unit.headcount, CENTER),
    cell(1, SHARE),
    cell(null),
    cell(paid, TOTAL_MONEY),
    check(balanced),
    cell(`合计 ${balanced ? '=' : '≠'} 奖金总额 ${formatYuan(unit.pool)} 元`, { ...TEXT, bold: true, wrap: true }),
  ]);
  return lines;
}

function describeSettings(s: BonusResult['settings']): string {
  const of = s.adjustmentBase === 'tiered' ? '阶梯奖' : '全部奖金';
  return (
    `基础奖 ${s.basePercent}% 普发，阶梯奖 ${100 - s.basePercent}%；第一等次不超过总人数 ${s.tier1MaxSharePercent}%，${of}上浮 ${s.tier1UpliftPercent}%；` +
    `第三等次不低于 ${s.tier3MinSharePercent}%（年度考核不称职者列入），${of}下调 ${-s.tier3CutPercent}%；第二等次平衡奖金总额。` +
    `并列者同进同出；金额取整到元，尾差计入平衡等次（通常为第二等次）。单位：元`
  );
}

/** 200000 → '200,000' (no locale: the sheet, and the pane after it, read the same on every machine). */
export function formatYuan(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
