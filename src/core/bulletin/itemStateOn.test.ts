import type { ItemEscalation } from '../escalation/escalate';
import { deadlineOn, escalationsOn, isDoneOn } from './itemStateOn';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

function escalation(deadline: DateOnly | null, doneOn: DateOnly | null, opts: { noDate?: boolean; extended?: [DateOnly, DateOnly] } = {}): ItemEscalation {
  // An extended item always has its deadline (the extended one).
  const ext = opts.extended && deadline !== null ? { until: deadline, original: opts.extended[0], appliedOn: opts.extended[1] } : null;
  return {
    item: {
      row: 3, id: 'A1', title: 'A1', source: null, units: ['县住建局'], coUnits: [], leader: null, assigned: dateOnly('2020-05-01'), deadline: { kind: 'blank' }, deadlineCell: null,
      completed: doneOn, status: null, doneByStatus: opts.noDate === true, rejected: false,
      extension: ext ? { until: ext.until, appliedOn: ext.appliedOn, appliedOnCell: 'L3', approver: null, approved: true, cell: 'K3' } : null, remark: null,
    },
    deadline: { deadline, longTerm: false, original: ext ? ext.original : deadline, extension: ext ? { until: ext.until, approver: null } : null, problems: [] },
    done: doneOn !== null || opts.noDate === true,
    doneOn,
    level: null,
    status: '—',
    notices: [],
    dueSoon: null,
  };
}

describe('isDoneOn', () => {
  it('is done from the completion date on', () => {
    const e = escalation(dateOnly('2020-05-11'), dateOnly('2020-05-14'));
    expect([isDoneOn(e, dateOnly('2020-05-13')), isDoneOn(e, dateOnly('2020-05-14')), isDoneOn(e, dateOnly('2020-06-01'))]).toEqual([false, true, true]);
  });
  it('takes an item done by status, with no date, as done on any date; an open item on none', () => {
    expect(isDoneOn(escalation(dateOnly('2020-03-31'), null, { noDate: true }), dateOnly('2020-01-01'))).toBe(true);
    expect(isDoneOn(escalation(dateOnly('2020-03-31'), null), dateOnly('2020-12-31'))).toBe(false);
  });
});

describe('deadlineOn', () => {
  // Due 06-05, extension to 07-15 applied for on 06-03.
  const e = escalation(dateOnly('2020-07-15'), null, { extended: [dateOnly('2020-06-05'), dateOnly('2020-06-03')] });
  it('is the original deadline before the extension was applied for, the extended one from then on', () => {
    expect([deadlineOn(e, dateOnly('2020-05-31')), deadlineOn(e, dateOnly('2020-06-02')), deadlineOn(e, dateOnly('2020-06-03')), deadlineOn(e, dateOnly('2020-07-01'))]).toEqual([dateOnly('2020-06-05'), dateOnly('2020-06-05'), dateOnly('2020-07-15'), dateOnly('2020-07-15')]);
  });
  it('is the deadline in force when there is no extension', () => {
    expect(deadlineOn(escalation(dateOnly('2020-05-11'), null), dateOnly('2020-01-01'))).toBe('2020-05-11');
  });
});

describe('escalationsOn', () => {
  it('turns back what changed after the date and passes the rest through', () => {
    const late = escalation(dateOnly('2020-05-11'), dateOnly('2020-06-15'));
    const early = escalation(dateOnly('2020-05-11'), dateOnly('2020-05-10'));
    const extended = escalation(dateOnly('2020-07-15'), null, { extended: [dateOnly('2020-06-05'), dateOnly('2020-06-03')] });
    const [a, b, c] = escalationsOn([late, early, extended], dateOnly('2020-05-31'));
    expect([a.done, a.doneOn, a.deadline.deadline]).toEqual([false, null, '2020-05-11']);
    expect(b).toBe(early);
    expect([c.deadline.deadline, c.deadline.extension]).toEqual(['2020-06-05', null]);
    expect(late.done).toBe(true);
  });
});
