import fc from 'fast-check';
import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { distributeBonus, type UnitBonus } from './distributeBonus';
import type { StaffMember } from './parseStaffSheet';

const UNIT = '县财政局';
const person = (name: string, score: number | null, grade: string | null = '称职', row = 0): StaffMember => ({ row, name, unit: UNIT, score, rank: null, grade });
const tenNames = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

function ok(result: UnitBonus) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('distributeBonus — worked examples', () => {
  it('10 people, standard 20,000: tier 2 shares the balance, its first 3 get one yuan more', () => {
    // P = 200,000, s = 20,000: base 12,000, tiered 8,000. Tier 1 (floor 2.0 = 2 people):
    // 8,000 × 1.2 = 9,600 → 21,600. Tier 3 (ceil 1.0 = 1 person): 8,000 × 0.8 = 6,400 → 18,400.
    // Tier 2 (7 people): (200,000 − 10 × 12,000 − 2 × 9,600 − 6,400) / 7 = 54,400 / 7 = 7,771 r 3:
    // ranks 3–5 get 7,772 (19,772), ranks 6–9 get 7,771 (19,771).
    // Sum: 2 × 21,600 + 3 × 19,772 + 4 × 19,771 + 18,400 = 43,200 + 59,316 + 79,084 + 18,400 = 200,000.
    const staff = tenNames.map((name, i) => person(name, 100 - i, '称职', i + 2));
    const result = ok(distributeBonus({ unit: UNIT, staff: [...staff].reverse(), pool: 200_000, scheme: 3, schemeFiled: true }, XIANGYIN_2020));
    expect(result.people.map((p) => [p.name, p.rank, p.tier, p.base, p.tiered, p.total])).toEqual([
      ['甲', 1, 1, 12_000, 9_600, 21_600],
      ['乙', 2, 1, 12_000, 9_600, 21_600],
      ['丙', 3, 2, 12_000, 7_772, 19_772],
      ['丁', 4, 2, 12_000, 7_772, 19_772],
      ['戊', 5, 2, 12_000, 7_772, 19_772],
      ['己', 6, 2, 12_000, 7_771, 19_771],
      ['庚', 7, 2, 12_000, 7_771, 19_771],
      ['辛', 8, 2, 12_000, 7_771, 19_771],
      ['壬', 9, 2, 12_000, 7_771, 19_771],
      ['癸', 10, 3, 12_000, 6_400, 18_400],
    ]);
    expect(result.tiers).toEqual([
      { count: 2, share: 0.2, tiered: 9_600, total: 43_200 },
      { count: 7, share: 0.7, tiered: 7_771, total: 138_400 },
      { count: 1, share: 0.1, tiered: 6_400, total: 18_400 },
    ]);
    expect(result.checks).toEqual({
      tier1Cap: 2,
      tier3Minimum: 1,
      tier1WithinCap: true,
      tier3AtLeastMinimum: true,
      allocated: 200_000,
      allocatedEqualsPool: true,
      tiersOrdered: true,
    });
    expect([result.balancingTier, result.extraYuan]).toEqual([2, 3]);
  });

  it('29 people, two tiers: 5 in tier 1, the rest share the balance; a 不称职 is still tier 3', () => {
    // P = 15,000 × 29 = 435,000, s = 15,000: base 9,000, tiered 6,000; tier 1 cap floor(5.8) = 5 at
    // 7,200 (16,200). Without 不称职: tier 2 = 24 people, (435,000 − 261,000 − 36,000) / 24 = 5,750.
    const staff = Array.from({ length: 29 }, (_, i) => person(`员工${String(i + 1).padStart(2, '0')}`, 100 - i, '称职', i + 2));
    const plain = ok(distributeBonus({ unit: UNIT, staff, pool: 435_000, scheme: 2, schemeFiled: true }, XIANGYIN_2020));
    expect(plain.tiers.map((t) => [t.count, t.tiered, t.total])).toEqual([
      [5, 7_200, 81_000],
      [24, 5_750, 354_000],
      [0, 4_800, 0],
    ]);
    expect(plain.extraYuan).toBe(0);
    // With 员工10 不称职: tier 3 at 6,000 × 0.8 = 4,800 (13,800); tier 2 = 23 people,
    // (435,000 − 261,000 − 36,000 − 4,800) / 23 = 133,200 / 23 = 5,791 r 7: the first 7 of tier 2
    // in rank order (员工06–09, 11–13) get 5,792.
    staff[9] = { ...staff[9], grade: '不称职' };
    const withUnsatisfactory = ok(distributeBonus({ unit: UNIT, staff, pool: 435_000, scheme: 2, schemeFiled: true }, XIANGYIN_2020));
    expect(withUnsatisfactory.people.filter((p) => p.tiered === 5_792).map((p) => p.name)).toEqual([
      '员工06', '员工07', '员工08', '员工09', '员工11', '员工12', '员工13',
    ]);
    expect(withUnsatisfactory.people.find((p) => p.name === '员工10')).toMatchObject({ tier: 3, reason: 'unsatisfactory', total: 13_800 });
    expect(withUnsatisfactory.tiers.map((t) => t.count)).toEqual([5, 23, 1]);
    expect(withUnsatisfactory.checks.allocated).toBe(435_000);
  });

  it('30 people must use three tiers', () => {
    const staff = Array.from({ length: 30 }, (_, i) => person(`员工${i + 1}`, 100 - i, '称职', i + 2));
    expect(distributeBonus({ unit: UNIT, staff, pool: 300_000, scheme: 2, schemeFiled: true }, XIANGYIN_2020)).toEqual({
      unit: UNIT,
      ok: false,
      code: 'bonus.two-tier-not-allowed',
      error: '30人及以上的单位须分三个等次，不能分两个等次',
      headcount: 30,
    });
    // Three tiers: cap 6, minimum 3; s = 10,000, base 6,000, tiered 4,000; tier 1 4,800, tier 3 3,200;
    // tier 2 (21) = (300,000 − 180,000 − 28,800 − 9,600) / 21 = 81,600 / 21 = 3,885 r 15.
    const three = ok(distributeBonus({ unit: UNIT, staff, pool: 300_000, scheme: 3, schemeFiled: true }, XIANGYIN_2020));
    expect(three.tiers.map((t) => [t.count, t.tiered])).toEqual([
      [6, 4_800],
      [21, 3_885],
      [3, 3_200],
    ]);
    expect(three.extraYuan).toBe(15);
    expect(three.checks.allocated).toBe(300_000);
  });

  it('a tie across the tier-1 cap leaves both tied people in tier 2', () => {
    // Scores 95, 90, 90, 88 … 80: cap 2, but the 2nd and 3rd tie, so tier 1 = 1 person (21,600),
    // tier 3 = the 80 (18,400), tier 2 = 8: (200,000 − 120,000 − 9,600 − 6,400) / 8 = 8,000 → 20,000.
    // Tied people are listed by name in code-point order: 丙 (U+4E19) before 乙 (U+4E59).
    const scores = [95, 90, 90, 88, 87, 86, 85, 84, 83, 80];
    const staff = scores.map((s, i) => person(tenNames[i], s, '称职', i + 2));
    const result = ok(distributeBonus({ unit: UNIT, staff, pool: 200_000, scheme: 3, schemeFiled: true }, XIANGYIN_2020));
    expect(result.people.map((p) => [p.name, p.rank, p.tier, p.total])).toEqual([
      ['甲', 1, 1, 21_600],
      ['丙', 2, 2, 20_000],
      ['乙', 2, 2, 20_000],
      ['丁', 4, 2, 20_000],
      ['戊', 5, 2, 20_000],
      ['己', 6, 2, 20_000],
      ['庚', 7, 2, 20_000],
      ['辛', 8, 2, 20_000],
      ['壬', 9, 2, 20_000],
      ['癸', 10, 3, 18_400],
    ]);
    expect(result.people.map((p) => p.reason).slice(0, 4)).toEqual(['ranked', 'tiedOutOfTier1', 'tiedOutOfTier1', 'ranked']);
  });

  it('one person takes the whole pool, in tier 3 (the minimum of ceil(0.1) = 1) balancing alone', () => {
    const result = ok(distributeBonus({ unit: UNIT, staff: [person('甲', 90)], pool: 18_888, scheme: 3, schemeFiled: true }, XIANGYIN_2020));
    // base floor(18,888 × 0.6) = floor(11,332.8) = 11,332; the balance 18,888 − 11,332 = 7,556.
    expect(result.people).toEqual([{ name: '甲', row: 0, rank: 1, grade: '称职', tier: 3, reason: 'ranked', base: 11_332, tiered: 7_556, total: 18_888 }]);
    expect(result.balancingTier).toBe(3);
  });

  it('an unfiled scheme gets an error, not numbers', () => {
    const staff = tenNames.map((name, i) => person(name, 100 - i));
    expect(distributeBonus({ unit: UNIT, staff, pool: 200_000, scheme: 3, schemeFiled: false }, XIANGYIN_2020)).toEqual({
      unit: UNIT,
      ok: false,
      code: 'bonus.scheme-not-filed',
      error: '考核方案未报备县考核委员会，按规定不得发放年终绩效奖金',
      headcount: 10,
    });
  });

  it('flags tiers out of order when tier 2 balances a unit with many 不称职', () => {
    // 10 people, 7 不称职: tier 1 2 × 9,600, tier 3 7 × 6,400, tier 2 (1 person) gets
    // 200,000 − 120,000 − 19,200 − 44,800 = 16,000 > 9,600.
    const staff = tenNames.map((name, i) => person(name, 100 - i, i >= 3 ? '不称职' : '称职', i + 2));
    const result = ok(distributeBonus({ unit: UNIT, staff, pool: 200_000, scheme: 3, schemeFiled: true }, XIANGYIN_2020));
    expect(result.tiers.map((t) => [t.count, t.tiered])).toEqual([
      [2, 9_600],
      [1, 16_000],
      [7, 6_400],
    ]);
    expect(result.checks.tiersOrdered).toBe(false);
  });
});

// ---- Properties ------------------------------------------------------------------------------

interface UnitCase {
  staff: StaffMember[];
  pool: number;
  scheme: 2 | 3;
  rules: RuleSet;
  byRank: boolean;
}

const unitCase: fc.Arbitrary<UnitCase> = fc
  .record({
    size: fc.integer({ min: 1, max: 500 }),
    scoreSet: fc.integer({ min: 1, max: 6 }),
    unsatisfactoryRate: fc.constantFrom(0, 0, 0.05, 0.3, 1),
    pool: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50_000_000 })),
    twoTier: fc.boolean(),
    byRank: fc.boolean(),
    cut: fc.integer({ min: -30, max: -20 }),
    whole: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ size, scoreSet, unsatisfactoryRate, pool, twoTier, byRank, cut, whole, seed }) => {
    // A small linear congruential stream keeps one case reproducible from its seed.
    let state = seed >>> 0;
    const next = () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
    const staff = Array.from({ length: size }, (_, i): StaffMember => {
      const value = 80 + Math.floor(next() * scoreSet);
      return {
        row: i + 2,
        // Names repeat on purpose: people are told apart by row.
        name: `人${Math.floor(next() * 20)}`,
        unit: UNIT,
        score: byRank ? null : value,
        rank: byRank ? 100 - value : null,
        grade: next() < unsatisfactoryRate ? '不称职' : '称职',
      };
    });
    const rules: RuleSet = { ...XIANGYIN_2020, bonus: { ...XIANGYIN_2020.bonus, tier3CutPercent: cut, adjustmentBase: whole ? 'whole' : 'tiered' } };
    return { staff, pool, scheme: twoTier && size < 30 ? 2 : 3, rules, byRank } as UnitCase;
  });

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

const run = (c: UnitCase, staff = c.staff) => ok(distributeBonus({ unit: UNIT, staff, pool: c.pool, scheme: c.scheme, schemeFiled: true }, c.rules));

describe('distributeBonus — properties (1 to 500 people, many ties)', () => {
  it('pays out the pool exactly, in whole yuan, never less than the base', () => {
    fc.assert(
      fc.property(unitCase, (c) => {
        const result = run(c);
        const sum = result.people.reduce((s, p) => s + p.total, 0);
        expect(sum).toBe(c.pool);
        expect(result.checks.allocatedEqualsPool).toBe(true);
        const bad = result.people.filter(
          (p) => !Number.isInteger(p.base) || !Number.isInteger(p.tiered) || p.tiered < 0 || p.total !== p.base + p.tiered || p.base !== result.base,
        );
        expect(bad).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps tier 1 within 20 %, tier 3 at 10 % or more, and 不称职 in tier 3', () => {
    fc.assert(
      fc.property(unitCase, (c) => {
        const result = run(c);
        const n = c.staff.length;
        const counts = [1, 2, 3].map((t) => result.people.filter((p) => p.tier === t).length);
        expect(counts[0]).toBeLessThanOrEqual(Math.floor(n / 5));
        if (c.scheme === 3) expect(counts[2]).toBeGreaterThanOrEqual(Math.ceil(n / 10));
        expect(result.people.filter((p) => p.grade === '不称职' && p.tier !== 3)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never splits a tie across a tier line (不称职 aside)', () => {
    fc.assert(
      fc.property(unitCase, (c) => {
        const result = run(c);
        const keyOf = new Map(c.staff.map((m) => [m.row, c.byRank ? (m.rank as number) : -(m.score as number)]));
        const tiersByKey = new Map<number, Set<number>>();
        for (const p of result.people) {
          if (p.grade === '不称职') continue;
          const key = keyOf.get(p.row) as number;
          tiersByKey.set(key, (tiersByKey.get(key) ?? new Set()).add(p.tier));
        }
        expect([...tiersByKey.values()].filter((tiers) => tiers.size > 1)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same per-person result for the same people in any order', () => {
    fc.assert(
      fc.property(unitCase, fc.integer(), (c, seed) => {
        // Compared as JSON: a deep toEqual of 500 people × 200 runs is needlessly slow.
        const first = JSON.stringify(run(c));
        expect(JSON.stringify(run(c))).toBe(first);
        expect(JSON.stringify(run(c, shuffled(c.staff, seed)))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });
});
