import { parseDateCell } from '../dates/parseDateCell';
import type { DateOnly } from '../dates/dateOnly';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import { cellText, readTable, writtenTableSpec } from '../tables/readTable';

/** The append-only register of the units' answers (SPEC §9 回收): one row per answer received. */
export const FEEDBACK_SHEET = '反馈登记';

/** Its columns, in order, as written and read back. */
export const FEEDBACK_COLUMNS = {
  receivedOn: '收到日期',
  unit: '单位',
  key: '事项编号',
  title: '事项名称',
  progress: '进展情况',
  completed: '报告完成时间',
  evidence: '佐证材料',
  contact: '联系人',
  listDate: '清单日期',
  source: '来源',
  applied: '填入台账',
} as const;

export type FeedbackColumn = keyof typeof FEEDBACK_COLUMNS;

/** One answer: a row of 反馈登记. */
export interface FeedbackRecord {
  receivedOn: DateOnly;
  unit: string;
  key: string;
  title: string;
  progress: string | null;
  completed: DateOnly | null;
  evidence: string | null;
  contact: string | null;
  /** The as-of date of the list the answer came on. */
  listDate: DateOnly;
  /** The file, or the sheet pasted into the workbook, the answer came from. */
  source: string;
  /** The ledger cell its completion date was written to ('督办台账!K12'), or why not; '' when none was reported. */
  applied: string;
}

/** What makes two answers the same answer: a list sent back twice adds nothing. */
export type AnswerFields = Pick<FeedbackRecord, 'unit' | 'key' | 'progress' | 'completed' | 'evidence' | 'contact' | 'listDate'>;

/**
 * The identity of an answer: unit, item, the four answers and the list's date. When and from
 * which file it came do not count, so the same list returned twice (or pasted again) is seen.
 *
 * @example
 * answerKey({ unit: '县住建局', key: 'DB-01', progress: '已完成', completed: '2020-05-18', evidence: null, contact: null, listDate: '2020-05-20' })
 * // → '县住建局\u0000DB-01\u0000已完成\u00002020-05-18\u0000\u0000\u00002020-05-20'
 */
export function answerKey(a: AnswerFields): string {
  return [a.unit, a.key, a.progress ?? '', a.completed ?? '', a.evidence ?? '', a.contact ?? '', a.listDate].join('\u0000');
}

const SPEC = writtenTableSpec(FEEDBACK_COLUMNS);

/**
 * The answers already registered, as far as they can be read: a row a clerk has edited so that
 * its dates no longer read is left out (it can only make an answer count as new again).
 *
 * @example
 * parseFeedbackLog(sheet).map((r) => [r.unit, r.key, r.listDate]) // → [['县住建局', 'DB-01', '2020-05-20']]
 */
export function parseFeedbackLog(sheet: SheetSnapshot): FeedbackRecord[] {
  const table = readTable(sheet, SPEC, 4);
  if (table === null) return [];
  const records: FeedbackRecord[] = [];
  const date1904 = sheet.date1904;
  for (const r of table.rows) {
    const text = (c: FeedbackColumn) => cellText(r.get(c));
    const receivedOn = parseDateCell(r.get('receivedOn'), { date1904 });
    const listDate = parseDateCell(r.get('listDate'), { date1904 });
    const completed = parseDateCell(r.get('completed'), { date1904 });
    if (!receivedOn.ok || receivedOn.value === null || !listDate.ok || listDate.value === null || !completed.ok) continue;
    if (text('unit') === '' || text('key') === '') continue;
    records.push({
      receivedOn: receivedOn.value,
      unit: text('unit'),
      key: text('key'),
      title: text('title'),
      progress: text('progress') || null,
      completed: completed.value,
      evidence: text('evidence') || null,
      contact: text('contact') || null,
      listDate: listDate.value,
      source: text('source'),
      applied: text('applied'),
    });
  }
  return records;
}
