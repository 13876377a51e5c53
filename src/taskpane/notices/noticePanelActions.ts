import { analyzeWorkbook, type AnalyzeOptions, type AnalyzeResult, type LedgerAnalysis } from '../../app/analyzeWorkbook';
import { issueNotices, previewNotices, readNoticeLog } from '../../app/issueNotices';
import { errorReason } from '../../app/errorReason';
import { voidNotice } from '../../app/voidNotice';
import type { WorkbookPort } from '../../app/ports/workbookPort';
import { createHasher, snapshotFingerprint } from '../../core/ledger/snapshotFingerprint';
import { checkNoticePlausibility } from '../../core/notices/checkNoticePlausibility';
import { COLOR_NAMES, NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import type { PlannedNotice } from '../../core/notices/planNotices';
import type { Problem } from '../../core/problems';
import type { AnalysisSource } from '../analysisSource';
import type { HostUi } from '../../app/ports/hostUi';
import { openSheet, selectCell } from '../excelNavigation';
import type { PanelMessage } from '../panelState';
import type { Store } from '../panelStore';
import {
  canIssue,
  canVoid,
  countByColor,
  isNoticeBusy,
  NOTICE_COLORS,
  type NoticeInputsFingerprint,
  type NoticePanelAction,
  type NoticePanelState,
} from './noticePanelState';

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
 * What a notice preview was worked out from. The settings (sheet, mapping, as-of date, rules), the
 * ledger sheet as read, the log entries as read: issuing from a preview whose inputs moved would
 * issue notices the user never saw.
 */
export function noticeInputsFingerprint(options: AnalyzeOptions, analysis: LedgerAnalysis): NoticeInputsFingerprint {
  const columns = Object.entries(options.columns ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const settings = createHasher()
    .add(options.asOf)
    .add(options.sheet ?? '')
    .add(JSON.stringify(columns))
    .add(JSON.stringify(options.rules))
    .digest();
  // The whole parsed log, not only its entries: planning also uses its numbers and unreadable rows.
  const log = createHasher().add(JSON.stringify(analysis.noticeLog)).digest();
  return { options: settings, ledger: snapshotFingerprint(analysis.sheet), log };
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
    const plan = previewNotices(analysis);
    store.dispatch({
      type: 'previewed',
      preview: { asOf: analysis.asOf, ledgerSheet: analysis.sheet.name, notices: plan.notices },
      fingerprint: noticeInputsFingerprint(inputs.options, analysis),
      // SPEC §9: checked on what the user sees; issuing refuses any other plan (the fingerprint).
      doubt: checkNoticePlausibility(plan.notices, analysis.asOf, analysis.rules.notices),
      // The log's own problems (a row edited by hand) with the plan's: both decide what is issued.
      problems: [...analysis.problems.filter((p) => p.sheet === NOTICE_LOG_SHEET), ...plan.problems],
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
    // Read again, and issue only what the preview showed: any change since then is refused.
    const analysis = await analyze(inputs.options, title);
    if (analysis === null) return;
    const now = noticeInputsFingerprint(inputs.options, analysis);
    const stale = (text: string) => store.dispatch({ type: 'previewStale', message: { intent: 'error', title, text } });
    if (now.options !== before.options) return stale('「三色着色」页的台账工作表、列映射或截止日期在预览后已改动：请重新预览');
    if (now.ledger !== before.ledger) return stale(`台账「${analysis.sheet.name}」在预览后已改动：请重新预览`);
    if (now.log !== before.log) return stale(`${LOG}在预览后已改动：请重新预览`);

    let issued;
    try {
      issued = await issueNotices(port, analysis);
    } catch (e) {
      return fail('生成督办单失败', `写入${LOG}或督办单工作表时出错：${errorReason(e)}。请查看${LOG}中已登记的行，再重新预览`);
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
    const { sheet, row, rowCount } = selection;
    if (sheet !== NOTICE_LOG_SHEET) {
      return fail(title, `当前选中的是工作表「${sheet}」：请在${LOG}表中选中要作废的督办单所在的行`);
    }
    if (rowCount > 1) {
      return fail(title, `选中了${LOG}第 ${row}–${row + rowCount - 1} 行：一次只能作废一张督办单，请只选中一行`);
    }
    let current;
    try {
      current = await readNoticeLog(port);
    } catch (e) {
      return fail(title, `读取${LOG}失败：${errorReason(e)}`);
    }
    if (current === null) return fail(title, `工作簿中没有${LOG}表`);
    const { log } = current;
    if (log.headerRow === null) {
      return fail(title, `${LOG}的表头无法识别：应有 督办单编号、颜色、状态、备注 等列`, log.problems);
    }
    if (row <= log.headerRow) {
      return fail(title, `选中的是${LOG}的表头（第 ${row} 行）：请选中要作废的督办单所在的行`);
    }
    const entry = log.entries.find((e) => e.row === row);
    if (entry === undefined || entry.number === null) {
      const unreadable = log.unreadable.some((u) => u.row === row) || log.problems.some((p) => p.row === row);
      return fail(
        title,
        unreadable
          ? `${LOG}第 ${row} 行有误（见下方问题），不能识别为一张督办单：请先改正该行`
          : `${LOG}第 ${row} 行没有督办单：请选中要作废的督办单所在的行`,
        unreadable ? log.problems.filter((p) => p.row === row) : undefined,
      );
    }
    if (entry.voided) return fail(title, `督办单「${entry.number}」已作废（${LOG}第 ${row} 行），无需再次作废`);
    store.dispatch({
      type: 'voidTargetRead',
      target: { row, number: entry.number, color: entry.color, unit: entry.unit, itemId: entry.itemId, title: entry.title, issueDate: entry.issueDate },
      log: log.entries,
    });
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
