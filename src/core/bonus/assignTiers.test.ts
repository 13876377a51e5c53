import { XIANGYIN_2020 } from '../rules/ruleSet';
import { assignTiers } from './assignTiers';
import type { StaffMember } from './parseStaffSheet';

const person = (name: string, score: number | null, grade: string | null = '称职', rank: number | null = null, row = 0): StaffMember => ({
  row,
  name,
  unit: '县财政局',
  score,
  rank,
  grade,
});

/** name → [rank, tier, reason], in ranking order. */
function tiersOf(staff: StaffMember[], scheme: 2 | 3 = 3) {
  const result = assignTiers(staff, scheme, XIANGYIN_2020);
  if (!result.ok) throw new Error(result.reason);
  return result.value.ranking.map((r) => [r.member.name, r.rank, r.tier, r.reason]);
}

describe('assignTiers', () => {
  it('puts the best 20 % in tier 1 and the worst 10 % in tier 3', () => {
    const staff = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'].map((name, i) => person(name, 100 - i, '称职', null, i + 2));
    expect(tiersOf(staff.reverse())).toEqual([
      ['甲', 1, 1, 'ranked'],
      ['乙', 2, 1, 'ranked'],
      ['丙', 3, 2, 'ranked'],
      ['丁', 4, 2, 'ranked'],
      ['戊', 5, 2, 'ranked'],
      ['己', 6, 2, 'ranked'],
      ['庚', 7, 2, 'ranked'],
      ['辛', 8, 2, 'ranked'],
      ['壬', 9, 2, 'ranked'],
      ['癸', 10, 3, 'ranked'],
    ]);
  });

  it('leaves everyone tied across the tier-1 cap out of tier 1', () => {
    // Cap = 2; the 2nd and 3rd both have 90, so only the 95 is tier 1.
    const scores = [95, 90, 90, 88, 87, 86, 85, 84, 83, 80];
    const staff = scores.map((s, i) => person(`人${i}`, s, '称职', null, i + 2));
    expect(tiersOf(staff).slice(0, 4)).toEqual([
      ['人0', 1, 1, 'ranked'],
      ['人1', 2, 2, 'tiedOutOfTier1'],
      ['人2', 2, 2, 'tiedOutOfTier1'],
      ['人3', 4, 2, 'ranked'],
    ]);
  });

  it('puts everyone tied at the tier-3 line in tier 3', () => {
    // Minimum = 1; the two 80s tie, so both are tier 3.
    const scores = [95, 94, 90, 89, 88, 87, 86, 85, 80, 80];
    const staff = scores.map((s, i) => person(`人${i}`, s, '称职', null, i + 2));
    expect(tiersOf(staff).slice(7)).toEqual([
      ['人7', 8, 2, 'ranked'],
      ['人8', 9, 3, 'tiedIntoTier3'],
      ['人9', 9, 3, 'tiedIntoTier3'],
    ]);
  });

  it('sends 不称职 to tier 3 whatever the score, counting toward the 10 %', () => {
    // The top scorer is 不称职: tier 3, and the minimum of 1 is met, so nobody else is tier 3;
    // tier 1 is the next two.
    const scores = [99, 95, 90, 88, 87, 86, 85, 84, 83, 80];
    const staff = scores.map((s, i) => person(`人${i}`, s, i === 0 ? '不称职' : '称职', null, i + 2));
    const result = tiersOf(staff);
    expect(result.slice(0, 3)).toEqual([
      ['人0', 1, 3, 'unsatisfactory'],
      ['人1', 2, 1, 'ranked'],
      ['人2', 3, 1, 'ranked'],
    ]);
    expect(result[9]).toEqual(['人9', 10, 2, 'ranked']);
  });

  it('uses the sheet rank when there are no scores, and places an unranked 不称职 last', () => {
    const staff = [person('乙', null, '称职', 2), person('甲', null, '优秀', 1), person('丙', null, '不称职', null), person('丁', null, '称职', 3)];
    // 4 people: cap floor(0.8) = 0, minimum ceil(0.4) = 1, met by 丙.
    expect(tiersOf(staff)).toEqual([
      ['甲', 1, 2, 'ranked'],
      ['乙', 2, 2, 'ranked'],
      ['丁', 3, 2, 'ranked'],
      ['丙', null, 3, 'unsatisfactory'],
    ]);
  });

  it('has no tier-3 minimum in the two-tier scheme, but 不称职 is still tier 3', () => {
    const staff = [90, 80, 70, 60, 50].map((s, i) => person(`人${i}`, s, i === 1 ? '不合格' : '称职', null, i + 2));
    // Cap floor(1.0) = 1.
    expect(tiersOf(staff, 2).map((r) => r[2])).toEqual([1, 3, 2, 2, 2]);
  });

  it('puts a whole unit of tied people in tier 3', () => {
    const staff = [1, 2, 3].map((i) => person(`人${i}`, 85, '称职', null, i));
    expect(tiersOf(staff)).toEqual([
      ['人1', 1, 3, 'tiedIntoTier3'],
      ['人2', 1, 3, 'tiedIntoTier3'],
      ['人3', 1, 3, 'tiedIntoTier3'],
    ]);
  });

  it('says who cannot be ranked', () => {
    expect(assignTiers([person('甲', 90), person('乙', null), person('丙', null, '不称职')], 3, XIANGYIN_2020)).toEqual({
      ok: false,
      reason: '乙 既无考核得分也无排名，无法划分等次',
    });
    expect(assignTiers([person('甲', 90), person('乙', null, '称职', 2)], 3, XIANGYIN_2020)).toEqual({
      ok: false,
      reason: '部分人员只有考核得分、部分只有排名，无法统一排序',
    });
  });
});
