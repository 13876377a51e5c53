import { analyzeWorkbook, type AnalyzeOptions, type AnalyzeResult, type LedgerAnalysis } from '../../app/analyzeWorkbook';
import { errorReason } from '../../app/errorReason';
import { findVoidTarget, type VoidTargetResult } from '../../app/findVoidTarget';
import { issueNotices, reviewNotices, type IssueResult } from '../../app/issueNotices';
import type { HostUi } from '../../app/ports/hostUi';
import type { WorkbookPort } from '../../app/ports/workbookPort';
import { voidNotice } from '../../app/voidNotice';
import { COLOR_NAMES, NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import type { PlannedNotice } from '../../core/notices/planNotices';
import type { Problem } from '../../core/problems';
import type { AnalysisSource } from '../shared/analysisSource';
import { openSheet, selectCell } from '../shared/excelNavigation';
import type { PanelMessage } from '../shared/panelMessage';
import type { Store } from '../shared/panelStore';
import { canIssue, canVoid, countByColor, isNoticeBusy, NOTICE_COLORS, type NoticePanelAction, type NoticePanelState } from './noticePanelState';

export type NoticePanelStore = Store<NoticePanelState, NoticePanelAction>;

export interface NoticePanelDeps {
  port: WorkbookPort;
  ui: HostUi;
  /** The ledger as the 三色着色 panel has it mapped. */
  source: AnalysisSource;
}

export interface NoticePanelActions {
  /** 预览督办单: the notices 生成 would issue now, read from the ledger and the log; writes nothing. */
  preview(): Promise<void>;
  /**
   * 生成督办单: issues what the preview listed, unless the ledger, the log or the settings changed
   * since. A doubtful preview (too many notices, or too old) only opens the confirmation.
   */
  issue(): Promise<void>;
  /** 仍然发出, in the confirmation: issues the doubtful preview. */
  confirmIssue(): Promise<void>;
  /** 取消, in the confirmation: writes nothing. */
  cancelIssue(): void;
  /** Takes the user to a notice sheet just added. */
  openSheet(sheet: string): Promise<void>;
  /** Reads the row selected on 督办单登记 as the notice to void. */
  readSelection(): Promise<void>;
  setReason(reason: string): void;
  /** 作废 the notice read by readSelection, with the reason typed. */
  voidSelected(): Promise<void>;
  /** Selects a problem's cell (its sheet resolved by the problem list). */
  selectCell(sheet: string, cell: string): Promise<void>;
  dismissMessage(): void;
}

const LOG = `「${NOTICE_LOG_SHEET}」`;

/** Counts as the user reads them: 红 8 份、黄 2 份、蓝 3 份 (colors with none left out). */
function describeCounts(notices: readonly PlannedNotice[]): string {
  const byColor = countByColor(notices);
  return NOTICE_COLORS.filter((c) => byColor[c] > 0)
    .map((c) => `${COLOR_NAMES[c]} ${byColor[c]} 份`)
    .join('、');
}

/** 「督办单 2020-05-11」 or 「督办单 2020-05-11」至「督办单 2020-06-28」. */
function sheetSpan(sheets: readonly string[]): string {
  const first = `「${sheets[0]}」`;
  return sheets.length === 1 ? first : `${first}至「${sheets[sheets.length - 1]}」`;
}

/**
 * The 督办单 panel's behaviour over a store and injected ports: no React, no Office. It analyses
 * the ledger the 三色着色 panel has mapped (the source), so both panels always agree on the ledger.
 */
export function createNoticePanelActions(deps: NoticePanelDeps, store: NoticePanelStore): NoticePanelActions {
  const { port, ui, source } = deps;
  const state = () => store.getState();
  const fail = (title: string, text: string, problems?: Problem[]) => store.dispatch({ type: 'failed', message: { intent: 'error', title, text }, problems });

  async function analyze(options: AnalyzeOptions, title: string): Promise<LedgerAnalysis | null> {
    let result: AnalyzeResult;
    try {
      result = await analyzeWorkbook(port, options);
    } catch (e) {
      fail(title, `读取工作表「${options.sheet ?? ''}」或${LOG}失败：${errorReason(e)}`);
      return null;
    }
    if (!result.ok) {
      fail(title, result.message, result.problems);
      return null;
    }
    return result.analysis;
  }

  async function preview(): Promise<void> {
    if (isNoticeBusy(state())) return;
    const title = '无法预览督办单';
    const inputs = source();
    if (!inputs.ok) return fail(title, inputs.message);
    store.dispatch({ type: 'previewStarted' });
    const analysis = await analyze(inputs.options, title);
    if (analysis === null) return;
    // Planned from the log as the analysis read it (no second read): the fingerprint covers that read.
    const review = reviewNotices(analysis);
    store.dispatch({
      type: 'previewed',
      preview: { asOf: analysis.asOf, ledgerSheet: analysis.sheet.name, notices: review.plan.notices },
      fingerprint: analysis.fingerprint(),
      doubt: review.doubt,
      doubtText: review.doubtText,
      problems: review.problems,
    });
  }

  async function issue(confirmed: boolean): Promise<void> {
    const before = state().fingerprint;
    if (!canIssue(state()) || before === null) return;
    // The log is append-only: a doubtful batch is written only once the user said so.
    if (state().doubt !== null && !(confirmed && state().confirming)) return store.dispatch({ type: 'confirmAsked' });
    const title = '未生成督办单';
    const inputs = source();
    if (!inputs.ok) return fail(title, inputs.message);
    store.dispatch({ type: 'issueStarted' });
    // Read again: issueNotices compares this analysis with the preview's.
    const analysis = await analyze(inputs.options, title);
    if (analysis === null) return;
    let issued: IssueResult;
    try {
      // Only what the preview showed: any change since then is refused, nothing written.
      issued = await issueNotices(port, analysis, undefined, { expect: before });
    } catch (e) {
      return fail('生成督办单失败', `写入${LOG}或督办单工作表时出错：${errorReason(e)}。请查看${LOG}中已登记的行，再重新预览`);
    }
    if (issued.stale) {
      const text = {
        settings: '「三色着色」页的台账工作表、列映射或截止日期在预览后已改动：请重新预览',
        ledger: `台账「${analysis.sheet.name}」在预览后已改动：请重新预览`,
        log: `${LOG}在预览后已改动：请重新预览`,
      }[issued.changed];
      return store.dispatch({ type: 'previewStale', message: { intent: 'error', title, text } });
    }
    const unusable = issued.problems.find((p) => p.code === 'notice.log-unusable');
    if (unusable !== undefined) return fail(title, `${LOG}${unusable.message}`, issued.problems);
    const list = { asOf: analysis.asOf, ledgerSheet: analysis.sheet.name, notices: issued.notices, sheets: issued.sheets, voided: [] };
    const message: PanelMessage =
      issued.notices.length === 0
        ? { intent: 'info', title: '没有新的应发督办单', text: `截止 ${analysis.asOf} 应发的督办单都已登记在${LOG}，未生成新的督办单` }
        : {
            intent: 'success',
            title: '已生成督办单',
            text: `已生成 ${issued.notices.length} 份督办单（${describeCounts(issued.notices)}），登记在${LOG}；新增督办单工作表 ${issued.sheets.length} 张（${sheetSpan(issued.sheets)}），见下方列表`,
          };
    store.dispatch({ type: 'issued', issued: list, problems: issued.problems, message });
  }

  /** Shows what Excel refused, if it did (a sheet hidden or deleted since). */
  const show = (message: PanelMessage | null) => {
    if (message !== null) store.dispatch({ type: 'messageShown', message });
  };

  async function readSelection(): Promise<void> {
    if (isNoticeBusy(state())) return;
    store.dispatch({ type: 'readingStarted' });
    const title = '无法作废';
    let selection;
    try {
      selection = await ui.selectedCell();
    } catch (e) {
      return fail(title, `无法读取选中的单元格（请在${LOG}表中选中一个单元格）：${errorReason(e)}`);
    }
    let found: VoidTargetResult;
    try {
      found = await findVoidTarget(port, selection);
    } catch (e) {
      return fail(title, `读取${LOG}失败：${errorReason(e)}`);
    }
    if (!found.ok) return fail(title, found.message, 'problems' in found ? found.problems : undefined);
    store.dispatch({ type: 'voidTargetRead', target: found.target, log: found.log.entries });
  }

  async function voidSelected(): Promise<void> {
    const s = state();
    const target = s.voidTarget;
    if (!canVoid(s) || target === null) return;
    if (s.reason.trim() === '') {
      return store.dispatch({
        type: 'reasonMissing',
        message: { intent: 'error', title: '请填写作废原因', text: `作废督办单「${target.number}」须填写作废原因：原因记入${LOG}第 ${target.row} 行的备注` },
      });
    }
    store.dispatch({ type: 'voidStarted' });
    const title = '作废失败';
    let result;
    try {
      result = await voidNotice(port, s.voidLog, target.number, s.reason, target.row);
    } catch (e) {
      return fail(title, `无法写入${LOG}第 ${target.row} 行：${errorReason(e)}`);
    }
    if (!result.ok) return fail(title, result.message);
    store.dispatch({
      type: 'voided',
      number: result.number,
      message: {
        intent: 'success',
        title: '已作废',
        text: `督办单「${result.number}」已作废（${LOG}第 ${result.row} 行），原因已记入备注；该事项仍未办结的，下次生成时另发新编号的督办单`,
      },
    });
  }

  return {
    preview,
    issue: () => issue(false),
    confirmIssue: () => issue(true),
    cancelIssue: () =>
      store.dispatch({ type: 'confirmCancelled', message: { intent: 'info', title: '未生成督办单', text: `已取消，${LOG}和工作簿均未改动` } }),
    openSheet: async (sheet) => show(await openSheet(ui, sheet)),
    readSelection,
    setReason: (reason) => store.dispatch({ type: 'reasonSet', reason }),
    voidSelected,
    selectCell: async (sheet, cell) => show(await selectCell(ui, sheet, cell)),
    dismissMessage: () => store.dispatch({ type: 'messageDismissed' }),
  };
}
