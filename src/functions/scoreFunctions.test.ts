import { XIANGYIN_2020, type RuleSet } from '../core/rules';
import { evaluateScore } from './scoreFunctions';

// 湘阴2020 (附件第九条): −1 / −2 / −5 per blue / yellow / red; ≥5 items: +10 with no yellow,
// +5 with no red; ≥20 items: a further +20 with no yellow, +10 with no red.
const score = (blue: unknown, yellow: unknown, red: unknown, items: unknown, rules: RuleSet = XIANGYIN_2020) =>
  evaluateScore(rules, blue, yellow, red, items);

describe('SCORE', () => {
  it('deducts per notice and adds the bonuses by items undertaken', () => {
    expect(score(1, 1, 4, 1)).toEqual({ ok: true, value: -23 }); // −1 −2 −20, too few items for a bonus
    expect(score(0, 0, 0, 5)).toEqual({ ok: true, value: 15 }); // +10 +5
    expect(score(0, 0, 0, 20)).toEqual({ ok: true, value: 45 }); // +10 +5 +20 +10
    expect(score(0, 1, 0, 20)).toEqual({ ok: true, value: 13 }); // −2, no-red bonuses only: +5 +10
    expect(score(2, 0, 0, 4)).toEqual({ ok: true, value: -2 });
  });

  it('reads counts written as text', () => {
    expect(score('3', '0', '0', ' 5 ')).toEqual({ ok: true, value: 12 }); // −3 +10 +5
  });

  it('follows the rule set', () => {
    const rules: RuleSet = { ...XIANGYIN_2020, scoring: { ...XIANGYIN_2020.scoring, points: { blue: -2, yellow: -4, red: -10 }, bonuses: [] } };
    expect(score(1, 1, 1, 30, rules)).toEqual({ ok: true, value: -16 });
  });

  it('gives error values for empty, text and out-of-range counts', () => {
    expect(score('', 0, 0, 5)).toEqual({ ok: false, reason: '蓝色督办单数为空' });
    expect(score(0, null, 0, 5)).toEqual({ ok: false, reason: '黄色督办单数为空' });
    expect(score(0, 0, '两张', 5)).toEqual({ ok: false, reason: '红色督办单数必须是数字' });
    expect(score(0, 0, 0, -1)).toEqual({ ok: false, reason: '承办事项数必须是0或正整数（当前：-1）' });
    expect(score(1.5, 0, 0, 5)).toEqual({ ok: false, reason: '蓝色督办单数必须是0或正整数（当前：1.5）' });
    expect(score(0, 0, 0, true)).toEqual({ ok: false, reason: '承办事项数必须是数字' });
  });
});
