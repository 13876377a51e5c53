import { createWorkCalendar } from '../../src/core/calendar';
import { escalate, type ItemEscalation } from '../../src/core/escalation/escalate';
import type { LedgerItem } from '../../src/core/ledger/ledgerItem';
import type { LogEntry } from '../../src/core/notices/noticeLog';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import type { DateOnly } from '../../src/core/dates/dateOnly';
import { dateOnly } from './dateOnly';
import type { CellValue } from '../../src/core/cells';
import type { SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';
import { dateToSerial } from '../../src/core/dates/excelSerial';
import { LIST_COLUMNS, fingerprintItems, formatListMark } from '../../src/core/feedback/unitList';

/**
 * TEST helper: a small ledger for 分发 and 回收, escalated as of 2020-05-20 under 湘阴2020.
 * - DB-01 县住建局, assigned 04-28, due 05-11, open: blue 05-11 and yellow 05-18 (05-16 is a
 *   Saturday) logged as 督〔2020〕蓝1号 and 督〔2020〕黄1号; 9 days overdue on 05-20.
 * - DB-02 县财政局, due 05-11, completed 05-14: done.
 * - DB-03 县住建局 and 县发改局 together, assigned 05-06, due 06-30: open, not yet due.
 * - row 6, no 事项编号, 县教育局, assigned 05-06, 长期.
 * - DB-05 县工信局, assigned 06-01: after the as-of date.
 */
export const FEEDBACK_AS_OF = dateOnly('2020-05-20');

function item(row: number, id: string | null, title: string, units: string[], assigned: string, deadline: LedgerItem['deadline'], completed: string | null = null): LedgerItem {
  return {
    row, id, title, source: '县长批示', units, coUnits: [], leader: null, assigned: dateOnly(assigned), deadline, deadlineCell: `F${row}`,
    completed: completed === null ? null : dateOnly(completed), status: null, doneByStatus: false, rejected: false, extension: null, remark: null,
  };
}
const due = (date: string): LedgerItem['deadline'] => ({ kind: 'date', date: dateOnly(date) });

export const FEEDBACK_ITEMS: LedgerItem[] = [
  item(2, 'DB-01', '背街小巷提质改造', ['县住建局'], '2020-04-28', due('2020-05-11')),
  item(3, 'DB-02', '落实春耕生产资金', ['县财政局'], '2020-04-28', due('2020-05-11'), '2020-05-14'),
  item(4, 'DB-03', '推进县城污水管网改造', ['县住建局', '县发改局'], '2020-05-06', due('2020-06-30')),
  item(6, null, '优化营商环境', ['县教育局'], '2020-05-06', { kind: 'longTerm' }),
  item(7, 'DB-05', '建设智慧城市平台', ['县工信局'], '2020-06-01', due('2020-12-31')),
];

function logged(row: number, number: string, color: LogEntry['color'], issueDate: DateOnly): LogEntry {
  return { row, number, color, itemId: 'DB-01', unit: '县住建局', issueDate, voided: false, dueDate: issueDate, deadline: dateOnly('2020-05-11'), daysOverdue: null, signatory: '', title: '背街小巷提质改造', remark: '' };
}

export const FEEDBACK_LOG: LogEntry[] = [
  logged(2, '督〔2020〕蓝1号', 'blue', dateOnly('2020-05-11')),
  logged(3, '督〔2020〕黄1号', 'yellow', dateOnly('2020-05-18')),
];

/** The items escalated as of `asOf` (default 2020-05-20), with the log. */
export function feedbackEscalations(asOf: DateOnly = FEEDBACK_AS_OF, items: readonly LedgerItem[] = FEEDBACK_ITEMS): ItemEscalation[] {
  return escalate(items, { asOf, rules: XIANGYIN_2020, calendar: createWorkCalendar(), log: FEEDBACK_LOG }).items;
}

/** What a unit writes on one row of its list: 进展情况, 完成时间, 佐证材料, 联系人. */
export type Answers = [progress: CellValue, completed: CellValue, evidence: CellValue, contact: CellValue];

/**
 * TEST helper: a returned 督办清单 as an adapter reads it (values from A1): the title lines, the
 * header, one row per [key, title, answers?] and the list's own line, its fingerprint made from the
 * rows (as the list was written) unless given.
 */
export function replySheet(
  unit: string,
  rows: Array<[key: string, title: string, answers?: Answers]>,
  options: { asOf?: string; fingerprint?: string; name?: string; mark?: string } = {},
): SheetSnapshot {
  const asOf = options.asOf ?? '2020-05-20';
  const fingerprint = options.fingerprint ?? fingerprintItems(rows.map(([key, title]) => ({ key, title })));
  return {
    name: options.name ?? `${unit}-督办清单`,
    origin: { row: 1, col: 1 },
    values: [
      [`${unit}督办事项清单`],
      [`湘阴县人民政府督查室 · 截至${asOf}`],
      ['填报说明：只填写右侧浅黄色四列。'],
      Object.values(LIST_COLUMNS),
      ...rows.map(([key, title, answers]) => [key, title, '县长批示', 43962, '黄', '', 9, ...(answers ?? [null, null, null, null])]),
      [],
      [options.mark ?? formatListMark({ unit, asOf: dateOnly(asOf), fingerprint })],
    ],
  };
}

/** The Excel serial of a date (1900 system), as a unit's 完成时间 cell holds it. */
export const serialOf = (date: string) => dateToSerial(dateOnly(date));

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** As of 2020-05-20: DB-01 overdue (due 05-11), DB-02 done 05-14, DB-03 shared and not yet due. */
export function feedbackLedgerGrid(): CellValue[][] {
  return [
    ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间'],
    ['DB-01', '背街小巷提质改造', '县长批示', '县住建局', utc('2020-04-28'), utc('2020-05-11'), null],
    ['DB-02', '落实春耕生产资金', '县长批示', '县财政局', utc('2020-04-28'), utc('2020-05-11'), utc('2020-05-14')],
    ['DB-03', '推进县城污水管网改造', '会议交办', '县住建局、县发改局', utc('2020-05-06'), utc('2020-06-30'), null],
  ];
}

