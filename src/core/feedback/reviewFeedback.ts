import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation } from '../escalation/escalate';
import type { Problem } from '../problems';
import { answerKey, type FeedbackRecord } from './feedbackLog';
import type { UnitReply } from './readUnitReply';
import { fingerprintItems, itemKey } from './unitList';

/** A returned list and where it came from. */
export interface ReplySource {
  /** What 反馈登记's 来源 says: the file name ('回复1.xlsx'), or the sheet pasted into the workbook. */
  source: string;
  /** Where its cells are, for problems: '[回复1.xlsx]县住建局-督办清单' (Excel's way of naming another workbook's sheet), or the sheet. */
  place: string;
  reply: UnitReply;
}

/** An answer to register, and the ledger cell its completion date may fill. */
export interface ReviewedAnswer {
  record: FeedbackRecord;
  /** The empty 完成时间 cell of the item in the ledger, when the answer reports a date it lacks. */
  fill: LedgerFill | null;
}

export interface LedgerFill {
  row: number;
  col: number;
  date: DateOnly;
}

export interface FeedbackReview {
  /** New answers, in the order of the lists and their rows. */
  answers: ReviewedAnswer[];
  /** Completion dates the ledger lacks from answers registered before (a list applied later with --apply). */
  earlierFills: LedgerFill[];
  /** Answers already in 反馈登记. */
  duplicates: number;
  /** Item rows the units left blank. */
  blank: number;
  /** Whole lists not taken, each with why. */
  refused: Array<{ source: string; message: string }>;
  /** Rows left out (errors) and answers taken with a remark (warnings), each naming its cell. */
  problems: Problem[];
}

export interface ReviewInput {
  escalations: readonly ItemEscalation[];
  /** What 反馈登记 holds already. */
  register: readonly FeedbackRecord[];
  /** 收到日期: the day the answers are registered (a completion date after it is refused). */
  receivedOn: DateOnly;
  /** The ledger's 完成时间 column (1-based), null when it has none. */
  completedColumn: number | null;
}

/**
 * Checks the units' returned lists against the ledger and 反馈登记 (issue 21, SPEC §9 回收), and
 * says what to register and which empty 完成时间 cells the reported dates may fill. Nothing in
 * the ledger is overwritten, and nothing a clerk would not approve is registered:
 * - a list from another ledger (none of its items has the title the ledger gives its number) or
 *   from an older split than one the unit has already answered is refused whole;
 * - a row naming an item the ledger lacks (or gives two rows), or another unit's item, or reporting a completion date
 *   before the item was assigned or after the day it is received, is left out as an error;
 * - an answer already in 反馈登记 (the same list returned twice) is counted, not repeated.
 * A reported date fills the ledger only for an item of that unit alone, whose 完成时间 is empty.
 *
 * @example
 * // 县住建局 returns its 2020-05-20 list: DB-01 '已完成验收', 完成时间 2020-05-18 (ledger's is empty)
 * const review = reviewFeedback([{ source: '回复.xlsx', place: '[回复.xlsx]县住建局', reply }], { escalations, register: [], receivedOn: '2020-05-22', completedColumn: 9 });
 * review.answers.map((a) => [a.record.key, a.fill]) // → [['DB-01', { row: 5, col: 9, date: '2020-05-18' }]]
 */
export function reviewFeedback(replies: readonly ReplySource[], input: ReviewInput): FeedbackReview {
  const { receivedOn, completedColumn } = input;
  const items = new Map<string, ItemEscalation>();
  // A 事项编号 the ledger gives two rows names neither for sure: its answers wait for the ledger to be fixed.
  const twice = new Map<string, number[]>();
  for (const e of input.escalations) {
    const key = itemKey(e.item);
    const first = items.get(key);
    if (first === undefined) items.set(key, e);
    else twice.set(key, [...(twice.get(key) ?? [first.item.row]), e.item.row]);
  }
  const review: FeedbackReview = { answers: [], earlierFills: [], duplicates: 0, blank: 0, refused: [], problems: [] };

  // Lists of this ledger: at least one item has the title the ledger gives its key.
  const ours = replies.filter(({ source, reply }) => {
    if (reply.items.length === 0) return true;
    const current = reply.items.map((i) => ({ key: i.key, title: items.get(i.key)?.item.title ?? '' }));
    if (fingerprintItems(current) === reply.fingerprint || current.some((c, k) => c.title !== '' && c.title === reply.items[k].title)) return true;
    review.refused.push({ source, message: `「${source}」来自另一份台账：清单中的 ${reply.items.length} 项没有一项与本台账的编号和名称相符，未导入` });
    return false;
  });

  // A unit's newest list, in 反馈登记 or in this batch: an older one is not taken over it.
  const newest = new Map<string, DateOnly>();
  const seeNewest = (unit: string, date: DateOnly) => {
    const seen = newest.get(unit);
    if (seen === undefined || date > seen) newest.set(unit, date);
  };
  for (const r of input.register) seeNewest(r.unit, r.listDate);
  for (const { reply } of ours) seeNewest(reply.unit, reply.asOf);

  const known = new Set(input.register.map(answerKey));
  const filling = new Set<number>();
  let noColumnSaid = false;
  for (const { source, place, reply } of ours) {
    const latest = newest.get(reply.unit) as DateOnly;
    if (reply.asOf < latest) {
      review.refused.push({
        source,
        message: `「${source}」是${reply.unit} ${reply.asOf} 的旧清单，该单位已交回 ${latest} 的清单，旧清单未导入（以免旧进展记在新进展之后）`,
      });
      continue;
    }
    review.blank += reply.blank;
    for (const p of reply.problems) review.problems.push({ ...p, sheet: place });
    const at = (severity: Problem['severity'], code: string, message: string, cell: string, row: number) =>
      review.problems.push({ severity, code, message, sheet: place, cell, row });
    for (const row of reply.rows) {
      const e = items.get(row.key);
      if (e === undefined) {
        at('error', 'feedback.unknown-item', `台账中没有编号为“${row.key}”的事项，这一行未导入`, row.keyCell, row.row);
        continue;
      }
      const rows = twice.get(row.key);
      if (rows !== undefined) {
        at('error', 'feedback.duplicate-key', `台账中有 ${rows.length} 行的编号都是“${row.key}”（第${rows.join('、')}行），无法确定是哪一项，这一行未导入：请先改正台账中的编号`, row.keyCell, row.row);
        continue;
      }
      if (!e.item.units.includes(reply.unit)) {
        at('error', 'feedback.other-unit', `事项“${row.key}”的承办单位是${e.item.units.join('、') || '（空）'}，不是${reply.unit}，这一行未导入`, row.keyCell, row.row);
        continue;
      }
      if (row.completed !== null && row.completed > receivedOn) {
        at('error', 'feedback.completed-future', `报告的完成时间 ${row.completed} 晚于收到日期 ${receivedOn}，这一行未导入`, row.completedCell, row.row);
        continue;
      }
      if (row.completed !== null && e.item.assigned !== null && row.completed < e.item.assigned) {
        at('error', 'feedback.completed-before-assigned', `报告的完成时间 ${row.completed} 早于交办时间 ${e.item.assigned}，这一行未导入`, row.completedCell, row.row);
        continue;
      }
      if (row.title !== e.item.title && e.item.id === null) {
        // Without an 编号 the row number is all that ties them: another title there is another item.
        at('error', 'feedback.row-moved', `没有编号的事项按台账行号对应：${row.key}现在是“${e.item.title}”，不是清单中的“${row.title}”（台账在分发后插入或删除过行），这一行未导入`, row.keyCell, row.row);
        continue;
      }
      if (row.title !== e.item.title) {
        at('warning', 'feedback.title-changed', `事项“${row.key}”在台账中的名称是“${e.item.title}”，清单中是“${row.title}”：已按编号登记`, row.keyCell, row.row);
      }

      let fill: LedgerFill | null = null;
      if (row.completed !== null) {
        if (completedColumn === null) {
          if (!noColumnSaid) review.problems.push({ severity: 'warning', code: 'feedback.no-completed-column', message: '台账没有“完成时间”列，报告的完成时间只登记、不填入台账' });
          noColumnSaid = true;
        } else if (e.item.units.length > 1) {
          at('warning', 'feedback.shared-item', `事项“${row.key}”由${e.item.units.join('、')}共同承办，${reply.unit}报告的完成时间只登记，请核实后在台账中填写`, row.completedCell, row.row);
        } else if (e.item.completed !== null) {
          if (e.item.completed !== row.completed) {
            at('warning', 'feedback.completed-differs', `台账中事项“${row.key}”的完成时间是 ${e.item.completed}，单位报告的是 ${row.completed}：台账未改动`, row.completedCell, row.row);
          }
        } else if (!filling.has(e.item.row)) {
          filling.add(e.item.row);
          fill = { row: e.item.row, col: completedColumn, date: row.completed };
        }
      }

      const record: FeedbackRecord = {
        receivedOn,
        unit: reply.unit,
        key: row.key,
        title: row.title,
        progress: row.progress,
        completed: row.completed,
        evidence: row.evidence,
        contact: row.contact,
        listDate: reply.asOf,
        source,
        applied: '',
      };
      const key = answerKey(record);
      if (known.has(key)) {
        review.duplicates++;
        if (fill !== null) review.earlierFills.push(fill);
        continue;
      }
      known.add(key);
      review.answers.push({ record, fill });
    }
  }
  return review;
}
