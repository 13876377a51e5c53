import { createUnitDirectory, normalizeUnitName } from '../ledger/unitDirectory';
import type { Problem } from '../problems';
import type { UnitRecord } from '../register/parseUnitRegister';
import type { RuleSet } from '../rules/ruleSet';
import type { TierScheme } from './computeTierQuotas';
import { distributeBonus, type UnitBonus } from './distributeBonus';
import type { StaffMember } from './parseStaffSheet';

export interface ComputeBonusesOptions {
  /** Unit name (or alias) → the unit's bonus total in yuan; overrides standard × headcount. */
  pools?: Readonly<Record<string, number>>;
  /**
   * Units (names or aliases) that chose the two-tier scheme, besides those whose register row says
   * 奖金等次数 2; only allowed under 30 people.
   */
  twoTierUnits?: readonly string[];
}

export interface BonusResult {
  /** Register order first, then units missing from the register in staff-sheet order. */
  units: UnitBonus[];
  problems: Problem[];
  /** The settings the amounts were computed with, for the sheet's legend. */
  settings: RuleSet['bonus'];
}

const MARGIN = 1e-6;

/**
 * The tiered bonus of every unit on the staff sheet (SPEC §7, plan §22).
 *
 * Pool: the explicit amount when `pools` names the unit, else the register's standard × the
 * register's headcount — the county's total for the unit, which the distribution must not exceed —
 * cut down to the yuan. The money is shared among the people on the staff sheet and the tier
 * shares are of them; when their number differs from the register's headcount, that is reported
 * (the pool stays the register's). With no headcount in the register the staff count stands in.
 *
 * @example
 * const staff = [95, 90, 85, 80, 75].map((score, i) => ({ row: i + 2, name: `干部${i + 1}`, unit: '县住建局', score, rank: null, grade: null }));
 * const register = [{ row: 2, name: '县住建局', aliases: [], category: null, head: null, phone: null, headcount: 5, bonusStandard: 10000, schemeFiled: true, bonusTiers: null }];
 * computeBonuses(staff, register, XIANGYIN_2020).units.map((u) => u.ok && u.pool) // → [50000]
 */
export function computeBonuses(
  staff: readonly StaffMember[],
  register: readonly UnitRecord[],
  rules: RuleSet,
  options: ComputeBonusesOptions = {},
): BonusResult {
  const problems: Problem[] = [];
  const directory = createUnitDirectory(register);
  const canonical = (name: string) => directory.resolve(name) ?? normalizeUnitName(name);
  const records = new Map(register.map((r) => [r.name, r]));

  const byUnit = new Map<string, StaffMember[]>();
  for (const person of staff) {
    const unit = canonical(person.unit);
    const list = byUnit.get(unit);
    if (list) list.push(person);
    else byUnit.set(unit, [person]);
  }
  const pools = new Map<string, number>();
  for (const [name, amount] of Object.entries(options.pools ?? {})) {
    const unit = canonical(name);
    pools.set(unit, amount);
    if (!byUnit.has(unit)) problems.push(warning('bonus.pool-without-staff', `给出了「${name}」的奖金总额，但人员考核表中没有该单位的人员`));
  }
  const twoTier = new Set<string>();
  for (const name of options.twoTierUnits ?? []) {
    const unit = canonical(name);
    twoTier.add(unit);
    if (!byUnit.has(unit)) problems.push(warning('bonus.two-tier-without-staff', `「${name}」选择分两个等次，但人员考核表中没有该单位的人员`));
  }
  for (const r of register) if (r.bonusTiers === 2 && byUnit.has(r.name)) twoTier.add(r.name);

  const order = [...register.map((r) => r.name).filter((name) => byUnit.has(name)), ...[...byUnit.keys()].filter((name) => !records.has(name))];
  const unstated: string[] = [];
  const units = order.map((unit): UnitBonus => {
    const people = byUnit.get(unit) as StaffMember[];
    const record = records.get(unit);
    const failure = (code: string, error: string): UnitBonus => ({ unit, ok: false, code, error, headcount: people.length });
    let pool = pools.get(unit);
    if (pool === undefined) {
      if (!record) return failure('bonus.unit-unknown', '单位名册中没有该单位，也未给出奖金总额');
      if (record.bonusStandard === null) return failure('bonus.no-standard', '单位名册未填该单位的奖金标准，也未给出奖金总额');
      const headcount = record.headcount ?? people.length;
      if (record.headcount === null) {
        problems.push(warning('bonus.headcount-missing', `单位名册未填「${unit}」的人数，奖金总额按人员考核表的 ${people.length} 人计算`));
      } else if (record.headcount !== people.length) {
        problems.push(
          warning('bonus.headcount-mismatch', `「${unit}」单位名册人数为 ${record.headcount} 人，人员考核表列出 ${people.length} 人：奖金总额按名册人数计算，由考核表所列人员分配`),
        );
      }
      const exact = record.bonusStandard * headcount;
      pool = Math.floor(exact + MARGIN);
      if (Math.abs(exact - pool) > MARGIN) {
        problems.push(warning('bonus.pool-fraction', `「${unit}」奖金总额 ${exact} 元不是整数元，按 ${pool} 元分配（不突破总额）`));
      }
    } else if (!Number.isInteger(pool) || pool < 0) {
      return failure('bonus.invalid-pool', `给出的奖金总额不是不小于 0 的整数元：${pool}`);
    }
    let scheme: TierScheme = 3;
    if (twoTier.has(unit)) {
      if (people.length < rules.bonus.twoTierBelowHeadcount) scheme = 2;
      else {
        problems.push(
          warning('bonus.two-tier-not-allowed', `「${unit}」有 ${people.length} 人，${rules.bonus.twoTierBelowHeadcount}人及以上的单位须分三个等次，已按三个等次计算`),
        );
      }
    }
    if (record?.schemeFiled == null) unstated.push(unit);
    return distributeBonus({ unit, staff: people, pool, scheme, schemeFiled: record?.schemeFiled !== false }, rules);
  });

  if (unstated.length > 0) {
    problems.push(warning('bonus.scheme-unstated', `以下单位未注明考核方案是否报备，按已报备计算：${unstated.join('、')}`));
  }
  for (const u of units) {
    if (!u.ok) problems.push({ severity: u.code === 'bonus.scheme-not-filed' ? 'warning' : 'error', code: u.code, message: `「${u.unit}」未分配绩效奖金：${u.error}` });
    else if (!u.checks.tiersOrdered) {
      problems.push(warning('bonus.tiers-out-of-order', `「${u.unit}」平衡奖金总额后，人均金额不再按第一、二、三等次递减，请核对各等次人数`));
    }
  }
  return { units, problems, settings: rules.bonus };
}

function warning(code: string, message: string): Problem {
  return { severity: 'warning', code, message };
}
