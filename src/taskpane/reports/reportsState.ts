import { assessmentYear, bulletinPeriod, offeredPeriods } from '../../app/reportPeriods';
import type { BonusLine, ScoreRow } from '../../app/reportSummaries';
import type { UnitRegisterResult } from '../../app/createUnitRegister';
import type { BulletinCounts, Period, PeriodKind } from '../../core/bulletin';
import type { DateOnly } from '../../core/dates/dateOnly';
import type { Problem } from '../../core/problems';
import type { PanelMessage } from '../shared/panelMessage';

export type { BonusLine, ScoreRow };

/** The four things the 得分·奖金·通报 tab produces; each has its own result and message. */
export type ReportKey = 'scores' | 'register' | 'bonus' | 'bulletin';

export interface ScoresOutcome {
  sheet: string;
  year: number;
  asOf: DateOnly;
  /** The year is not over: the no-yellow / no-red bonuses are 暂计. */
  provisional: boolean;
  unitCount: number;
  /** The head of the overall ranking, down to the last unit on the 十大效能之星 shortlist. */
  top: ScoreRow[];
  /** Problems of the notice log and the register, which the scores are counted from. */
  problems: Problem[];
}

/** What 创建单位名册 did: created the sheet, or found one already there (nothing written). */
export type RegisterOutcome = Exclude<UnitRegisterResult, { kind: 'no-units' }>;

export interface BonusOutcome {
  sheet: string;
  year: number;
  /** Units distributed: people and amount per tier. */
  units: BonusLine[];
  /** Units not distributed (未报备, no bonus standard …): the sheet's error rows. */
  errors: BonusLine[];
  problems: Problem[];
}

export interface BulletinOutcome {
  sheet: string;
  title: string;
  /** The day the numbers stand on. */
  asOf: DateOnly;
  partial: boolean;
  /** Nothing assigned, done or issued in the period (the bulletin says so). */
  empty: boolean;
  summary: string;
  counts: BulletinCounts;
}

export interface ReportsState {
  /** The report being produced and what it is doing now; null = idle. */
  running: { report: ReportKey; label: string } | null;
  /** 考核年度 chosen; null = the year of the ledger tab's 截止日期. */
  year: number | null;
  periodKind: PeriodKind;
  /** 通报期次 chosen; null = the last complete period of the kind before the 截止日期. */
  period: Period | null;
  messages: Record<ReportKey, PanelMessage | null>;
  scores: ScoresOutcome | null;
  register: RegisterOutcome | null;
  bonus: BonusOutcome | null;
  bulletin: BulletinOutcome | null;
}

export type ReportsAction =
  | { type: 'started'; report: ReportKey; label: string }
  | { type: 'progressed'; label: string }
  | { type: 'failed'; report: ReportKey; message: PanelMessage }
  | { type: 'scoresWritten'; outcome: ScoresOutcome }
  | { type: 'registerChecked'; outcome: RegisterOutcome }
  | { type: 'bonusWritten'; outcome: BonusOutcome }
  | { type: 'bulletinWritten'; outcome: BulletinOutcome }
  | { type: 'yearChosen'; year: number | null }
  | { type: 'periodKindChosen'; kind: PeriodKind }
  | { type: 'periodChosen'; period: Period }
  | { type: 'messageShown'; report: ReportKey; message: PanelMessage }
  | { type: 'messageDismissed'; report: ReportKey };

export function initialReportsState(): ReportsState {
  return {
    running: null,
    year: null,
    periodKind: 'month',
    period: null,
    messages: { scores: null, register: null, bonus: null, bulletin: null },
    scores: null,
    register: null,
    bonus: null,
    bulletin: null,
  };
}

const withMessage = (state: ReportsState, report: ReportKey, message: PanelMessage | null): ReportsState['messages'] => ({ ...state.messages, [report]: message });

export function reportsReducer(state: ReportsState, action: ReportsAction): ReportsState {
  switch (action.type) {
    case 'started':
      // A new run replaces the report's last result and message: they describe another run.
      return { ...state, running: { report: action.report, label: action.label }, messages: withMessage(state, action.report, null), [action.report]: null };
    case 'progressed':
      return state.running === null ? state : { ...state, running: { ...state.running, label: action.label } };
    case 'failed':
      return { ...state, running: null, messages: withMessage(state, action.report, action.message) };
    case 'scoresWritten':
      return { ...state, running: null, scores: action.outcome };
    case 'registerChecked':
      return { ...state, running: null, register: action.outcome };
    case 'bonusWritten':
      return { ...state, running: null, bonus: action.outcome };
    case 'bulletinWritten':
      return { ...state, running: null, bulletin: action.outcome };
    case 'yearChosen':
      return { ...state, year: action.year };
    case 'periodKindChosen':
      return action.kind === state.periodKind ? state : { ...state, periodKind: action.kind, period: null };
    case 'periodChosen':
      return { ...state, periodKind: action.period.kind, period: action.period };
    case 'messageShown':
      return { ...state, messages: withMessage(state, action.report, action.message) };
    case 'messageDismissed':
      return { ...state, messages: withMessage(state, action.report, null) };
  }
}

export const isRunning = (state: ReportsState): boolean => state.running !== null;

/** The 考核年度 offered on `reference` (the 截止日期): its year, then the four before it. */
export { yearChoices } from '../../app/reportPeriods';

/** The 考核年度 in force: the one chosen, else the year of `reference` (the 截止日期). */
export function selectedYear(state: ReportsState, reference: DateOnly): number {
  return assessmentYear(state.year, reference);
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { week: '周', month: '月', half: '半年', year: '年' };

export interface PeriodChoice {
  period: Period;
  /** '2020年6月', or for the period under way '2020年7月（截至7月1日）'. */
  label: string;
}

const monthDay = (d: DateOnly) => `${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;

/**
 * The 期次 offered for `kind` on `reference` (the 截止日期), as the dropdown words them: the period
 * under way with the day its numbers stand on, then the complete ones, newest first.
 */
export function periodChoices(kind: PeriodKind, reference: DateOnly, chosen: Period | null = null): PeriodChoice[] {
  return offeredPeriods(kind, reference, chosen).map(({ period, underWay }) => ({
    period,
    label: underWay ? `${period.label}（截至${monthDay(reference)}）` : period.label,
  }));
}

/** The period the bulletin will cover: the chosen one, else the last complete one before the 截止日期. */
export function selectedPeriod(state: Pick<ReportsState, 'period' | 'periodKind'>, reference: DateOnly): Period {
  return bulletinPeriod(state.period, state.periodKind, reference);
}
