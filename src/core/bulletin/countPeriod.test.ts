import type { ItemEscalation, LoggedNotice } from '../escalation/escalate';
import { countPeriod } from './countPeriod';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

function escalation(assigned: DateOnly | null, deadline: DateOnly | null, doneOn: DateOnly | null): ItemEscalation {
  return {
    item: {
      row: 3, id: 'A', title: 'A', source: null, units: ['县住建局'], coUnits: [], leader: null, assigned, deadline: { kind: 'blank' }, deadlineCell: null,
      completed: doneOn, status: null, doneByStatus: false, rejected: false, extension: null, remark: null,
    },
    deadline: { deadline, longTerm: deadline === null, original: deadline, extension: null, problems: [] },
    done: doneOn !== null,
    doneOn,
    level: null,
    status: '—',
    notices: [],
    dueSoon: null,
  };
}
const notice = (color: LoggedNotice['color'], issueDate: DateOnly, voided = false): LoggedNotice => ({ number: null, color, itemId: 'A', unit: '县住建局', issueDate, voided });

describe('countPeriod', () => {
  it('counts the first and last day of the period in, the day after out', () => {
    const items = [
      escalation(dateOnly('2020-05-01'), dateOnly('2020-05-15'), dateOnly('2020-05-15')), // assigned on the first day, done on its deadline: on time
      escalation(dateOnly('2020-05-31'), dateOnly('2020-06-10'), null), // assigned on the last day, open
      escalation(dateOnly('2020-06-01'), dateOnly('2020-06-10'), null), // after the period: not counted at all
      escalation(dateOnly('2020-04-01'), dateOnly('2020-05-30'), dateOnly('2020-06-02')), // done after the period: open and overdue on 05-31
      escalation(dateOnly('2020-04-01'), dateOnly('2020-05-31'), null), // due on the last day: open, not yet overdue
    ];
    expect(countPeriod(items, [], dateOnly('2020-05-01'), dateOnly('2020-05-31'))).toEqual({ assigned: 2, done: 1, doneOnTime: 1, open: 3, overdue: 1, notices: { blue: 0, yellow: 0, red: 0 } });
  });

  it('keeps an item with no assigned date out of "assigned" but counts it open and overdue', () => {
    expect(countPeriod([escalation(null, dateOnly('2020-05-11'), null)], [], dateOnly('2020-05-01'), dateOnly('2020-05-31'))).toMatchObject({ assigned: 0, open: 1, overdue: 1 });
  });

  it('counts an item completed after its deadline as done, not on time, and a long-term item as open, never overdue', () => {
    const items = [escalation(dateOnly('2020-04-01'), dateOnly('2020-05-11'), dateOnly('2020-05-14')), escalation(dateOnly('2020-03-01'), null, null)];
    expect(countPeriod(items, [], dateOnly('2020-05-01'), dateOnly('2020-05-31'))).toMatchObject({ done: 1, doneOnTime: 0, open: 1, overdue: 0 });
  });

  it('counts valid notices of the log issued in the period, by color', () => {
    const log = [notice('blue', dateOnly('2020-04-30')), notice('blue', dateOnly('2020-05-01')), notice('yellow', dateOnly('2020-05-06')), notice('red', dateOnly('2020-05-16'), true), notice('red', dateOnly('2020-05-31')), notice('red', dateOnly('2020-06-01'))];
    expect(countPeriod([], log, dateOnly('2020-05-01'), dateOnly('2020-05-31')).notices).toEqual({ blue: 1, yellow: 1, red: 1 });
  });
});
