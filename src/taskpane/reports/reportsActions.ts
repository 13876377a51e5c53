import { analyzeWorkbook, type AnalyzeOptions, type LedgerAnalysis } from '../../app/analyzeWorkbook';
import { createUnitRegister } from '../../app/createUnitRegister';
import { errorReason } from '../../app/errorReason';
import { assessmentYear, bulletinAsOf } from '../../app/reportPeriods';
import { bonusLines, scoreRows } from '../../app/reportSummaries';
import { writeBonuses } from '../../app/writeBonuses';
import { generateBulletin } from '../../app/writeBulletin';
import { writeUnitScores } from '../../app/writeUnitScores';
import { STAFF_SHEET } from '../../core/bonus/parseStaffSheet';
import type { Period, PeriodKind } from '../../core/bulletin';
import type { DateOnly } from '../../core/dates/dateOnly';
import { NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import { REGISTER_SHEET } from '../../core/register/parseUnitRegister';
import type { AnalysisSource } from '../shared/analysisSource';
import { openSheet, selectCell } from '../shared/excelNavigation';
import type { PaneDeps } from '../shared/paneDeps';
import type { PanelMessage } from '../shared/panelMessage';
import { isRunning, selectedPeriod, selectedYear, type ReportKey } from './reportsState';
import type { ReportsStore } from './reportsStore';

export interface ReportsActions {
  /** 生成单位得分: 单位得分 <考核年度>, and the head of the ranking. */
  writeScores(): Promise<void>;
  /** 创建单位名册 when the workbook has none; else the ledger units it lacks. */
  createRegister(): Promise<void>;
  /** 生成绩效奖金表: 绩效奖金 <考核年度> from 人员考核 and 单位名册. */
  writeBonuses(): Promise<void>;
  /** 生成通报 of the chosen period. */
  writeBulletin(): Promise<void>;
  /** null = the 截止日期's year. */
  chooseYear(year: number | null): void;
  choosePeriodKind(kind: PeriodKind): void;
  choosePeriod(period: Period): void;
  /** Activates a generated sheet at A1. */
  goToSheet(report: ReportKey, sheet: string): Promise<void>;
  /** Selects a problem's cell (its sheet resolved by the problem list). */
  selectCell(report: ReportKey, sheet: string, cell: string): Promise<void>;
  dismissMessage(report: ReportKey): void;
}

const TITLES: Record<ReportKey, string> = {
  scores: '无法生成单位得分',
  register: '无法创建单位名册',
  bonus: '无法生成绩效奖金表',
  bulletin: '无法生成督办通报',
};

const error = (report: ReportKey, text: string): PanelMessage => ({ intent: 'error', title: TITLES[report], text });

/**
 * The tab's behaviour over the store, the ports and the ledger tab's source: no React, no Office.
 * Each action reads the source when it runs (the mapping as the user left it), analyses the
 * workbook once, writes one sheet, and reports every failure in the report's message, naming the
 * sheet or the setting. One run at a time: the buttons are disabled while one is under way.
 */
export function createReportsActions(deps: Pick<PaneDeps, 'port' | 'ui'>, source: AnalysisSource, store: ReportsStore): ReportsActions {
  const { port, ui } = deps;
  const state = () => store.getState();
  const fail = (report: ReportKey, text: string): null => {
    store.dispatch({ type: 'failed', report, message: error(report, text) });
    return null;
  };

  /** The source's options, or null after saying what to fix (before anything runs). */
  function inputs(report: ReportKey): AnalyzeOptions | null {
    if (isRunning(state())) return null;
    const input = source();
    if (!input.ok) return fail(report, input.message);
    return input.options;
  }

  /** A 考核年度 after the 截止日期 has nothing to count yet. */
  function checkedYear(report: ReportKey, asOf: DateOnly): number | null {
    const year = selectedYear(state(), asOf);
    if (year > assessmentYear(null, asOf)) {
      return fail(report, `设置「考核年度」${year}年晚于截止日期 ${asOf}：请另选年度，或在「三色着色」页调整截止日期`);
    }
    return year;
  }

  async function analyze(report: ReportKey, options: AnalyzeOptions): Promise<LedgerAnalysis | null> {
    const ledger = options.sheet === undefined ? '台账' : `台账「${options.sheet}」`;
    try {
      const result = await analyzeWorkbook(port, options);
      if (!result.ok) return fail(report, result.message);
      return result.analysis;
    } catch (e) {
      return fail(report, `读取${ledger}及单位名册、督办单登记失败：${errorReason(e)}`);
    }
  }

  const problemsOn = (analysis: LedgerAnalysis, sheets: readonly string[]) => analysis.problems.filter((p) => p.sheet !== undefined && sheets.includes(p.sheet));

  async function writeScores(): Promise<void> {
    const options = inputs('scores');
    if (options === null) return;
    const year = checkedYear('scores', options.asOf);
    if (year === null) return;
    store.dispatch({ type: 'started', report: 'scores', label: '读取台账与督办单登记…' });
    const analysis = await analyze('scores', options);
    if (analysis === null) return;
    store.dispatch({ type: 'progressed', label: `写入工作表「单位得分 ${year}」…` });
    try {
      // The log read with the analysis: LogEntry is a LoggedNotice with the row's other columns.
      const { sheet, scores } = await writeUnitScores(port, analysis, analysis.log, year);
      store.dispatch({
        type: 'scoresWritten',
        outcome: {
          sheet,
          year,
          asOf: analysis.asOf,
          provisional: scores.some((s) => s.provisional),
          unitCount: scores.length,
          top: scoreRows(scores),
          problems: problemsOn(analysis, [NOTICE_LOG_SHEET, REGISTER_SHEET]),
        },
      });
    } catch (e) {
      fail('scores', `无法添加工作表「单位得分 ${year}」：${errorReason(e)}`);
    }
  }

  async function createRegister(): Promise<void> {
    const options = inputs('register');
    if (options === null) return;
    store.dispatch({ type: 'started', report: 'register', label: '读取台账中的单位…' });
    const analysis = await analyze('register', options);
    if (analysis === null) return;
    try {
      const result = await createUnitRegister(port, analysis, (units) =>
        store.dispatch({ type: 'progressed', label: `添加工作表「${REGISTER_SHEET}」（${units.length} 个单位）…` }),
      );
      if (result.kind === 'no-units') {
        fail('register', `台账「${result.ledgerSheet}」的「责任单位」列中没有读到任何单位，未创建「${REGISTER_SHEET}」`);
        return;
      }
      store.dispatch({ type: 'registerChecked', outcome: result });
    } catch (e) {
      fail('register', `无法添加工作表「${REGISTER_SHEET}」：${errorReason(e)}`);
    }
  }

  async function writeBonusSheet(): Promise<void> {
    const options = inputs('bonus');
    if (options === null) return;
    const year = checkedYear('bonus', options.asOf);
    if (year === null) return;
    store.dispatch({ type: 'started', report: 'bonus', label: `读取「${STAFF_SHEET}」与「${REGISTER_SHEET}」…` });
    const analysis = await analyze('bonus', options);
    if (analysis === null) return;
    if (!analysis.sheetNames.includes(STAFF_SHEET)) {
      fail(
        'bonus',
        `工作簿中没有「${STAFF_SHEET}」工作表：请添加该表，每人一行，列为「姓名」「单位」「考核得分」（或「排名」）「年度考核等次」；` +
          `各单位的「人数」「奖金标准」「考核方案报备」填在「${REGISTER_SHEET}」中`,
      );
      return;
    }
    const staffProblems = problemsOn(analysis, [STAFF_SHEET]);
    if (analysis.staff.length === 0) {
      const why = staffProblems.find((p) => p.code === 'staff.no-header')?.message ?? `「${STAFF_SHEET}」表中没有读到人员：表头下应有姓名和单位都已填写的行`;
      fail('bonus', why);
      return;
    }
    store.dispatch({ type: 'progressed', label: `写入工作表「绩效奖金 ${year}」…` });
    try {
      const written = await writeBonuses(port, analysis, year);
      if (written === null) return void fail('bonus', `「${STAFF_SHEET}」表中没有读到人员`);
      const { units, errors } = bonusLines(written.result);
      // A unit left out is already an error line: its problem would say it twice.
      const failed = new Set(written.result.units.flatMap((u) => (u.ok ? [] : [u.code])));
      store.dispatch({
        type: 'bonusWritten',
        outcome: {
          sheet: written.sheet,
          year,
          units,
          errors,
          problems: [...staffProblems, ...problemsOn(analysis, [REGISTER_SHEET]), ...written.result.problems.filter((p) => !failed.has(p.code))],
        },
      });
    } catch (e) {
      fail('bonus', `无法添加工作表「绩效奖金 ${year}」：${errorReason(e)}`);
    }
  }

  async function writeBulletin(): Promise<void> {
    const options = inputs('bulletin');
    if (options === null) return;
    const { asOf, ...analyze } = options;
    const period = selectedPeriod(state(), asOf);
    if (period.start > asOf) {
      fail('bulletin', `设置「通报期次」${period.label}在截止日期 ${asOf} 之后，还没有数据：请另选期次，或在「三色着色」页调整截止日期`);
      return;
    }
    store.dispatch({ type: 'started', report: 'bulletin', label: `按 ${bulletinAsOf(period, asOf)} 的台账生成${period.label}通报…` });
    try {
      const result = await generateBulletin(port, period, asOf, analyze);
      if (!result.ok) return void fail('bulletin', result.message);
      const { data } = result;
      store.dispatch({
        type: 'bulletinWritten',
        outcome: { sheet: result.sheet, title: data.title, asOf: data.asOf, partial: data.partial, empty: data.empty, summary: data.summary, counts: data.counts },
      });
    } catch (e) {
      fail('bulletin', `生成${period.label}通报失败（读取台账「${options.sheet ?? ''}」或添加通报工作表时出错）：${errorReason(e)}`);
    }
  }

  /** Shows what Excel refused, if it did, in the report's own message bar. */
  const show = (report: ReportKey, message: PanelMessage | null) => {
    if (message !== null) store.dispatch({ type: 'messageShown', report, message });
  };

  return {
    writeScores,
    createRegister,
    writeBonuses: writeBonusSheet,
    writeBulletin,
    chooseYear: (year) => store.dispatch({ type: 'yearChosen', year }),
    choosePeriodKind: (kind) => store.dispatch({ type: 'periodKindChosen', kind }),
    choosePeriod: (period) => store.dispatch({ type: 'periodChosen', period }),
    goToSheet: async (report, sheet) => show(report, await openSheet(ui, sheet)),
    selectCell: async (report, sheet, cell) => show(report, await selectCell(ui, sheet, cell)),
    dismissMessage: (report) => store.dispatch({ type: 'messageDismissed', report }),
  };
}
