import { changedInput } from '../../app/analysisFingerprint';
import { analyzeWorkbook, type AnalyzeOptions, type AnalyzeResult, type LedgerAnalysis } from '../../app/analyzeWorkbook';
import { findReturnedSheets, previewFeedback, recordFeedback, type FeedbackPreview, type RecordedFeedback, type ReturnedSheet } from '../../app/collectFeedback';
import { errorReason } from '../../app/errorReason';
import type { HostUi } from '../../app/ports/hostUi';
import type { WorkbookPort } from '../../app/ports/workbookPort';
import { addUnitListSheets, planUnitLists, type SplitPlan } from '../../app/splitLedger';
import type { AnalysisSource } from '../shared/analysisSource';
import { openSheet, selectCell } from '../shared/excelNavigation';
import type { PanelMessage } from '../shared/panelMessage';
import type { Store } from '../shared/panelStore';
import { FEEDBACK_SHEET } from '../../core/feedback/feedbackLog';
import { NO_RETURNED_LISTS } from './feedbackTexts';
import { canRecord, fillCount, isFeedbackBusy, type FeedbackPanelAction, type FeedbackPanelState } from './feedbackPanelState';

export type FeedbackPanelStore = Store<FeedbackPanelState, FeedbackPanelAction>;

export interface FeedbackPanelDeps {
  port: WorkbookPort;
  ui: HostUi;
  /** The ledger as the 三色着色 panel has it mapped. */
  source: AnalysisSource;
}

export interface FeedbackPanelActions {
  /** 生成各单位督办清单: one list sheet per unit with open items, added to the open workbook. */
  split(): Promise<void>;
  /** 读取交回的清单: the returned lists pasted into the workbook, checked; writes nothing. */
  read(): Promise<void>;
  /** 同时把报告的完成时间填入台账. */
  setApply(apply: boolean): void;
  /** 确认导入: registers the previewed answers (and, ticked, fills the ledger's empty 完成时间 cells). */
  record(): Promise<void>;
  /** Takes the user to a sheet (a list just added, 反馈登记). */
  openSheet(sheet: string): Promise<void>;
  /** Selects a cell: a problem's, or a ledger cell just filled. */
  selectCell(sheet: string, cell: string): Promise<void>;
  dismissMessage(): void;
}

const LOG = `「${FEEDBACK_SHEET}」`;

/**
 * The 分发回收 panel's behaviour over a store and injected ports: no React, no Office. Like the
 * other panels it analyses the ledger the 三色着色 panel has mapped (the source), as of its date.
 */
export function createFeedbackPanelActions(deps: FeedbackPanelDeps, store: FeedbackPanelStore): FeedbackPanelActions {
  const { port, ui, source } = deps;
  const state = () => store.getState();
  const fail = (title: string, text: string) => store.dispatch({ type: 'failed', message: { intent: 'error', title, text } });

  async function analyze(options: AnalyzeOptions, title: string): Promise<LedgerAnalysis | null> {
    let result: AnalyzeResult;
    try {
      result = await analyzeWorkbook(port, options);
    } catch (e) {
      fail(title, `读取工作表「${options.sheet ?? ''}」失败：${errorReason(e)}`);
      return null;
    }
    if (!result.ok) {
      fail(title, result.message);
      return null;
    }
    return result.analysis;
  }

  async function split(): Promise<void> {
    if (isFeedbackBusy(state())) return;
    const title = '未生成督办清单';
    const inputs = source();
    if (!inputs.ok) return fail(title, inputs.message);
    store.dispatch({ type: 'splitStarted' });
    const analysis = await analyze(inputs.options, title);
    if (analysis === null) return;
    let plan: SplitPlan;
    try {
      plan = planUnitLists(analysis);
    } catch (e) {
      // The rules' year range cannot make a date validation (a setting to fix).
      return fail(title, `无法生成督办清单：${errorReason(e)}`);
    }
    const ledgerSheet = analysis.sheet.name;
    if (plan.lists.length === 0) {
      return store.dispatch({
        type: 'split',
        split: { asOf: plan.asOf, ledgerSheet, lists: [], idle: plan.idle },
        message: { intent: 'info', title: '没有需要分发的督办清单', text: `截至 ${plan.asOf}，台账「${ledgerSheet}」中没有在办事项，未生成清单，工作簿未改动` },
      });
    }
    let sheets: string[];
    try {
      sheets = await addUnitListSheets(port, plan);
    } catch (e) {
      return fail('生成督办清单失败', `添加督办清单工作表时出错：${errorReason(e)}。已添加的清单工作表可以删除后重新生成`);
    }
    const lists = plan.lists.map((l, i) => ({ unit: l.unit, sheet: sheets[i], items: l.items }));
    store.dispatch({
      type: 'split',
      split: { asOf: plan.asOf, ledgerSheet, lists, idle: plan.idle },
      message: {
        intent: 'success',
        title: '已生成各单位督办清单',
        text: `已为 ${lists.length} 个单位各添加一张督办清单工作表（截至 ${plan.asOf}），见下方列表；请逐张移到新工作簿，保存后发给该单位`,
      },
    });
  }

  async function read(): Promise<void> {
    if (isFeedbackBusy(state())) return;
    const title = '无法导入反馈';
    const inputs = source();
    if (!inputs.ok) return fail(title, inputs.message);
    store.dispatch({ type: 'readStarted' });
    const analysis = await analyze(inputs.options, title);
    if (analysis === null) return;
    let sheets: ReturnedSheet[];
    let preview: FeedbackPreview;
    try {
      sheets = await findReturnedSheets(port, analysis);
      if (sheets.length === 0) return store.dispatch({ type: 'failed', message: { intent: 'warning', title: '没有交回的督办清单', text: NO_RETURNED_LISTS } });
      preview = await previewFeedback(port, analysis, sheets, inputs.options.asOf);
    } catch (e) {
      return fail(title, `读取交回的清单或${LOG}失败：${errorReason(e)}`);
    }
    const { review } = preview;
    const nothing = review.answers.length === 0 && review.earlierFills.length === 0;
    store.dispatch({
      type: 'read',
      collect: { preview, sheets: sheets.map((s) => s.source), fingerprint: analysis.fingerprint() },
      message: nothing
        ? {
            intent: 'info',
            title: '没有新的反馈',
            text:
              review.duplicates > 0
                ? `读到的 ${review.duplicates} 条反馈都已登记在${LOG}，无需再次导入`
                : `读到的清单中没有可以登记的反馈（见下方的统计${review.problems.length > 0 ? '和问题' : ''}）`,
          }
        : null,
    });
  }

  async function record(): Promise<void> {
    const s = state();
    const collect = s.collect;
    if (!canRecord(s) || collect === null) return;
    const { preview } = collect;
    const apply = s.apply && fillCount(preview) > 0;
    const title = '未导入反馈';
    store.dispatch({ type: 'recordStarted' });
    if (apply) {
      // The dates go to ledger rows as read: a ledger (or a mapping) changed since could put one in another item's cell.
      const inputs = source();
      if (!inputs.ok) return fail(title, inputs.message);
      const analysis = await analyze(inputs.options, title);
      if (analysis === null) return;
      const changed = changedInput(analysis.fingerprint(), collect.fingerprint, ['settings', 'ledger']);
      if (changed !== null) {
        const text =
          changed === 'settings'
            ? '「三色着色」页的台账工作表、列映射或截止日期在读取后已改动：请重新读取交回的清单'
            : `台账「${preview.ledgerSheet}」在读取后已改动：请重新读取交回的清单`;
        return store.dispatch({ type: 'previewStale', message: { intent: 'error', title, text: `${text}（${LOG}和台账均未改动）` } });
      }
    }
    let result: RecordedFeedback;
    try {
      result = await recordFeedback(port, preview, { apply });
    } catch (e) {
      return fail('导入反馈失败', `写入台账或${LOG}时出错：${errorReason(e)}。请查看${LOG}中已登记的行，再重新读取`);
    }
    const parts: string[] = [];
    if (result.registered.length > 0 || !apply) parts.push(`${LOG}新增 ${result.registered.length} 条`);
    if (apply) parts.push(`台账填入完成时间 ${result.filled.length} 处`);
    if (result.notEmpty.length > 0) parts.push(`${result.notEmpty.length} 处因单元格已有内容未填入`);
    const message: PanelMessage =
      result.registered.length === 0 && result.filled.length === 0
        ? result.notEmpty.length > 0
          ? { intent: 'warning', title: '未填入台账', text: `${result.notEmpty.length} 处完成时间的单元格在读取后已有内容，未填入，台账未改动` }
          : { intent: 'info', title: '没有新的反馈', text: `这些反馈在读取后已由他人登记在${LOG}，未重复登记` }
        : { intent: 'success', title: '已导入反馈', text: parts.join('；') };
    store.dispatch({ type: 'recorded', recorded: { ...result, ledgerSheet: preview.ledgerSheet, applied: apply, unapplied: apply ? 0 : fillCount(preview) }, message });
  }

  /** Shows what Excel refused, if it did (a sheet hidden or deleted since). */
  const show = (message: PanelMessage | null) => {
    if (message !== null) store.dispatch({ type: 'messageShown', message });
  };

  return {
    split,
    read,
    setApply: (apply) => store.dispatch({ type: 'applySet', apply }),
    record,
    openSheet: async (sheet) => show(await openSheet(ui, sheet)),
    selectCell: async (sheet, cell) => show(await selectCell(ui, sheet, cell)),
    dismissMessage: () => store.dispatch({ type: 'messageDismissed' }),
  };
}
