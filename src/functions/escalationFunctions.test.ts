import { createWorkCalendar } from '../core/calendar';
import { XIANGYIN_2020, type RuleSet } from '../core/rules';
import { createFunctionEnv, evaluateDeadline, evaluateLevel, evaluateNextNotice, evaluateOverdue, type FunctionEnv } from './escalationFunctions';

/*
 * 2020 State Council calendar relied on here (besides weekends):
 *   Labour Day May 1–5 off, Sun Apr 26 and Sat May 9 workdays;
 *   Dragon Boat Jun 25–27 off, Sun Jun 28 a workday. 2027 is beyond the holiday data.
 * Excel 1900-system serials from 2020-01-01 = 43831 (2020 is a leap year):
 *   Apr 1 = 43922, May 1 = 43952, Jun 1 = 43983, Jul 1 = 44013.
 * The item of SPEC §2/§3: 县长批示 assigned Tue Apr 28, deadline Mon May 11; open on Jul 1 →
 * blue May 11, yellow May 16 (Sat) → May 18, reds May 28, Jun 7 (Sun) → Jun 8, Jun 18, Jun 28.
 */
const FEB_10 = 43871;
const MAR_31 = 43921;
const APR_28 = 43949;
const MAY_1 = 43952;
const MAY_2 = 43953; // Sat, in the Labour Day holiday
const MAY_6 = 43957;
const MAY_10 = 43961;
const MAY_11 = 43962;
const MAY_12 = 43963;
const MAY_14 = 43965;
const MAY_15 = 43966;
const MAY_17 = 43968;
const MAY_18 = 43969;
const MAY_19 = 43970;
const MAY_27 = 43978;
const MAY_28 = 43979;
const JUN_8 = 43990;
const JUN_13 = 43995; // Sat
const JUN_15 = 43997;
const JUN_20 = 44002; // Sat
const JUN_22 = 44004;
const JUN_24 = 44006;
const JUL_1 = 44013;
const JUL_6 = 44018;
const JUL_8 = 44020; // Wed
const MAR_31_2021 = 44286; // 2021-01-01 = 44197; + 31 + 28 + 30

const cal = createWorkCalendar();
const env: FunctionEnv = createFunctionEnv(cal, XIANGYIN_2020);

function withRules(patch: (r: RuleSet) => void): FunctionEnv {
  const rules: RuleSet = JSON.parse(JSON.stringify(XIANGYIN_2020));
  patch(rules);
  return createFunctionEnv(cal, rules);
}

describe('DEADLINE', () => {
  const deadline = (assigned: unknown, written: unknown = null, source: unknown = null, e = env) => evaluateDeadline(e, assigned, written, source);

  it('gives a 县长批示 with no deadline 7 working days (SPEC §2 worked example)', () => {
    expect(deadline(APR_28, '', '县长批示')).toEqual({ ok: true, value: MAY_11 });
    expect(deadline(APR_28, null, '县长批示')).toEqual({ ok: true, value: MAY_11 });
    expect(deadline('2020年4月28日', null, ' 县长批示 ')).toEqual({ ok: true, value: MAY_11 });
  });

  it('rolls a written deadline on a non-working day to the next working day', () => {
    expect(deadline(APR_28, JUN_13)).toEqual({ ok: true, value: JUN_15 });
    expect(deadline(APR_28, '2020-05-02')).toEqual({ ok: true, value: MAY_6 });
    expect(deadline(APR_28, MAY_2)).toEqual({ ok: true, value: MAY_6 });
    expect(deadline(APR_28, MAY_11)).toEqual({ ok: true, value: MAY_11 });
    const noRoll = withRules((r) => (r.deadlines.rollDeadlineToWorkingDay = false));
    expect(deadline(APR_28, JUN_13, null, noRoll)).toEqual({ ok: true, value: JUN_13 });
  });

  it('needs no assigned date for a written date', () => {
    expect(deadline(null, JUN_13)).toEqual({ ok: true, value: JUN_15 });
  });

  it('reads deadline prose against the assigned date', () => {
    // Day 0 Wed Jun 24; Jun 25–27 off; Jun 28 (Sun workday) 1, 29, 30, Jul 1, 2, 3, Jul 6 = 7.
    expect(deadline(JUN_24, '7个工作日')).toEqual({ ok: true, value: JUL_6 });
    expect(deadline(FEB_10, '3月底前')).toEqual({ ok: true, value: MAR_31 });
    // 3月底 falls before an April assignment: the next year's (2021-03-31, a Wednesday).
    expect(deadline(APR_28, '3月底前')).toEqual({ ok: true, value: MAR_31_2021 });
  });

  it('returns the text 长期 for an item with no deadline', () => {
    expect(deadline(APR_28, '长期')).toEqual({ ok: true, value: '长期' });
    expect(deadline(APR_28, '持续推进')).toEqual({ ok: true, value: '长期' });
  });

  it('reads the placeholder 9999-12-31 as 长期, as a date or as text', () => {
    expect(deadline(APR_28, 2958465)).toEqual({ ok: true, value: '长期' });
    expect(deadline(APR_28, '9999年12月31日前')).toEqual({ ok: true, value: '长期' });
  });

  it('drops the time of a date-time deadline', () => {
    expect(deadline(APR_28, MAY_11 + 0.75)).toEqual({ ok: true, value: MAY_11 });
    expect(deadline(APR_28, '2020/5/11 下午6:00')).toEqual({ ok: true, value: MAY_11 });
  });

  it('uses the source table and the ledger-wide default source of the rule set', () => {
    const meeting = withRules((r) => (r.deadlines.defaultWorkingDaysBySource['会议交办'] = 3));
    // Day 0 Tue Apr 28: Apr 29, Apr 30, (May 1–5 off), May 6.
    expect(deadline(APR_28, null, '会议交办', meeting)).toEqual({ ok: true, value: MAY_6 });
    const byDefault = withRules((r) => (r.deadlines.ledgerDefaultSource = '县长批示'));
    expect(deadline(APR_28, null, null, byDefault)).toEqual({ ok: true, value: MAY_11 });
  });

  it('reads the ledger-wide default source as the ledger does, surrounding spaces ignored', () => {
    // SPEC §2: a blank deadline of a 县长批示 item is 7 working days from Tue Apr 28 = May 11,
    // the same as resolveDeadline gives a ledger row with this setting.
    const spaced = withRules((r) => (r.deadlines.ledgerDefaultSource = ' 县长批示 '));
    expect(deadline(APR_28, null, null, spaced)).toEqual({ ok: true, value: MAY_11 });
  });

  it('explains a blank deadline it cannot work out', () => {
    expect(deadline(APR_28, '', '会议交办')).toEqual({
      ok: false,
      reason: '未写办理时限，且来源“会议交办”没有默认工作日数（规则设置 deadlines.defaultWorkingDaysBySource）',
    });
    expect(deadline(APR_28, '', '')).toEqual({ ok: false, reason: '未写办理时限，且未填来源（规则设置中也没有默认来源），无法推算时限' });
    expect(deadline('', '', '县长批示')).toEqual({ ok: false, reason: '未写办理时限，按“县长批示”7个工作日计，但交办时间为空，无法推算时限' });
    expect(deadline(null, '7个工作日')).toEqual({ ok: false, reason: '办理时限为“7个工作日”，但交办时间为空，无法推算时限' });
  });

  it('gives error values for text and out-of-range inputs', () => {
    expect(deadline('abc', '', '县长批示')).toEqual({ ok: false, reason: '交办时间：不是有效日期' });
    expect(deadline(APR_28, '尽快')).toEqual({ ok: false, reason: '办理时限：无法识别的时限写法' });
    expect(deadline(APR_28, true)).toEqual({ ok: false, reason: '办理时限：无法识别的时限写法' });
    expect(deadline(APR_28, -5)).toEqual({ ok: false, reason: '办理时限：日期序列号必须大于0' });
    expect(deadline(APR_28, '', true)).toEqual({ ok: false, reason: '来源必须是文字' });
    expect(deadline('2027-03-01', '', '县长批示')).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
    expect(deadline(APR_28, '2027-03-10')).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
  });
});

describe('LEVEL', () => {
  const level = (d: unknown, done: unknown, asOf: unknown, e = env) => evaluateLevel(e, d, done, asOf);

  it('follows the SPEC §3 worked example', () => {
    expect(level(MAY_11, '', JUL_1)).toEqual({ ok: true, value: '红' });
    expect(level(MAY_11, MAY_14, JUL_1)).toEqual({ ok: true, value: '蓝' });
    expect(level(MAY_11, MAY_18, JUL_1)).toEqual({ ok: true, value: '蓝' }); // done on the yellow's date
  });

  it('steps up on the issue dates, asOf included', () => {
    // Sunday May 10: May 11 is the next working day, so the item is 临期 until its blue.
    expect(level(MAY_11, null, MAY_10)).toEqual({ ok: true, value: '临期' });
    expect(level(MAY_11, null, MAY_11)).toEqual({ ok: true, value: '蓝' });
    expect(level(MAY_11, null, MAY_17)).toEqual({ ok: true, value: '蓝' });
    expect(level(MAY_11, null, MAY_18)).toEqual({ ok: true, value: '黄' });
    expect(level(MAY_11, null, MAY_27)).toEqual({ ok: true, value: '黄' });
    expect(level(MAY_11, null, MAY_28)).toEqual({ ok: true, value: '红' });
  });

  it('says 临期 for an open item due within the next 3 working days (SPEC §9), as the 督办状态 column does', () => {
    // As of Thu Apr 30 the working days after are May 6, 7, 8 (Labour Day May 1–5 off), then Sat May 9 (调休).
    const APR_30 = 43951;
    const MAY_8 = 43959;
    const MAY_9 = 43960;
    expect(level(MAY_6, null, APR_30)).toEqual({ ok: true, value: '临期' });
    expect(level(MAY_8, null, APR_30)).toEqual({ ok: true, value: '临期' });
    expect(level(MAY_9, null, APR_30)).toEqual({ ok: true, value: '' });
    // A holiday deadline is rolled first: May 2 → May 6, the 1st working day.
    expect(level(MAY_2, null, APR_30)).toEqual({ ok: true, value: '临期' });
    // Not on the deadline day itself (blue), nor once done, nor when the rule is 0.
    expect(level(MAY_11, null, MAY_11)).toEqual({ ok: true, value: '蓝' });
    expect(level(MAY_6, APR_28, APR_30)).toEqual({ ok: true, value: '' });
    expect(level(MAY_6, MAY_1, APR_30)).toEqual({ ok: true, value: '临期' }); // completed after asOf: open on asOf
    const off = withRules((r) => (r.escalation.dueSoonWorkingDays = 0));
    expect(level(MAY_6, null, APR_30, off)).toEqual({ ok: true, value: '' });
    const five = withRules((r) => (r.escalation.dueSoonWorkingDays = 5));
    expect(level(MAY_11, null, APR_30, five)).toEqual({ ok: true, value: '临期' });
    expect(level('长期', null, APR_30)).toEqual({ ok: true, value: '' });
  });

  it('gives no level to an item done on its deadline day', () => {
    expect(level(MAY_11, MAY_11, JUL_1)).toEqual({ ok: true, value: '' });
  });

  it('counts a completion after asOf as not done yet', () => {
    expect(level(MAY_11, JUN_8, MAY_19)).toEqual({ ok: true, value: '黄' });
  });

  it('reads text dates and rolls a weekend deadline as DEADLINE does', () => {
    expect(level('2020-05-11', '', '2020年7月1日')).toEqual({ ok: true, value: '红' });
    // Sat Jun 13 → Mon Jun 15: blue Jun 15; yellow Jun 20 (Sat) → Mon Jun 22.
    expect(level(JUN_13, '', JUN_20)).toEqual({ ok: true, value: '蓝' });
    expect(level(JUN_13, '', JUN_22)).toEqual({ ok: true, value: '黄' });
  });

  it('follows the rule set: working-day steps', () => {
    // Yellow 5 working days after May 11: May 12, 13, 14, 15, 18 → May 18; red 10 working days later is Jun 1.
    const working = withRules((r) => (r.escalation.dayKind = 'working'));
    expect(level(MAY_11, null, MAY_28, working)).toEqual({ ok: true, value: '黄' });
  });

  it('gives no level to a 长期 item, the placeholder 9999-12-31 included', () => {
    expect(level('长期', '', JUL_1)).toEqual({ ok: true, value: '' });
    expect(level(2958465, '', JUL_1)).toEqual({ ok: true, value: '' });
    expect(level('9999-12-31', '', JUL_1)).toEqual({ ok: true, value: '' });
  });

  it('reads a completion at 2020-05-18 17:30 as done on the yellow date: blue (SPEC §3, §9)', () => {
    expect(level(MAY_11, MAY_18 + 17.5 / 24, JUL_1)).toEqual({ ok: true, value: '蓝' });
    expect(level(MAY_11, '2020-05-18 17:30', JUL_1)).toEqual({ ok: true, value: '蓝' });
    expect(level(MAY_11, '2020年5月18日17时30分', JUL_1)).toEqual({ ok: true, value: '蓝' });
  });

  it('gives error values for empty, text and out-of-range inputs', () => {
    expect(level('', '', JUL_1)).toEqual({ ok: false, reason: '时限为空' });
    expect(level(null, '', JUL_1)).toEqual({ ok: false, reason: '时限为空' });
    expect(level(MAY_11, '', '')).toEqual({ ok: false, reason: '统计日期为空' });
    expect(level('abc', '', JUL_1)).toEqual({ ok: false, reason: '时限：无法识别的时限写法' });
    expect(level(MAY_11, '已办结', JUL_1)).toEqual({ ok: false, reason: '完成时间：不是有效日期' });
    expect(level('7个工作日', '', JUL_1)).toEqual({ ok: false, reason: '时限为“7个工作日”，请先用 DUBAN.DEADLINE 按交办时间推算出日期' });
    expect(level(-1, '', JUL_1)).toEqual({ ok: false, reason: '时限：日期序列号必须大于0' });
    expect(level(MAY_11, '', 3_000_000)).toEqual({ ok: false, reason: '统计日期：日期序列号超出范围（最晚为9999年12月31日）' });
    expect(level(1, '', JUL_1)).toEqual({ ok: false, reason: '节假日数据不含1900年，无法判断工作日' });
    expect(level('2026-12-01', '', '2027-02-01')).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
  });
});

describe('OVERDUE', () => {
  const overdue = (d: unknown, done: unknown, asOf: unknown) => evaluateOverdue(env, d, done, asOf);

  it('counts calendar days past the deadline up to asOf', () => {
    // May 11 → Jul 1: 20 days to May 31, 30 in June, 1 in July.
    expect(overdue(MAY_11, '', JUL_1)).toEqual({ ok: true, value: 51 });
    expect(overdue(MAY_11, '', MAY_11)).toEqual({ ok: true, value: 0 });
    expect(overdue(MAY_11, '', MAY_1)).toEqual({ ok: true, value: 0 });
  });

  it('stops counting at the completion date, and never goes negative', () => {
    expect(overdue(MAY_11, MAY_14, JUL_1)).toEqual({ ok: true, value: 3 });
    expect(overdue(MAY_11, MAY_6, JUL_1)).toEqual({ ok: true, value: 0 });
    // Done after asOf: counted to asOf.
    expect(overdue(MAY_11, JUN_8, MAY_19)).toEqual({ ok: true, value: 8 });
  });

  it('counts from the rolled deadline, and gives 0 for 长期', () => {
    expect(overdue(JUN_13, '', JUN_20)).toEqual({ ok: true, value: 5 }); // from Mon Jun 15
    expect(overdue('长期', '', JUL_1)).toEqual({ ok: true, value: 0 });
  });

  it('gives error values for empty, text and out-of-range inputs', () => {
    expect(overdue('', '', JUL_1)).toEqual({ ok: false, reason: '时限为空' });
    expect(overdue(MAY_11, '', null)).toEqual({ ok: false, reason: '统计日期为空' });
    expect(overdue(MAY_11, 'abc', JUL_1)).toEqual({ ok: false, reason: '完成时间：不是有效日期' });
    expect(overdue(MAY_11, 0, JUL_1)).toEqual({ ok: false, reason: '完成时间：日期序列号必须大于0' });
  });
});

describe('NEXTNOTICE', () => {
  const next = (d: unknown, done: unknown, asOf: unknown, e = env) => evaluateNextNotice(e, d, done, asOf);

  it('gives the next red after the SPEC §3 example’s last one (Jun 28 + 10 = Wed Jul 8)', () => {
    expect(next(MAY_11, '', JUL_1)).toEqual({ ok: true, value: JUL_8 });
  });

  it('gives blue before the deadline, then yellow, then red', () => {
    expect(next(MAY_11, '', MAY_1)).toEqual({ ok: true, value: MAY_11 });
    expect(next(MAY_11, '', MAY_11)).toEqual({ ok: true, value: MAY_18 });
    expect(next(MAY_11, '', MAY_18)).toEqual({ ok: true, value: MAY_28 });
  });

  it('gives "" when no notice is coming', () => {
    expect(next(MAY_11, MAY_14, JUL_1)).toEqual({ ok: true, value: '' }); // done
    expect(next(MAY_11, MAY_15, MAY_12)).toEqual({ ok: true, value: '' }); // to be done before the yellow
    expect(next('长期', '', JUL_1)).toEqual({ ok: true, value: '' });
    const once = withRules((r) => (r.escalation.redRepeatDays = 0));
    expect(next(MAY_11, '', JUL_1, once)).toEqual({ ok: true, value: '' });
  });

  it('gives error values for empty, text and out-of-range inputs', () => {
    expect(next(null, '', JUL_1)).toEqual({ ok: false, reason: '时限为空' });
    expect(next(MAY_11, '', '明天')).toEqual({ ok: false, reason: '统计日期：不是有效日期' });
    expect(next('2026-12-01', '', '2026-12-30')).toEqual({ ok: false, reason: '节假日数据不含2027年，无法判断工作日' });
  });
});
