import type { DateOnly } from '../core/dates/dateOnly';
import type { NoticeColor } from '../core/rules/ruleSet';
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
  deadline: DateOnly | null;
  level: NoticeColor | null;
  status: string;
  done: DateOnly | null;
  notices: ReportNotice[];
}

export interface ReportUnit {
  unit: string;
  items: number;
  blue: number;
  yellow: number;
  red: number;
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
}

const reportProblem = (p: LedgerAnalysis['problems'][number]): ReportProblem => ({
  cell: p.cell ?? null,
  sheet: p.sheet ?? null,
  row: p.row ?? null,
  severity: p.severity,
  message: p.message,
});

/** The machine-readable result of a run (the CLI's --json), from the analysis and what it issued. */
export function buildReport(a: LedgerAnalysis, issued?: IssuedNotices): Report {
  const units = new Map<string, ReportUnit>();
  const unit = (name: string) => {
    let u = units.get(name);
    if (!u) units.set(name, (u = { unit: name, items: 0, blue: 0, yellow: 0, red: 0 }));
    return u;
  };
  const items = a.escalations.map((e): ReportItem => {
    for (const name of e.item.units) unit(name).items++;
    for (const n of e.notices) unit(n.unit)[n.color]++;
    return {
      id: e.item.id,
      row: e.item.row,
      title: e.item.title,
      units: e.item.units,
      deadline: e.deadline.deadline,
      level: e.level,
      status: e.status,
      done: e.doneOn,
      notices: e.notices.map((n) => ({ color: n.color, date: n.date, unit: n.unit, issued: n.issued })),
    };
  });
  return {
    asOf: a.asOf,
    sheet: a.sheet.name,
    items,
    units: [...units.values()],
    problems: a.problems.map(reportProblem),
    notices: (issued?.notices ?? []).map((n) => ({ number: n.number, color: n.color, unit: n.unit, itemId: n.itemId, issueDate: n.issueDate, sms: n.sms })),
    noticeSheets: issued?.sheets ?? [],
    noticeProblems: (issued?.problems ?? []).map(reportProblem),
  };
}
