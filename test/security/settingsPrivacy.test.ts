/**
 * The document settings hold no personal data (src/office/settings.ts: "Nothing personal and
 * nothing from the ledger's cells is stored here"). Settings travel inside the workbook, also
 * where the ledger's cells are not shared (a copy with the ledger sheet removed, a template), so
 * they must carry nothing but the ledger sheet's name, column numbers and rules.
 *
 * The real pane logic (createLedgerPanelActions) over the Office adapter and the fake Excel, with
 * the real document settings (createSettingsPort over a DocumentSettingsStore kept in memory): load, a
 * column correction, preview, 应用三色 on a ledger full of names and phone numbers.
 */
import { SETTINGS_KEY } from '../../src/app/settings';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { createSettingsPort, type DocumentSettingsStore } from '../../src/office/documentSettings';
import { createLedgerPanelActions } from '../../src/taskpane/ledger/ledgerPanelActions';
import { initialPanelState } from '../../src/taskpane/ledger/ledgerPanelState';
import { createPanelStore } from '../../src/taskpane/ledger/ledgerPanelState';
import { fakeWorkbookFrom } from '../fakes/fakeExcel';
import { dateOnly } from '../support/dateOnly';

/** Excel serial of 2020-04-28 (1900 date system). */
const APRIL_28 = 43949;

/** Names and numbers that must never leave the cells. */
const PERSONAL = ['张建国', '李秀英', '王志强', '刘海燕', '陈明', '13807301234', '0730-5221234', '13974012345', '15073098765'];

/**
 * 督办台账 with the people in it: 督办联系人 (F, a header the detection does not know, so the
 * user maps it to 责任领导 by hand), names and phones in titles and remarks. 单位名册 gives each
 * unit's 主要负责人 and phone.
 */
function workbookWithPeople() {
  return fakeWorkbookFrom({
    督办台账: {
      rows: [
        ['2020年县长批示件督办台账', null, null, null, null, null, null, null],
        ['序号', '督办事项', '事项来源', '责任单位', '交办时间', '督办联系人', '完成时间', '备注'],
        [1, '督促张建国同志落实污水管网改造', '县长批示', '县住建局', APRIL_28, '张建国 13807301234', null, '联系人李秀英，电话0730-5221234'],
        [2, '落实春耕生产资金（联系人：刘海燕 15073098765）', '县长批示', '县财政局', APRIL_28, '李秀英', null, null],
      ],
      merges: ['A1:H1'],
      numberFormats: { E3: 'yyyy-mm-dd', E4: 'yyyy-mm-dd' },
    },
    单位名册: [
      ['单位名称', '别名', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备'],
      ['县住建局', '住建局', '县直部门', '王志强', '13974012345', 40, 20000, '是'],
      ['县财政局', '财政局', '县直部门', '陈明', '0730-5221234', 30, 20000, '是'],
    ],
  });
}

/** Office.context.document.settings as the add-in uses it: a key–value store, saved on request. */
function memoryStore(): DocumentSettingsStore & { values: Map<string, unknown>; saves: number } {
  const store = {
    values: new Map<string, unknown>(),
    saves: 0,
    get: (key: string) => store.values.get(key),
    set: (key: string, value: unknown) => void store.values.set(key, value),
    save: async () => void store.saves++,
  };
  return store;
}

describe('the settings saved by 应用三色', () => {
  it('hold the ledger sheet and the column correction, and nothing from the cells', async () => {
    const fake = workbookWithPeople();
    const documentSettings = memoryStore();
    const store = createPanelStore(initialPanelState('2020-07-01'));
    const actions = createLedgerPanelActions(
      {
        port: new OfficeWorkbook(fake.run),
        ui: { activeSheet: async () => '督办台账', selectCell: async () => undefined },
        settings: createSettingsPort(documentSettings),
        today: () => dateOnly('2020-07-01'),
      },
      store,
    );

    await actions.load();
    actions.setColumn('leader', 6);
    await actions.preview();
    await actions.apply();

    // The apply went through: both items are red as of 2020-07-01 (SPEC §3 worked example).
    expect(fake.values('督办台账', 'I2:I4')).toEqual([['督办状态'], ['红'], ['红']]);
    expect(documentSettings.saves).toBe(1);
    const saved = documentSettings.values.get(SETTINGS_KEY);
    expect(saved).toBe('{"version":1,"ledgerSheet":"督办台账","columns":{"leader":6}}');
    expect(PERSONAL.filter((text) => String(saved).includes(text))).toEqual([]);
    expect([...documentSettings.values.keys()]).toEqual([SETTINGS_KEY]);
  });
});
