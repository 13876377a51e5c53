import type { UnitRecord } from '../register/parseUnitRegister';
import { XIANGYIN_2020 } from '../rules/ruleSet';
import { computeBonuses } from './computeBonuses';
import type { StaffMember } from './parseStaffSheet';

const record = (name: string, fields: Partial<UnitRecord> = {}): UnitRecord => ({
  row: 2,
  name,
  aliases: [],
  category: '县直部门',
  head: null,
  phone: null,
  headcount: null,
  bonusStandard: null,
  schemeFiled: true,
  bonusTiers: null,
  ...fields,
});

let nextRow = 2;
const staffOf = (unit: string, scores: number[]): StaffMember[] =>
  scores.map((score, i) => ({ row: nextRow++, name: `${unit}${i + 1}`, unit, score, rank: null, grade: '称职' }));

describe('computeBonuses', () => {
  it('takes the pool from the register (standard × headcount) and lists units in register order', () => {
    const staff = [...staffOf('县财政局', [99, 98, 97, 96, 95, 94, 93, 92, 91, 90]), ...staffOf('县政府办', [90, 80])];
    const register = [
      record('县政府办公室', { aliases: ['县政府办'], headcount: 2, bonusStandard: 20_000 }),
      record('县财政局', { headcount: 10, bonusStandard: 20_000 }),
    ];
    const { units, problems } = computeBonuses(staff, register, XIANGYIN_2020);
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.unit, u.ok && u.pool, u.ok && u.people.map((p) => p.total)])).toEqual([
      // 2 people: cap floor(0.4) = 0, minimum ceil(0.2) = 1: base 12,000, tier 3 6,400 (18,400),
      // tier 2 = 40,000 − 24,000 − 6,400 = 9,600 (21,600).
      ['县政府办公室', 40_000, [21_600, 18_400]],
      // The 10-person example: 21,600 ×2, 19,772 ×3, 19,771 ×4, 18,400.
      ['县财政局', 200_000, [21_600, 21_600, 19_772, 19_772, 19_772, 19_771, 19_771, 19_771, 19_771, 18_400]],
    ]);
  });

  it('uses an explicit pool, the two-tier choice, and reports an unfiled scheme as an error row', () => {
    const staff = [...staffOf('县住建局', [90, 89, 88, 87, 86]), ...staffOf('县水利局', [90, 80])];
    const register = [record('县住建局', { headcount: 5, bonusStandard: 10_000 }), record('县水利局', { headcount: 2, bonusStandard: 10_000, schemeFiled: false })];
    const { units, problems } = computeBonuses(staff, register, XIANGYIN_2020, { pools: { 县住建局: 60_000 }, twoTierUnits: ['县住建局'] });
    const housing = units[0];
    if (!housing.ok) throw new Error(housing.error);
    // 60,000 / 5 = 12,000: base 7,200, tiered 4,800; two tiers: tier 1 (cap 1) 5,760 → 12,960;
    // tier 2 (4) = (60,000 − 36,000 − 5,760) / 4 = 4,560 → 11,760.
    expect([housing.scheme, housing.pool, housing.people.map((p) => p.total)]).toEqual([2, 60_000, [12_960, 11_760, 11_760, 11_760, 11_760]]);
    expect(units[1]).toEqual({ unit: '县水利局', ok: false, code: 'bonus.scheme-not-filed', error: '考核方案未报备县考核委员会，按规定不得发放年终绩效奖金', headcount: 2 });
    expect(problems).toEqual([
      { severity: 'warning', code: 'bonus.scheme-not-filed', message: '「县水利局」未分配绩效奖金：考核方案未报备县考核委员会，按规定不得发放年终绩效奖金' },
    ]);
  });

  it('takes the two-tier choice from the register’s 奖金等次数', () => {
    const staff = staffOf('县住建局', [90, 89, 88, 87, 86]);
    const register = [record('县住建局', { headcount: 5, bonusStandard: 12_000, bonusTiers: 2 })];
    const { units, problems } = computeBonuses(staff, register, XIANGYIN_2020);
    const housing = units[0];
    if (!housing.ok) throw new Error(housing.error);
    // The same unit as above, its choice read from the register: 12,960 once, 11,760 four times.
    expect([housing.scheme, housing.pool, housing.people.map((p) => p.total)]).toEqual([2, 60_000, [12_960, 11_760, 11_760, 11_760, 11_760]]);
    expect(problems).toEqual([]);
  });

  it('keeps the register pool when the staff count differs, and says so', () => {
    // Register: 10 × 20,000 = 200,000, shared by the 8 people listed: s = 25,000, base 15,000,
    // tiered 10,000; cap floor(1.6) = 1 at 12,000; minimum ceil(0.8) = 1 at 8,000;
    // tier 2 (6) = (200,000 − 120,000 − 12,000 − 8,000) / 6 = 10,000.
    const staff = staffOf('县财政局', [99, 98, 97, 96, 95, 94, 93, 92]);
    const { units, problems } = computeBonuses(staff, [record('县财政局', { headcount: 10, bonusStandard: 20_000 })], XIANGYIN_2020);
    expect(units[0].ok && units[0].people.map((p) => p.total)).toEqual([27_000, 25_000, 25_000, 25_000, 25_000, 25_000, 25_000, 23_000]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'bonus.headcount-mismatch',
        message: '「县财政局」单位名册人数为 10 人，人员考核表列出 8 人：奖金总额按名册人数计算，由考核表所列人员分配',
      },
    ]);
  });

  it('reports what it cannot distribute, and a two-tier choice a unit of 30 may not make', () => {
    const staff = [...staffOf('县教育局', Array.from({ length: 30 }, (_, i) => 100 - i)), ...staffOf('某某中心', [80]), ...staffOf('县民政局', [80])];
    const register = [record('县教育局', { headcount: 30, bonusStandard: 1_000.5 }), record('县民政局', { headcount: 1, schemeFiled: null })];
    const { units, problems } = computeBonuses(staff, register, XIANGYIN_2020, { twoTierUnits: ['县教育局', '县农业局'], pools: { 县公安局: 1 } });
    expect(units.map((u) => [u.unit, u.ok ? u.scheme : u.error])).toEqual([
      ['县教育局', 3],
      ['县民政局', '单位名册未填该单位的奖金标准，也未给出奖金总额'],
      ['某某中心', '单位名册中没有该单位，也未给出奖金总额'],
    ]);
    // 1,000.5 × 30 = 30,015 exactly: whole yuan, so no fraction warning.
    expect(units[0].ok && units[0].pool).toBe(30_015);
    expect(problems.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'bonus.pool-without-staff'],
      ['warning', 'bonus.two-tier-without-staff'],
      ['warning', 'bonus.two-tier-not-allowed'],
      ['error', 'bonus.no-standard'],
      ['error', 'bonus.unit-unknown'],
    ]);
    expect(problems[2].message).toBe('「县教育局」有 30 人，30人及以上的单位须分三个等次，已按三个等次计算');
  });

  it('cuts a fractional register pool down to the yuan and warns', () => {
    const staff = staffOf('县财政局', [90, 80, 70]);
    const { units, problems } = computeBonuses(staff, [record('县财政局', { headcount: 3, bonusStandard: 10_000.25, schemeFiled: null })], XIANGYIN_2020);
    // 10,000.25 × 3 = 30,000.75 → 30,000.
    expect(units[0].ok && units[0].checks.allocated).toBe(30_000);
    expect(problems.map((p) => p.message)).toEqual([
      '「县财政局」奖金总额 30000.75 元不是整数元，按 30000 元分配（不突破总额）',
      '以下单位未注明考核方案是否报备，按已报备计算：县财政局',
    ]);
  });
});
