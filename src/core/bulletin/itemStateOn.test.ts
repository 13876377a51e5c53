import type { ItemEscalation } from '../escalation/escalate';
import { deadlineOn, escalationsOn, isDoneOn } from './itemStateOn';

function escalation(deadline: string | null, doneOn: string | null, opts: { noDate?: boolean; extended?: [string, string] } = {}): ItemEscalation {
  const ext = opts.extended;
  return {
    item: {
      row: 3, id: 'A1', title: 'A1', source: null, units: ['县住建局'], coUnits: [], leader: null, assigned: '2020-05-01', deadline: { kind: 'blank' }, deadlineCell: null,
      completed: doneOn, status: null, doneByStatus: opts.noDate === true, rejected: false,
      extension: ext ? { until: deadline as string, appliedOn: ext[1], appliedOnCell: 'L3', approver: null, approved: true, cell: 'K3' } : null, remark: null,
    },
    deadline: { deadline, longTerm: false, original: ext ? ext[0] : deadline, extension: ext ? { until: deadline as string, approver: null } : null, problems: [] },
    done: doneOn !== null || opts.noDate === true,
    doneOn,
    level: null,
    status: '—',
    notices: [],
  };
}

describe('isDoneOn', () => {
  it('is done from the completion date on', () => {
    const e = escalation('2020-05-11', '2020-05-14');
    expect([isDoneOn(e, '2020-05-13'), isDoneOn(e, '2020-05-14'), isDoneOn(e, '2020-06-01')]).toEqual([false, true, true]);
  });
  it('takes an item done by status, with no date, as done on any date; an open item on none', () => {
    expect(isDoneOn(escalation('2020-03-31', null, { noDate: true }), '2020-01-01')).toBe(true);
    expect(isDoneOn(escalation('2020-03-31', null), '2020-12-31')).toBe(false);
  });
});

describe('deadlineOn', () => {
  // Due 06-05, extension to 07-15 applied for on 06-03.
  const e = escalation('2020-07-15', null, { extended: ['2020-06-05', '2020-06-03'] });
  it('is the original deadline before the extension was applied for, the extended one from then on', () => {
    expect([deadlineOn(e, '2020-05-31'), deadlineOn(e, '2020-06-02'), deadlineOn(e, '2020-06-03'), deadlineOn(e, '2020-07-01')]).toEqual(['2020-06-05', '2020-06-05', '2020-07-15', '2020-07-15']);
  });
  it('is the deadline in force when there is no extension', () => {
    expect(deadlineOn(escalation('2020-05-11', null), '2020-01-01')).toBe('2020-05-11');
  });
});

describe('escalationsOn', () => {
  it('turns back what changed after the date and passes the rest through', () => {
    const late = escalation('2020-05-11', '2020-06-15');
    const early = escalation('2020-05-11', '2020-05-10');
    const extended = escalation('2020-07-15', null, { extended: ['2020-06-05', '2020-06-03'] });
    const [a, b, c] = escalationsOn([late, early, extended], '2020-05-31');
    expect([a.done, a.doneOn, a.deadline.deadline]).toEqual([false, null, '2020-05-11']);
    expect(b).toBe(early);
    expect([c.deadline.deadline, c.deadline.extension]).toEqual(['2020-06-05', null]);
    expect(late.done).toBe(true);
  });
});
