/**
 * functions.ts runs inside Excel, where Office.js provides the CustomFunctions global; here a
 * minimal stand-in records how failures are reported.
 */
class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

Object.assign(globalThis, {
  CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!' } },
});

// Imported after the stand-in is installed (jest hoists nothing here: plain require order).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isWorkday, networkdays, workday } = require('./functions') as typeof import('./functions');

describe('worksheet functions', () => {
  it('return plain values Excel can show', () => {
    expect(workday('2020-04-28', 7)).toBe(43962); // 2020-05-11
    expect(isWorkday(43960)).toBe(true); // Sat 2020-05-09, 调休
    expect(networkdays('2020-04-28', '2020-05-11')).toBe(8);
  });

  it('report bad input as a #VALUE! CustomFunctions.Error with a Chinese message', () => {
    let thrown: unknown;
    try {
      workday('abc', 7);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeCustomFunctionsError);
    expect(thrown).toMatchObject({ code: '#VALUE!', message: '开始日期：不是有效日期' });
  });

  it('report an unknown year as a #VALUE! error naming it', () => {
    expect(() => isWorkday('1999-10-08')).toThrow('节假日数据不含1999年，无法判断工作日');
  });
});
