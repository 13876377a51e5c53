import type { WorkCalendar } from '../calendar';
import { cellAddress } from '../cells';
import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation } from '../escalation/escalate';
import { createCalendarContext } from '../escalation/calendarContext';
import type { Problem } from '../problems';
import { REGISTER_SHEET, type UnitRecord } from '../register/parseUnitRegister';
import type { NoticeColor, RuleSet } from '../rules/ruleSet';
import { compareIds } from './compareIds';
import { composeSms } from './composeSms';
import { describeRequirement } from './describeRequirement';
import { NOTICE_LOG_SHEET, type LogEntry, type ParsedNoticeLog } from './noticeLog';
import { createNoticeNumberer } from './numberNotices';

/** Shown for a unit whose 主要负责人 the register does not give. */
export const HEAD_UNKNOWN = '（单位名册中未登记）';

/** A notice about to be issued: everything its page, its log row and its SMS need. */
export interface PlannedNotice {
  number: string;
  color: NoticeColor;
  /** 1 for blue/yellow and the first red; 2, 3 … for repeated reds. */
  sequence: number;
  itemId: string;
  /** 1-based ledger row of the item. */
  itemRow: number;
  title: string;
  source: string | null;
  unit: string;
  /** 主要负责人 from the register; null when it does not say. */
  head: string | null;
  /** 应发日期: the date the rules warrant the notice on. */
  dueDate: DateOnly;
  /** 发出日期: the due date (see planNotices). */
  issueDate: DateOnly;
  /** The deadline in force. */
  deadline: DateOnly;
  /** The deadline in force is an approved extension. */
  deadlineExtended: boolean;
  /** Whole calendar days past the deadline on the issue date. */
  daysOverdue: number;
  /** Yellow only: rectify by this date, when the red would otherwise follow. */
  rectifyBy: DateOnly | null;
  signatory: string;
  /** The 督办要求 paragraph. */
  requirement: string;
  /** The SMS/WeChat text, ≤ 70 characters. */
  sms: string;
}

/** What planning reads of an analysed ledger (LedgerAnalysis has all of it). */
export interface NoticePlanInput {
  asOf: DateOnly;
  rules: RuleSet;
  calendar: WorkCalendar;
  sheet: { name: string };
  mapping: { columns: { id?: number } };
  escalations: readonly ItemEscalation[];
  register: readonly UnitRecord[];
  log: readonly LogEntry[];
}

export interface NoticePlan {
  /** By issue date, then red → yellow → blue, then number. */
  notices: PlannedNotice[];
  problems: Problem[];
}

const COLOR_ORDER: Record<NoticeColor, number> = { red: 0, yellow: 1, blue: 2 };
const SEP = '\u0000';

interface Draft {
  e: ItemEscalation;
  /** The item's deadline in force (items without one get no notice). */
  deadline: DateOnly;
  itemId: string;
  color: NoticeColor;
  unit: string;
  date: DateOnly;
  sequence: number;
  daysOverdue: number;
}

/**
 * The notices to issue now (SPEC §4): every notice the escalation warrants up to asOf that the log
 * does not hold yet, numbered and written out.
 *
 * - A new notice's issue date (发出日期) is its scheduled due date (应发日期): the add-in records
 *   the notices the rules warrant up to asOf. When the office actually sent one later, staff
 *   correct 发出日期 in the log, and red timing then follows the actual yellow (escalate does it).
 * - Idempotent: a notice already in the log (same item id, unit, color and sequence, not voided)
 *   is not planned again, whatever its logged date; a voided one is warranted again and gets a
 *   new number, the voided row staying as it is.
 * - Numbers run per year (of the issue date) and color from 1 + the highest ever used in the log,
 *   voided included, so none is reused; within one run they are given in (date, unit, item id)
 *   order, so the same inputs always give the same numbers.
 * - Items without an id cannot be logged: reported ('notice.no-id', naming the id cell), the
 *   rest issued. An item+unit with a log row the reader left out is held back until the row is
 *   fixed, so a hand-edited row is never silently replaced by a renumbered notice.
 *
 * `log` is the log as read for issuing (with the numbers of rows left out of entries); without
 * it the analysis' valid entries stand for the whole log.
 *
 * @example
 * // escalations: escalate's for DB-01 (县住建局, 办理时限 2020-05-11) as of 2020-06-01; the log is empty
 * planNotices({ asOf: '2020-06-01', rules: XIANGYIN_2020, calendar, sheet: { name: '督办台账' }, mapping: { columns: { id: 1 } }, escalations, register: [], log: [] })
 *   .notices.map((n) => `${n.number} ${n.issueDate}`)
 * // → ['督〔2020〕蓝1号 2020-05-11', '督〔2020〕黄1号 2020-05-18', '督〔2020〕红1号 2020-05-28']
 */
export function planNotices(input: NoticePlanInput, log?: Pick<ParsedNoticeLog, 'entries' | 'numbers' | 'unreadable'>): NoticePlan {
  const { rules } = input;
  const problems: Problem[] = [];
  const entries = log?.entries ?? input.log;
  const logged = new Map<string, number>();
  for (const n of entries) {
    if (n.voided) continue;
    const key = `${n.itemId}${SEP}${n.unit}${SEP}${n.color}`;
    logged.set(key, (logged.get(key) ?? 0) + 1);
  }
  const held = new Map<string, number>();
  for (const u of log?.unreadable ?? []) {
    const key = `${u.itemId}${SEP}${u.unit}`;
    if (!held.has(key)) held.set(key, u.row);
  }

  const drafts: Draft[] = [];
  const planned = new Set<string>();
  const reportedHeld = new Set<string>();
  const idCol = input.mapping.columns.id;
  for (const e of input.escalations) {
    let itemProblem: 'no-id' | 'duplicate' | null = null;
    for (const n of e.notices) {
      if (n.issued) continue;
      const id = e.item.id;
      if (id === null) {
        itemProblem = 'no-id';
        continue;
      }
      const deadline = e.deadline.deadline;
      if (deadline === null) continue;
      if (n.sequence <= (logged.get(`${id}${SEP}${n.unit}${SEP}${n.color}`) ?? 0)) continue;
      const heldRow = held.get(`${id}${SEP}${n.unit}`);
      if (heldRow !== undefined) {
        const key = `${id}${SEP}${n.unit}`;
        if (!reportedHeld.has(key)) {
          reportedHeld.add(key);
          problems.push({
            severity: 'error',
            code: 'notice.log-row-invalid',
            sheet: NOTICE_LOG_SHEET,
            row: heldRow,
            message: `此行有误（见该行的问题）：事项「${id}」对「${n.unit}」暂不发新的督办单，请先改正该行`,
          });
        }
        continue;
      }
      const key = `${id}${SEP}${n.unit}${SEP}${n.color}${SEP}${n.sequence}`;
      if (planned.has(key)) {
        itemProblem = 'duplicate';
        continue;
      }
      planned.add(key);
      drafts.push({ e, deadline, itemId: id, color: n.color, unit: n.unit, date: n.date, sequence: n.sequence, daysOverdue: n.daysOverdue });
    }
    if (itemProblem !== null) problems.push(itemIdProblem(itemProblem, e, input.sheet.name, idCol));
  }

  drafts.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      compareIds(a.itemId, b.itemId) ||
      a.sequence - b.sequence,
  );

  const numberer = createNoticeNumberer(rules.notices.numberPrefix, log?.numbers ?? entries.map((n) => n.number ?? ''));
  const heads = headLookup(input.register);
  const missingHeads = new Set<string>();
  const ctx = createCalendarContext(input.calendar);
  const esc = rules.escalation;
  const notices = drafts.map((d): PlannedNotice => {
    const deadline = d.deadline;
    const record = heads.get(d.unit);
    const head = record?.head ?? null;
    if (head === null) missingHeads.add(d.unit);
    // Yellow: the date the red would follow on if the item stays open (附件第六条).
    let rectifyBy: DateOnly | null = null;
    if (d.color === 'yellow') {
      const red = ctx.step(d.date, esc.redAfterYellowDays, esc.dayKind === 'working');
      rectifyBy = esc.rollIssueToWorkingDay ? ctx.roll(red) : red;
    }
    const deadlineExtended = d.e.deadline.extension !== null;
    return {
      number: numberer.next(Number(d.date.slice(0, 4)), d.color),
      color: d.color,
      sequence: d.sequence,
      itemId: d.itemId,
      itemRow: d.e.item.row,
      title: d.e.item.title,
      source: d.e.item.source,
      unit: d.unit,
      head,
      dueDate: d.date,
      issueDate: d.date,
      deadline,
      deadlineExtended,
      daysOverdue: d.daysOverdue,
      rectifyBy,
      signatory: rules.notices.signatory[d.color],
      requirement: describeRequirement({ color: d.color, sequence: d.sequence, deadline, extended: deadlineExtended, daysOverdue: d.daysOverdue, rectifyBy }, rules),
      sms: composeSms({ office: rules.notices.office, unit: d.unit, title: d.e.item.title, color: d.color, deadline, issueDate: d.date }),
    };
  });
  notices.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0) || COLOR_ORDER[a.color] - COLOR_ORDER[b.color]);

  if (missingHeads.size > 0) problems.push(...headProblems(missingHeads, input.register, heads));
  return { notices, problems };
}

function itemIdProblem(kind: 'no-id' | 'duplicate', e: ItemEscalation, sheet: string, idCol: number | undefined): Problem {
  const message =
    kind === 'no-id'
      ? `事项「${e.item.title}」没有督办编号，应发的督办单未发出；填写编号（或添加“督办编号”列）后再生成`
      : `督办编号「${e.item.id}」与前面的事项重复，此行应发的督办单未发出；改正编号后再生成`;
  const p: Problem = { severity: 'warning', code: kind === 'no-id' ? 'notice.no-id' : 'notice.duplicate-id', sheet, row: e.item.row, message };
  // The id cell when there is an id column; else the row (the missing column is reported by checkIds).
  if (idCol !== undefined) p.cell = cellAddress(e.item.row, idCol);
  return p;
}

/** Register entries by name and alias (the ledger's units are already canonical; aliases are a safety net). */
function headLookup(register: readonly UnitRecord[]): Map<string, UnitRecord> {
  const map = new Map<string, UnitRecord>();
  for (const u of register) if (!map.has(u.name)) map.set(u.name, u);
  for (const u of register) for (const a of u.aliases) if (!map.has(a)) map.set(a, u);
  return map;
}

function headProblems(units: Set<string>, register: readonly UnitRecord[], heads: Map<string, UnitRecord>): Problem[] {
  if (register.length === 0) {
    return [
      {
        severity: 'warning',
        code: 'notice.no-head',
        message: `工作簿中没有「${REGISTER_SHEET}」表：督办单上各单位的主要负责人写作“${HEAD_UNKNOWN}”，请建立单位名册`,
      },
    ];
  }
  return [...units].map((unit): Problem => {
    const record = heads.get(unit);
    if (record === undefined) {
      return { severity: 'warning', code: 'notice.no-head', sheet: REGISTER_SHEET, message: `没有「${unit}」：督办单上的主要负责人写作“${HEAD_UNKNOWN}”` };
    }
    return {
      severity: 'warning',
      code: 'notice.no-head',
      sheet: REGISTER_SHEET,
      row: record.row,
      message: `「${unit}」未填主要负责人：督办单上写作“${HEAD_UNKNOWN}”`,
    };
  });
}
