import type { DateOnly } from '../core/dates/dateOnly';
import type { NoticeColor } from '../core/rules/ruleSet';
import type { LedgerAnalysis } from './analyzeWorkbook';

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

export interface Report {
  asOf: DateOnly;
  sheet: string;
  items: ReportItem[];
  units: ReportUnit[];
  problems: Array<{ cell: string | null; sheet: string | null; severity: string; message: string }>;
}

/** The machine-readable result of a run (the CLI's --json), built from an analysis alone. */
export function buildReport(a: LedgerAnalysis): Report {
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
    problems: a.problems.map((p) => ({ cell: p.cell ?? null, sheet: p.sheet ?? null, severity: p.severity, message: p.message })),
  };
}
