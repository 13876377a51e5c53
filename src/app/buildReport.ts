import type { BonusResult } from '../core/bonus/computeBonuses';
import { yearOf, type DateOnly } from '../core/dates/dateOnly';
import type { ItemEscalation } from '../core/escalation/escalate';
import { composeDueSoonSms } from '../core/notices/composeSms';
import type { NoticeColor } from '../core/rules/ruleSet';
import { assessmentSpan } from '../core/scoring/assessmentSpan';
import type { AccountabilityFlags, UnitScore, UnitShortlist } from '../core/scoring/scoreUnits';
import type { LedgerAnalysis } from './analyzeWorkbook';
import type { IssuedNotices } from './issueNotices';

export interface ReportNotice {
  color: NoticeColor;
  date: DateOnly;
  unit: string;
  issued: boolean;
}

export interface ReportItem {
  id: string | null;
  row: number;
  title: string;
  units: string[];
  /** The deadline in force (for a 临期 item, the one it is due on). */
  deadline: DateOnly | null;
  level: NoticeColor | null;
  /** The 督办状态 text: 红, 黄, 蓝, 临期, 已办结, 长期 or —. */
  status: string;
  done: DateOnly | null;
  notices: ReportNotice[];
  /**
   * 临期 items only (SPEC §9; null on every other item): the working days after the as-of date
   * up to and including the deadline (1 = due the next working day), and the reminder's SMS text.
   */
  workingDaysLeft: number | null;
  sms: string | null;
}

export interface ReportUnit {
  unit: string;
  /**
   * Items whose units column names the unit, assigned in the as-of date's year up to the as-of
   * date: the items the score counts (SPEC §5), so `items` and `score` agree.
   */
  items: number;
  /** Notices warranted up to the as-of date (issued or not), by color. */
  blue: number;
  yellow: number;
  red: number;
  /**
   * The unit's total on the score sheet (单位得分 <year>): counted from the notice log (valid
   * notices issued in the year, this run's included) and the items assigned in the year; null
   * when no score was computed for the unit (e.g. it only has items of earlier years).
   */
  score: number | null;
  /** The no-yellow / no-red bonuses in `score` are provisional (暂计) until the year is over. */
  provisional: boolean;
  /** 单位类别 from the register (乡镇/街道, 县直部门, 驻县单位), '未分类' when not in it; null without a score. */
  category: string | null;
  /** Rank within the category (1, 2, 2, 4 …), and in the whole county. */
  rank: number | null;
  overallRank: number | null;
  /**
   * Accountability flags (附件第十条): criticism = 全县通报批评和书面检讨, admonition = 主要负责人诫勉谈话,
   * reasons in Chinese (e.g. '年度累计2次红色督办单'). All false / empty without a score.
   */
  flags: AccountabilityFlags;
  /**
   * 十大效能之星 (SPEC §9, setting scoring.shortlistEligibility): `{ eligible: true, categoryRank,
   * overallRank }` ranked among eligible units only (shortlisted = rank ≤ 10), or `{ eligible: false,
   * reason }` ('年度内通报批评，不列入效能之星', '未列入单位名册，不参加效能之星排名' …); null without a score.
   */
  shortlist: UnitShortlist | null;
}

/** One unit of the bonus sheet: paid out (pool = paid), or an error row (error set, nothing paid). */
export interface ReportBonusUnit {
  unit: string;
  /** People on the staff sheet. */
  headcount: number;
  pool: number | null;
  paid: number | null;
  /** Why the unit got no distribution (未报备, no standard in the register …); null when paid. */
  error: string | null;
}

/** A notice issued by this run (appended to 督办单登记). */
export interface ReportIssuedNotice {
  number: string;
  color: NoticeColor;
  unit: string;
  itemId: string;
  issueDate: DateOnly;
  sms: string;
}

type ReportProblem = { cell: string | null; sheet: string | null; row: number | null; severity: string; message: string };

export interface Report {
  asOf: DateOnly;
  sheet: string;
  items: ReportItem[];
  units: ReportUnit[];
  problems: ReportProblem[];
  /** Notices newly issued by this run; [] when nothing new was due. */
  notices: ReportIssuedNotice[];
  /** The notice sheets this run added, one per issue date of the new notices. */
  noticeSheets: string[];
  /** Why some warranted notices were not issued, or issued with gaps (no id, no 主要负责人 …). */
  noticeProblems: ReportProblem[];
  /** The score sheet this run added (单位得分 <year>, or with ' (2)' when the name was taken); null if none. */
  scoreSheet: string | null;
  /** The bonus sheet this run added (绩效奖金 <year>); null when the workbook has no staff sheet. */
  bonusSheet: string | null;
  /** Per unit of the bonus sheet, in its order; [] without a bonus sheet. */
  bonuses: ReportBonusUnit[];
  /** What the bonus computation reported (headcount differing from the register, 未报备 …). */
  bonusProblems: ReportProblem[];
}

/** What a run wrote besides the notices: the score sheet and the bonus sheet. */
export interface ReportSheets {
  scores?: { sheet: string; scores: readonly UnitScore[] };
  bonuses?: { sheet: string; result: BonusResult } | null;
}

const NO_FLAGS: AccountabilityFlags = { criticism: false, admonition: false, reasons: [] };

const reportProblem = (p: LedgerAnalysis['problems'][number]): ReportProblem => ({
  cell: p.cell ?? null,
  sheet: p.sheet ?? null,
  row: p.row ?? null,
  severity: p.severity,
  message: p.message,
});

/**
 * The 临期 reminder of an item (SPEC §9), null when it is not 临期: one text for all its
 * supervised units, named together (a reminder is not a notice, so no unit gets one of its own).
 *
 * @example
 * // e: 县住建局's 背街小巷提质改造, due 2020-10-09, escalated as of 2020-09-28
 * dueSoonSms(e, '湘阴县人民政府督查室') // → '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。'
 */
export function dueSoonSms(e: Pick<ItemEscalation, 'item' | 'dueSoon'>, office: string): string | null {
  if (e.dueSoon === null) return null;
  return composeDueSoonSms({ office, unit: e.item.units.join('、'), title: e.item.title, deadline: e.dueSoon.deadline });
}

/**
 * The machine-readable result of a run (the CLI's --json), from the analysis, what it issued and
 * the score and bonus sheets it wrote. Units are listed in ledger order, then the units of the
 * score sheet the ledger does not name (register units without items), so `units` covers both.
 */
export function buildReport(a: LedgerAnalysis, issued?: IssuedNotices, written: ReportSheets = {}): Report {
  const units = new Map<string, ReportUnit>();
  const unit = (name: string) => {
    let u = units.get(name);
    if (!u) {
      u = { unit: name, items: 0, blue: 0, yellow: 0, red: 0, score: null, provisional: false, category: null, rank: null, overallRank: null, flags: NO_FLAGS, shortlist: null };
      units.set(name, u);
    }
    return u;
  };
  const { from, to } = assessmentSpan(yearOf(a.asOf), a.asOf);
  const items = a.escalations.map((e): ReportItem => {
    const assigned = e.item.assigned;
    const scored = assigned !== null && assigned >= from && assigned <= to;
    // Every named unit is listed, in ledger order, even with no item in the year.
    for (const name of e.item.units) unit(name).items += scored ? 1 : 0;
    for (const n of e.notices) unit(n.unit)[n.color]++;
    return {
      id: e.item.id,
      row: e.item.row,
      title: e.item.title,
      units: e.item.units,
      deadline: e.dueSoon?.deadline ?? e.deadline.deadline,
      level: e.level,
      status: e.status,
      done: e.doneOn,
      notices: e.notices.map((n) => ({ color: n.color, date: n.date, unit: n.unit, issued: n.issued })),
      workingDaysLeft: e.dueSoon?.workingDaysLeft ?? null,
      sms: dueSoonSms(e, a.rules.notices.office),
    };
  });
  for (const s of written.scores?.scores ?? []) {
    Object.assign(unit(s.unit), { score: s.total, provisional: s.provisional, category: s.category, rank: s.categoryRank, overallRank: s.overallRank, flags: s.flags, shortlist: s.shortlist });
  }
  const bonus = written.bonuses ?? null;
  return {
    asOf: a.asOf,
    sheet: a.sheet.name,
    items,
    units: [...units.values()],
    problems: a.problems.map(reportProblem),
    notices: (issued?.notices ?? []).map((n) => ({ number: n.number, color: n.color, unit: n.unit, itemId: n.itemId, issueDate: n.issueDate, sms: n.sms })),
    noticeSheets: issued?.sheets ?? [],
    noticeProblems: (issued?.problems ?? []).map(reportProblem),
    scoreSheet: written.scores?.sheet ?? null,
    bonusSheet: bonus?.sheet ?? null,
    bonuses: (bonus?.result.units ?? []).map((u) =>
      u.ok
        ? { unit: u.unit, headcount: u.headcount, pool: u.pool, paid: u.checks.allocated, error: null }
        : { unit: u.unit, headcount: u.headcount, pool: null, paid: null, error: u.error },
    ),
    bonusProblems: (bonus?.result.problems ?? []).map(reportProblem),
  };
}
