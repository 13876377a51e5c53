import { dateOnly } from '../../../test/support/dateOnly';
import { compareNoticeWithPackage } from './compareNoticeWithPackage';

describe('compareNoticeWithPackage', () => {
  it('finds nothing where the notice and the package agree (2020 国庆: 10-01…08 off, 09-27 and 10-10 上班)', () => {
    const days = [
      { date: dateOnly('2020-10-01'), kind: 'holiday' as const, name: '中秋节、国庆节' },
      { date: dateOnly('2020-10-08'), kind: 'holiday' as const, name: '中秋节、国庆节' },
      { date: dateOnly('2020-09-27'), kind: 'workday' as const, name: '中秋节、国庆节' },
      { date: dateOnly('2020-10-10'), kind: 'workday' as const, name: '中秋节、国庆节' },
    ];
    expect(compareNoticeWithPackage(days)).toEqual([]);
  });

  it('flags a day off the package has as working, and a 上班 day it has off', () => {
    const off = { date: dateOnly('2020-10-09'), kind: 'holiday' as const, name: '国庆节' }; // a Friday, worked
    const work = { date: dateOnly('2020-10-03'), kind: 'workday' as const, name: '国庆节' }; // a Saturday inside the holiday
    expect(compareNoticeWithPackage([off, work])).toEqual([
      { day: off, packageWorking: true },
      { day: work, packageWorking: false },
    ]);
  });

  it('says nothing about a year the package does not know', () => {
    expect(compareNoticeWithPackage([{ date: dateOnly('2099-10-05'), kind: 'holiday', name: '国庆节' }])).toEqual([]);
  });
});
