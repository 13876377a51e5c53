import { XIANGYIN_2020 } from '../rules/ruleSet';
import { scoreFromCounts } from './scoreFromCounts';

const score = (blue: number, yellow: number, red: number, items: number) => scoreFromCounts({ blue, yellow, red }, items, XIANGYIN_2020);

describe('scoreFromCounts (附件第九条)', () => {
  it('deducts 1 / 2 / 5 per blue / yellow / red notice', () => {
    expect(score(1, 0, 0, 1).total).toBe(-1);
    expect(score(0, 1, 0, 1).total).toBe(-2);
    expect(score(0, 0, 1, 1).total).toBe(-5);
    // The example: 1 blue, 1 yellow, 4 reds on one item = −1 −2 −20.
    expect(score(1, 1, 4, 1)).toEqual({ deductions: { blue: -1, yellow: -2, red: -20 }, bonuses: [], total: -23, excellenceQuotaPercent: 0 });
  });

  it('gives no bonus below 5 items, +10 and +5 from 5 items with no yellow and no red', () => {
    expect(score(0, 0, 0, 4).total).toBe(0);
    expect(score(0, 0, 0, 5).bonuses.map((b) => [b.label, b.points])).toEqual([
      ['承办≥5项且全年无黄色督办单', 10],
      ['承办≥5项且全年无红色督办单', 5],
    ]);
    expect(score(0, 0, 0, 5).total).toBe(15);
  });

  it('keeps the no-red bonus when only yellows were received, and blues never cost a bonus', () => {
    // 5 items, 2 blues, 1 yellow: −2 −2 + 5 (no red) = 1.
    expect(score(2, 1, 0, 5).total).toBe(1);
    // 5 items, 3 blues: −3 + 10 + 5 = 12.
    expect(score(3, 0, 0, 5).total).toBe(12);
  });

  it('adds the further +20 / +10 and the 3% / 2% quota from 20 items, not at 19', () => {
    expect(score(0, 0, 0, 19)).toMatchObject({ total: 15, excellenceQuotaPercent: 0 });
    // 20 items, nothing received: 10 + 5 + 20 + 10 = 45, quota 3% + 2%.
    expect(score(0, 0, 0, 20)).toMatchObject({ total: 45, excellenceQuotaPercent: 5 });
    // 20 items with one yellow: −2 + 5 + 10 = 13, quota 2%.
    expect(score(0, 1, 0, 20)).toMatchObject({ total: 13, excellenceQuotaPercent: 2 });
    // 20 items with one red (and so, in practice, a yellow): −2 −5 = −7, no bonus.
    expect(score(0, 1, 1, 20)).toMatchObject({ total: -7, excellenceQuotaPercent: 0 });
  });

  it('takes every number from the rule set', () => {
    const rules = { ...XIANGYIN_2020, scoring: { ...XIANGYIN_2020.scoring, points: { blue: -0.5, yellow: -3, red: -10 }, bonuses: [] } };
    expect(scoreFromCounts({ blue: 2, yellow: 1, red: 1 }, 30, rules).total).toBe(-14);
  });
});
