import { addHolidayNotice, type AddedHolidayNotice } from '../../app/addHolidayNotice';
import { errorReason } from '../../app/errorReason';
import type { HostUi } from '../../app/ports/hostUi';
import { previewHolidayNotice, type HolidayNoticePreview } from '../../app/previewHolidayNotice';
import { changeSetting, createSettingsSheet, type SettingChange } from '../../app/workbookSettings';
import { openSheet, selectCell } from '../shared/excelNavigation';
import type { PaneDeps } from '../shared/paneDeps';
import type { PanelMessage } from '../shared/panelMessage';
import { canCreateSheet, canEditRules, canWriteNotice, settingAt, type SettingsPanelStore } from './settingsPanelState';

/** The sheets this panel writes (named here as the user reads them; the use cases name them too). */
export const SETTINGS_SHEET_NAME = '规则设置';
export const CALENDAR_SHEET_NAME = '节假日调整';

export interface SettingsPanelDeps extends Pick<PaneDeps, 'port' | 'settings'> {
  ui: Pick<HostUi, 'selectCell'>;
  /**
   * The rules or the working calendar changed (a setting edited, a notice's days written): the
   * ledger panel reads them again (its refresh), so its preview follows the new rules.
   */
  onRulesChanged: () => void | Promise<void>;
}

export interface SettingsPanelActions {
  /** Reads the settings in force (the 规则设置 sheet's, else the preset's) and where they come from; false when the read failed (the message says why). */
  load(): Promise<boolean>;
  /** 创建规则设置表: adds the sheet holding the settings in force, then reads it. */
  createSheet(): Promise<void>;
  /**
   * Writes one setting as typed (blank: back to the default) into the 规则设置 sheet, after
   * checking it as the sheet will be read: a refused value writes nothing and its field says why.
   * Edits are written one after another, in the order made. Does nothing unless the sheet is in force.
   */
  changeSetting(path: string, text: string): Promise<void>;
  /** The user typed again in a refused field: its message goes. */
  clearRefusal(path: string): void;
  /** Takes the user to the 规则设置 sheet. */
  openSettingsSheet(): Promise<void>;
  /** Selects a problem's cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  setNoticeText(text: string): void;
  /** 预览: reads the pasted notice; writes nothing. */
  previewNotice(): void;
  /** 写入「节假日调整」: the days of the preview the sheet lacks. */
  writeNotice(): Promise<void>;
  dismissMessage(): void;
}

const dayList = (days: ReadonlyArray<{ date: string }>) => days.map((d) => d.date).join('、');

/** Whether the year was entered whole (全年已录入), and when not, why. */
function declaredText(preview: HolidayNoticePreview, written: AddedHolidayNotice): string {
  const year = preview.notice.year;
  if (written.declared) return `已登记 ${year} 年“全年已录入”`;
  if (year === null) return '通知中没有读出年份，未登记“全年已录入”';
  if (preview.entireYear === null) return `有句子未能读出，未登记 ${year} 年“全年已录入”`;
  if (written.conflicts.length > 0) return `因有日期与表中相反，未登记 ${year} 年“全年已录入”`;
  return `${year} 年此前已登记“全年已录入”`;
}

/** What 写入「节假日调整」 did, in one message. */
export function describeWrittenNotice(preview: HolidayNoticePreview, written: AddedHolidayNotice): PanelMessage {
  const parts = [`新增 ${written.added.length} 天`];
  if (written.present.length > 0) parts.push(`已有 ${written.present.length} 天未重复写入`);
  if (written.conflicts.length > 0) parts.push(`${written.conflicts.length} 天与表中已有的相反、未改动（${dayList(written.conflicts)}），请核对后在表中修改`);
  parts.push(declaredText(preview, written));
  return {
    intent: written.conflicts.length > 0 ? 'warning' : 'success',
    title: `已写入「${CALENDAR_SHEET_NAME}」`,
    text: `${parts.join('；')}。`,
  };
}

/**
 * The 设置 panel's behaviour over a store and injected ports: no React, no Office. Edits go
 * through changeSetting (checked, then written into the sheet); after each write the settings are
 * read again and the ledger panel is told, so every panel works with the rules in the workbook.
 */
export function createSettingsPanelActions(deps: SettingsPanelDeps, store: SettingsPanelStore): SettingsPanelActions {
  const { port, settings, ui } = deps;
  const state = () => store.getState();
  const error = (title: string, text: string): PanelMessage => ({ intent: 'error', title, text });
  /** The ledger panel reads the rules again; it reports its own failures. */
  const rulesChanged = () => Promise.resolve().then(deps.onRulesChanged).catch(() => undefined);
  /** Edits, one after another. */
  let edits: Promise<void> = Promise.resolve();

  async function load(): Promise<boolean> {
    store.dispatch({ type: 'loadStarted' });
    const revision = state().revision;
    try {
      store.dispatch({ type: 'loaded', revision, loaded: await settings.load() });
      return true;
    } catch (e) {
      store.dispatch({ type: 'loadFailed', revision, message: error('无法读取规则设置', `读取「${SETTINGS_SHEET_NAME}」工作表失败：${errorReason(e)}`) });
      return false;
    }
  }

  /** Reads the settings again after a write: `done` when they were read, else the read's error. */
  async function reloadAfter(done: PanelMessage): Promise<PanelMessage> {
    if (await load()) return done;
    return error('已写入，但未能重新读取规则设置', state().message?.text ?? '');
  }

  async function createSheet(): Promise<void> {
    const rules = state().rules;
    if (rules === null || !canCreateSheet(state())) return;
    store.dispatch({ type: 'createStarted' });
    let created: Awaited<ReturnType<typeof createSettingsSheet>>;
    try {
      created = await createSettingsSheet(port, rules.settings);
    } catch (e) {
      store.dispatch({ type: 'createFinished', message: error('创建规则设置表失败', `无法新建「${SETTINGS_SHEET_NAME}」工作表：${errorReason(e)}`) });
      return;
    }
    const { kind, sheet } = created;
    const done: PanelMessage =
      kind === 'created'
        ? { intent: 'success', title: '已创建规则设置表', text: `已新建工作表「${sheet}」，写入现行的各项设置；可在本页或该表中修改。` }
        : { intent: 'info', title: '规则设置表已存在', text: `工作簿中已有「${sheet}」工作表，已按该表读取设置。` };
    store.dispatch({ type: 'createFinished', message: await reloadAfter(done) });
  }

  async function writeSetting(path: string, text: string): Promise<void> {
    const setting = settingAt(state().rules, path);
    if (setting === null || !canEditRules(state())) return;
    // The value in force already: nothing to write.
    if (text.trim() === setting.value) return store.dispatch({ type: 'refusalCleared', path });
    store.dispatch({ type: 'saveStarted', path });
    let result: SettingChange;
    try {
      result = await changeSetting(port, path, text);
    } catch (e) {
      store.dispatch({ type: 'saveFinished', path, message: error('修改设置失败', `「${setting.label}」未能写入「${SETTINGS_SHEET_NAME}」工作表：${errorReason(e)}`) });
      return;
    }
    if (!result.ok) {
      store.dispatch({ type: 'saveRefused', path, reason: result.message });
      return;
    }
    const shown = text.trim() === '' ? `默认值${setting.defaultValue === '' ? '（空白）' : ` ${setting.defaultValue}`}` : text.trim();
    const done: PanelMessage = { intent: 'success', title: '已修改设置', text: `「${setting.label}」已改为 ${shown}，各页按新规则办理（三色着色请重新预览）。` };
    const message = await reloadAfter(done);
    // Said once the ledger panel has the new rules: what the other tabs analyse from now on.
    await rulesChanged();
    store.dispatch({ type: 'saveFinished', path, message });
  }

  function changeOne(path: string, text: string): Promise<void> {
    const next = edits.then(() => writeSetting(path, text));
    edits = next.catch(() => undefined);
    return next;
  }

  async function writeNotice(): Promise<void> {
    const preview = state().holiday.preview;
    if (preview === null || !canWriteNotice(state())) return;
    store.dispatch({ type: 'noticeWriteStarted' });
    let written: AddedHolidayNotice;
    try {
      written = await addHolidayNotice(port, preview.notice);
    } catch (e) {
      store.dispatch({ type: 'noticeWriteFailed', message: error('写入节假日安排失败', `无法写入「${CALENDAR_SHEET_NAME}」工作表：${errorReason(e)}`) });
      return;
    }
    // The working calendar changed: the ledger panel reads the workbook again.
    await rulesChanged();
    store.dispatch({ type: 'noticeWritten', written, message: describeWrittenNotice(preview, written) });
  }

  function previewNotice(): void {
    const { text } = state().holiday;
    if (text.trim() === '') {
      store.dispatch({ type: 'messageShown', message: { intent: 'warning', title: '没有通知内容', text: '请先把国务院办公厅的节假日安排通知全文粘贴到「粘贴国务院节假日安排通知」框中。' } });
      return;
    }
    try {
      store.dispatch({ type: 'noticePreviewed', preview: previewHolidayNotice(text) });
    } catch (e) {
      store.dispatch({ type: 'messageShown', message: error('无法读取通知', `读取粘贴的通知失败：${errorReason(e)}`) });
    }
  }

  async function navigate(go: () => Promise<PanelMessage | null>): Promise<void> {
    const message = await go();
    if (message !== null) store.dispatch({ type: 'messageShown', message });
  }

  return {
    load,
    createSheet,
    changeSetting: changeOne,
    clearRefusal: (path) => store.dispatch({ type: 'refusalCleared', path }),
    openSettingsSheet: () => navigate(() => openSheet(ui, SETTINGS_SHEET_NAME)),
    selectCell: (sheet, cell) => navigate(() => selectCell(ui, sheet, cell)),
    setNoticeText: (text) => store.dispatch({ type: 'noticeTextSet', text }),
    previewNotice,
    writeNotice,
    dismissMessage: () => store.dispatch({ type: 'messageDismissed' }),
  };
}
