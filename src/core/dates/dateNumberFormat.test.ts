import { isDateNumberFormat } from './dateNumberFormat';

describe('isDateNumberFormat', () => {
  it.each([
    'yyyy-mm-dd',
    'yyyy/m/d',
    'm/d/yy',
    'mm-dd-yy',
    'd-mmm',
    'mmm-yy',
    'yyyy"年"m"月"d"日"',
    'yyyy"年"m"月"d"日";@',
    'm"月"d"日"',
    'm"月"',
    'yyyy\\年m\\月',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    'yyyy-mm-dd hh:mm',
    'YYYY-MM-DD',
  ])('%s is a date', (code) => {
    expect(isDateNumberFormat(code)).toBe(true);
  });

  it.each([
    'General',
    'general',
    '@',
    '0',
    '0.00',
    '#,##0',
    '0.0%',
    '0.00E+00',
    '[Red]0',
    'h:mm',
    'h:mm AM/PM',
    'mm:ss',
    '[h]:mm:ss',
    '[mm]:ss',
    'h"时"mm"分"',
    '"day "0',
    '0\\d',
    '0_d',
    '',
  ])('%s is not a date', (code) => {
    expect(isDateNumberFormat(code)).toBe(false);
  });

  it('knows no date format for a cell without one', () => {
    expect(isDateNumberFormat(null)).toBe(false);
    expect(isDateNumberFormat(undefined)).toBe(false);
  });
});
