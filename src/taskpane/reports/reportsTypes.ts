import type { Ref } from 'react';
import type { Period, PeriodKind } from '../../core/bulletin';
import type { DateOnly } from '../../core/dates/dateOnly';
import type { PanelMessage } from '../shared/panelMessage';
import type { BonusOutcome, BulletinOutcome, PeriodChoice, RegisterOutcome, ScoresOutcome } from './reportsState';

/**
 * The props of the 得分·奖金·通报 tab's sections: each takes only what it shows and calls. The
 * state lives in useReportsPanel (the tab's model) and useReportRuns (each report's run, with its
 * callbacks bound); the components only render.
 */

/** What each report section shows of its run and calls on its result, whatever the report. */
export interface ReportRunProps {
  /** What this report is doing now; null when it is not the one running. */
  progress: string | null;
  /** This report's failure, or what Excel refused. */
  message: PanelMessage | null;
  /** A report is running (this one or another): every button is disabled. */
  busy: boolean;
  onDismiss: () => void;
  /** Activates a sheet the report just added (A1 selected). */
  onGoToSheet: (sheet: string) => void;
  /** The report's message bar and result, for the tab's focus handling to move to (ReportsPanel). */
  messageRef?: Ref<HTMLDivElement>;
  resultRef?: Ref<HTMLDivElement>;
}

/** The run of a report whose result lists the problems it met (the bulletin lists none). */
export interface ReportWithProblemsRunProps extends ReportRunProps {
  /** Selects a problem's cell (its sheet resolved by the problem list). */
  onSelectCell: (sheet: string, cell: string) => void;
}

/** Each report's run, as useReportRuns gives it to the sections. */
export interface ReportRuns {
  scores: ReportWithProblemsRunProps;
  register: ReportWithProblemsRunProps;
  bonus: ReportWithProblemsRunProps;
  bulletin: ReportRunProps;
}

/** 考核年度: shared by the scores and the bonus (which is named after it). */
export interface YearFieldProps {
  /** The 考核年度 in force. */
  year: number;
  /** The years offered: the 截止日期's year first, then the four before it. */
  years: readonly number[];
  /** No year chosen: the year follows the 截止日期 (the option says so). */
  yearFollowsReference: boolean;
  disabled: boolean;
  /** null = follow the 截止日期's year. */
  onYearChange: (year: number | null) => void;
}

export interface ScoresSectionProps extends ReportWithProblemsRunProps, Omit<YearFieldProps, 'disabled'> {
  /** The last 单位得分 written; null before one is (or while it runs again). */
  outcome: ScoresOutcome | null;
  /** 生成单位得分. */
  onGenerate: () => void;
}

export interface RegisterSectionProps extends ReportWithProblemsRunProps {
  outcome: RegisterOutcome | null;
  /** 创建单位名册. */
  onCreate: () => void;
}

export interface BonusSectionProps extends ReportWithProblemsRunProps {
  outcome: BonusOutcome | null;
  /** The 考核年度 the sheet is named after. */
  year: number;
  /** 生成绩效奖金表. */
  onGenerate: () => void;
}

export interface BulletinSectionProps extends ReportRunProps {
  outcome: BulletinOutcome | null;
  periodKind: PeriodKind;
  /** The 期次 offered for `periodKind`, as the dropdown words them. */
  periods: readonly PeriodChoice[];
  /** The period the bulletin will cover. */
  period: Period;
  /** What the default period follows: the 截止日期, or today while the ledger is not ready. */
  reference: DateOnly;
  referenceFromLedger: boolean;
  onPeriodKindChange: (kind: PeriodKind) => void;
  onPeriodChange: (period: Period) => void;
  /** 生成<期次>通报. */
  onGenerate: () => void;
}
