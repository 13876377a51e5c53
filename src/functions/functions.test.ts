/**
 * functions.ts runs inside Excel, where Office.js provides the CustomFunctions and Office
 * globals; here minimal stand-ins record how results and failures reach Excel.
 */
import { asExcelPassesOn, errorCellValueInput, errorInput } from '../../test/functions/excelInputs';

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, {
  CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!' } },
});

// Imported after the stand-in is installed (plain require order; jest hoists nothing here).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const duban = require('./functions') as typeof import('./functions');

const APR_28 = 43949; // 2020-04-28 (Tue)
const MAY_6 = 43957;
const MAY_9 = 43960; // Sat, 调休 workday
const MAY_11 = 43962;
const MAY_14 = 43965;
const MAY_18 = 43969;
const JUL_1 = 44013;
const JUL_8 = 44020;

const valueError = (message: string) => new FakeCustomFunctionsError('#VALUE!', message);

/** Runs a test with a stand-in Office global whose document settings hold `settings`. */
function withOfficeSettings(settings: Record<string, unknown>, run: () => void): void {
  const office = { context: { document: { settings: { get: (name: string) => settings[name] ?? null } } } };
  Object.assign(globalThis, { Office: office });
  try {
    run();
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
}

describe('worksheet functions, single values', () => {
  it('return 1×1 results Excel shows as one value', () => {
    expect(duban.isWorkday([[MAY_9]])).toEqual([[true]]);
    expect(duban.workday([['2020-04-28']], [[7]])).toEqual([[MAY_11]]);
    expect(duban.networkdays([['2020-04-28']], [['2020-05-11']])).toEqual([[8]]);
    expect(duban.deadlineInForce([[APR_28]], [['']], [['县长批示']])).toEqual([[MAY_11]]);
    expect(duban.level([[MAY_11]], [['']], [[JUL_1]])).toEqual([['红']]);
    expect(duban.overdue([[MAY_11]], [['']], [[JUL_1]])).toEqual([[51]]);
    expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([[JUL_8]]);
    expect(duban.score([[1]], [[1]], [[4]], [[1]])).toEqual([[-23]]);
    // 10 people: ranks 1–2 tier 1 (20 %), rank 10 tier 3 (10 %).
    expect(duban.tier([[3]], [[10]])).toEqual([[2]]);
    // Standard 20,000: base 60 % = 12,000; tiered 40 % = 8,000, +20 % in tier 1 = 9,600.
    expect(duban.bonus([[20_000]], [[1]], [[10]], [[2]], [[1]])).toEqual([[21_600]]);
  });

  it('take omitted optional arguments (Excel passes null)', () => {
    expect(duban.deadlineInForce([[APR_28]], null as never, null as never)).toEqual([[valueError('未写办理时限，且未填来源（规则设置中也没有默认来源），无法推算时限')]]);
    expect(duban.deadlineInForce([[APR_28]], [['长期']])).toEqual([['长期']]);
  });

  it('report bad input as a #VALUE! CustomFunctions.Error with a Chinese message, without throwing', () => {
    expect(duban.workday([['abc']], [[7]])).toEqual([[valueError('开始日期：不是有效日期')]]);
    expect(duban.isWorkday([['1999-10-08']])).toEqual([[valueError('节假日数据不含1999年，无法判断工作日')]]);
    expect(duban.score([['']], [[0]], [[0]], [[5]])).toEqual([[valueError('蓝色督办单数为空')]]);
    // A data type that is no date, such as a linked entity (its basicType is 'Error' but it is no error).
    const entity = { type: 'Entity', text: '湘阴县', basicType: 'Error', basicValue: '#VALUE!', properties: {} };
    expect(duban.level([[entity]], [['']], [[JUL_1]])).toEqual([[valueError('时限：不是有效日期')]]);
  });
});

describe('worksheet functions over ranges', () => {
  it('spill a 3×1 range to 3×1, with per-cell errors', () => {
    expect(duban.workday([[APR_28], ['abc'], [null]], [[7]])).toEqual([[MAY_11], [valueError('开始日期：不是有效日期')], [valueError('开始日期为空')]]);
    expect(duban.level([[MAY_11], [MAY_11], ['']], [[''], [MAY_14], [MAY_18]], [[JUL_1]])).toEqual([['红'], ['蓝'], [valueError('时限为空')]]);
  });

  it('spill TIER over a column of ranks', () => {
    expect(duban.tier([[1], [2], [3], [10], [11]], [[10]])).toEqual([[1], [1], [2], [3], [valueError('排名 11 超出人数 10')]]);
  });

  it('spill a row of counts against a column of dates', () => {
    // Apr 28 + 0, 7, −1 working days; −1 is Mon Apr 27.
    expect(duban.workday([[APR_28], [MAY_11]], [[0, 7, -1]])).toEqual([
      [APR_28, MAY_11, APR_28 - 1],
      [MAY_11, 43971, 43960], // May 11 + 7: May 12–15, 18, 19, 20 = May 20; May 11 − 1: Sat May 9 (调休)
    ]);
  });

  it('refuse ranges of different sizes with one #VALUE!', () => {
    expect(duban.networkdays([[APR_28], [MAY_11], [JUL_1]], [[MAY_11], [JUL_1]])).toEqual([
      [valueError('参数区域的大小不一致（3行1列、2行1列），请使用相同大小的区域或单个值')],
    ]);
  });
});

describe('error values among the inputs (Excel passes them: allowErrorForDataTypeAny)', () => {
  const NA = errorInput('#N/A');
  const VALUE = errorInput('#VALUE!');

  it('ISWORKDAY: the error row gives #VALUE! naming the argument, the others compute', () => {
    // May 9 2020 is a 调休 Saturday (work), May 1 the Labour Day holiday.
    expect(duban.isWorkday([[MAY_9], [NA], ['2020-05-01']])).toEqual([[true], [valueError('日期为错误值 #N/A')], [false]]);
  });

  it('WORKDAY: an error start or day count fails its row only', () => {
    expect(duban.workday([[APR_28], [VALUE], [MAY_11]], [[7]])).toEqual([[MAY_11], [valueError('开始日期为错误值 #VALUE!')], [43971]]);
    expect(duban.workday([[APR_28]], [[7], [errorInput('#DIV/0!')], [0]])).toEqual([[MAY_11], [valueError('天数为错误值 #DIV/0!')], [APR_28]]);
  });

  it('NETWORKDAYS: an error end date fails its row only', () => {
    expect(duban.networkdays([[APR_28]], [[MAY_11], [NA]])).toEqual([[8], [valueError('结束日期为错误值 #N/A')]]);
  });

  it('DEADLINE: an error in the deadline column fails that item only', () => {
    expect(duban.deadlineInForce([[APR_28]], [[''], [errorInput('#REF!')], ['长期']], [['县长批示']])).toEqual([
      [MAY_11],
      [valueError('办理时限为错误值 #REF!')],
      ['长期'],
    ]);
  });

  it('LEVEL: one error deadline gives one #VALUE!, the other items their color', () => {
    expect(duban.level([[MAY_11], [VALUE], [MAY_11]], [[''], [''], [MAY_14]], [[JUL_1]])).toEqual([['红'], [valueError('时限为错误值 #VALUE!')], ['蓝']]);
    // An error completion date, here as the data-types ErrorCellValue.
    expect(duban.level([[MAY_11], [MAY_11]], [[''], [errorCellValueInput('#N/A', 'NotAvailable')]], [[JUL_1]])).toEqual([
      ['红'],
      [valueError('完成时间为错误值 #N/A')],
    ]);
  });

  it('OVERDUE and NEXTNOTICE: the error row alone fails', () => {
    expect(duban.overdue([[MAY_11], [NA]], [['']], [[JUL_1]])).toEqual([[51], [valueError('时限为错误值 #N/A')]]);
    expect(duban.nextNotice([[MAY_11], [NA]], [['']], [[JUL_1]])).toEqual([[JUL_8], [valueError('时限为错误值 #N/A')]]);
  });

  it('SCORE: an error count fails that unit only', () => {
    expect(duban.score([[1], [0], [0]], [[1], [NA], [0]], [[4], [0], [0]], [[1], [20], [20]])).toEqual([
      [-23],
      [valueError('黄色督办单数为错误值 #N/A')],
      [45],
    ]);
  });

  it('TIER and BONUS: an error rank or tier fails that person only', () => {
    // 10 people: ranks 1–2 tier 1, rank 10 tier 3.
    expect(duban.tier([[1], [NA], [10]], [[10]])).toEqual([[1], [valueError('排名为错误值 #N/A')], [3]]);
    // Standard 20,000: base 12,000; tiered 8,000 × 1.2 = 9,600 in tier 1, × 0.8 = 6,400 in tier 3.
    expect(duban.bonus([[20_000]], [[1], [VALUE], [3]], [[10]], [[2]], [[1]])).toEqual([[21_600], [valueError('等次为错误值 #VALUE!')], [18_400]]);
  });

  it('gives one error when a whole argument is an error value', () => {
    expect(duban.isWorkday([[NA]])).toEqual([[valueError('日期为错误值 #N/A')]]);
    expect(duban.workday([[APR_28], [MAY_11]], [[NA]])).toEqual([[valueError('天数为错误值 #N/A')]]);
    expect(duban.level([[MAY_11], [MAY_11]], [['']], [[errorCellValueInput('#VALUE!', 'Value')]])).toEqual([[valueError('统计日期为错误值 #VALUE!')]]);
  });

  it('nests: LEVEL over a DEADLINE spill with one bad row answers every other row', () => {
    // Three items assigned Apr 28 by the county head (7 working days → May 11); the second one's
    // deadline text cannot be read, so DEADLINE gives #VALUE! there.
    const deadlines = duban.deadlineInForce([[APR_28]], [[''], ['下周'], ['长期']], [['县长批示']]);
    expect(deadlines[1][0]).toEqual(valueError('办理时限：无法识别的时限写法'));
    // In Excel only the error code reaches LEVEL.
    expect(duban.level(asExcelPassesOn(deadlines), [['']], [[JUL_1]])).toEqual([['红'], [valueError('时限为错误值 #VALUE!')], ['']]);
    // Called directly, our own error keeps its reason, and LEVEL passes it on.
    expect(duban.level(deadlines, [['']], [[JUL_1]])).toEqual([['红'], [valueError('时限有误：办理时限：无法识别的时限写法')], ['']]);
  });
});

describe('rule settings', () => {
  it('reads the rules saved in the workbook settings, lazily, with 湘阴2020 as the default', () => {
    const saved = { version: 1, rules: { deadlines: { defaultWorkingDaysBySource: { 会议交办: 3 } } } };
    withOfficeSettings({ 'duban.settings': JSON.stringify(saved) }, () => {
      // Apr 29, Apr 30, (May 1–5 off), May 6.
      expect(duban.deadlineInForce([[APR_28]], [['']], [['会议交办']])).toEqual([[MAY_6]]);
    });
    withOfficeSettings({}, () => {
      expect(duban.deadlineInForce([[APR_28]], [['']], [['县长批示']])).toEqual([[MAY_11]]);
    });
    // Outside Excel (no Office global) the preset applies.
    expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([[JUL_8]]);
  });

  it('falls back to 湘阴2020 when the saved rules are invalid, and still computes', () => {
    const invalid = { version: 1, rules: { escalation: { redRepeatDays: 'often' } } };
    withOfficeSettings({ 'duban.settings': JSON.stringify(invalid) }, () => {
      expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([[JUL_8]]);
    });
    withOfficeSettings({ 'duban.settings': '{not json' }, () => {
      expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([[JUL_8]]);
    });
    // Valid rules, to show the two cases above were read: no repeating red → no next notice.
    withOfficeSettings({ 'duban.settings': JSON.stringify({ version: 1, rules: { escalation: { redRepeatDays: 0 } } }) }, () => {
      expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([['']]);
    });
  });

  it('reads settings saved as an object, and takes 湘阴2020 when the settings cannot be read', () => {
    withOfficeSettings({ 'duban.settings': { version: 1, rules: { escalation: { redRepeatDays: 0 } } } }, () => {
      expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([['']]);
    });
    const get = () => {
      throw new Error('settings not loaded');
    };
    Object.assign(globalThis, { Office: { context: { document: { settings: { get } } } } });
    try {
      expect(duban.nextNotice([[MAY_11]], [['']], [[JUL_1]])).toEqual([[JUL_8]]);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
