/**
 * The 设置 panel's actions without React: over the real OfficeWorkbook, the real settings port and
 * the fake Excel, driving the store as the panel does.
 */
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { createWorkbookSettings } from '../../src/app/workbookSettings';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { createSettingsPanelActions, type SettingsPanelActions } from '../../src/taskpane/settings/settingsPanelActions';
import { canWriteNotice, createSettingsPanelStore, settingAt, type SettingsPanelStore } from '../../src/taskpane/settings/settingsPanelState';
import type { FakeExcel } from '../fakes/fakeExcel';
import { recordingUi, specWorkbook } from './ledgerFixture';

function setUp(fake: FakeExcel, port: WorkbookPort = new OfficeWorkbook(fake.run)) {
  const store = createSettingsPanelStore();
  const changed: number[] = [];
  const actions = createSettingsPanelActions(
    { port, settings: createWorkbookSettings(port), ui: recordingUi('督办台账'), onRulesChanged: () => void changed.push(changed.length + 1) },
    store,
  );
  return { store, actions, changed };
}

const value = (store: SettingsPanelStore, path: string) => settingAt(store.getState().rules, path)?.value;

const NOTICE_2027 = '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（星期五）至3日（星期日）放假调休，共3天。';

async function writeNotice(actions: SettingsPanelActions, store: SettingsPanelStore, text: string): Promise<void> {
  actions.setNoticeText(text);
  actions.previewNotice();
  expect(canWriteNotice(store.getState())).toBe(true);
  await actions.writeNotice();
}

describe('settings panel actions', () => {
  it('writes edits one after another, in the order made, telling the ledger panel after each', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    const { store, actions, changed } = setUp(fake);
    await actions.load();
    await Promise.all([
      actions.changeSetting('escalation.redRepeatDays', '3'),
      actions.changeSetting('escalation.redRepeatDays', '4'),
      actions.changeSetting('escalation.yellowAfterDays', '6'),
    ]);
    expect(fake.values('规则设置', 'A2:B3')).toEqual([
      ['红色督办单重复间隔', 4],
      ['黄色督办单：时限后天数', 6],
    ]);
    expect(value(store, 'escalation.redRepeatDays')).toBe('4');
    expect(value(store, 'escalation.yellowAfterDays')).toBe('6');
    expect(changed).toEqual([1, 2, 3]);
    expect(store.getState().saving).toEqual([]);
  });

  it('a refused edit writes nothing and does not tell the ledger panel; the value in force already is not written again', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    const { store, actions, changed } = setUp(fake);
    await actions.load();
    await actions.changeSetting('escalation.redRepeatDays', '十');
    const refusal = store.getState().refusals['escalation.redRepeatDays'];
    expect(refusal).toContain('「红色督办单重复间隔」');
    await actions.changeSetting('escalation.redRepeatDays', '10');
    // The value in force: the refusal goes, nothing is written.
    expect(store.getState().refusals).toEqual({});
    expect(store.getState().message).toBeNull();
    expect(fake.values('规则设置', 'B2')).toEqual([[10]]);
    expect(changed).toEqual([]);
  });

  it('edits nothing while the preset is in force', async () => {
    const fake = specWorkbook();
    const { store, actions, changed } = setUp(fake);
    await actions.load();
    expect(store.getState().rules?.source).toBe('preset');
    await actions.changeSetting('escalation.yellowAfterDays', '3');
    expect(value(store, 'escalation.yellowAfterDays')).toBe('5');
    expect(changed).toEqual([]);
    expect((await new OfficeWorkbook(fake.run).listSheets()).map((s) => s.name)).toEqual(['说明', '督办台账']);
  });

  it('a failed write of a setting is an error message naming the setting', async () => {
    const fake = specWorkbook({ settings: [['红色督办单重复间隔', 10]] });
    const port = new OfficeWorkbook(fake.run);
    const failing = Object.assign(Object.create(port) as WorkbookPort, { setCells: () => Promise.reject(new Error('工作表受保护')) });
    const { store, actions, changed } = setUp(fake, failing);
    await actions.load();
    await actions.changeSetting('escalation.redRepeatDays', '5');
    expect(store.getState().message).toEqual({ intent: 'error', title: '修改设置失败', text: '「红色督办单重复间隔」未能写入「规则设置」工作表：工作表受保护' });
    expect(store.getState().saving).toEqual([]);
    expect(changed).toEqual([]);
  });

  it('says what writing a notice did: days already there, days the sheet has the other way, the year entered before', async () => {
    const fake = specWorkbook();
    const { store, actions, changed } = setUp(fake);
    await writeNotice(actions, store, NOTICE_2027);
    expect(store.getState().message).toEqual({ intent: 'success', title: '已写入「节假日调整」', text: '新增 3 天；已登记 2027 年“全年已录入”。' });

    // 1月3日 上班 this time: the sheet has it as 放假, and keeps it.
    await writeNotice(actions, store, '国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（星期五）至2日（星期六）放假，共2天。1月3日（星期日）上班。');
    expect(store.getState().message).toEqual({
      intent: 'warning',
      title: '已写入「节假日调整」',
      text: '新增 0 天；已有 2 天未重复写入；1 天与表中已有的相反、未改动（2027-01-03），请核对后在表中修改；因有日期与表中相反，未登记 2027 年“全年已录入”。',
    });

    await writeNotice(actions, store, `${NOTICE_2027}\n`);
    expect(store.getState().message?.text).toBe('新增 0 天；已有 3 天未重复写入；2027 年此前已登记“全年已录入”。');
    // Header, three days, the year's row: nothing added by the second and third writes.
    expect(fake.values('节假日调整', 'A5:B6')).toEqual([
      [2027, '全年已录入'],
      ['', ''],
    ]);
    expect(changed).toEqual([1, 2, 3]);
  });

  it('an empty text is not previewed; the message says to paste the notice', () => {
    const { store, actions } = setUp(specWorkbook());
    actions.setNoticeText('  ');
    actions.previewNotice();
    expect(store.getState().holiday.preview).toBeNull();
    expect(store.getState().message?.title).toBe('没有通知内容');
  });
});
