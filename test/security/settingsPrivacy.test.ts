/**
 * The saved settings hold no personal data. The 规则设置 sheet travels with the workbook, also
 * where the ledger's cells are not shared (a copy with the ledger sheet removed, a template, a
 * sheet copied to another county), so it must carry nothing but the ledger sheet's name, header
 * texts and rules.
 *
 * The real pane logic (createLedgerPanelActions) over the Office adapter and the fake Excel, with
 * the real settings (createWorkbookSettings): load, a column correction, preview, 应用三色 on a
 * ledger full of names and phone numbers.
 */
import { createWorkbookSettings } from '../../src/app/workbookSettings';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { createLedgerPanelActions } from '../../src/taskpane/ledger/ledgerPanelActions';
import { initialPanelState } from '../../src/taskpane/ledger/ledgerPanelState';
import { createPanelStore } from '../../src/taskpane/ledger/ledgerPanelState';
import { fakeWorkbookFrom } from '../fakes/fakeExcel';
import { dateOnly } from '../support/dateOnly';
import { legacySettings } from '../support/legacySettings';

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

describe('the settings saved by 应用三色', () => {
  it('hold the ledger sheet and the column correction in 规则设置, and nothing from the cells', async () => {
    const fake = workbookWithPeople();
    const port = new OfficeWorkbook(fake.run);
    const legacy = legacySettings();
    const store = createPanelStore(initialPanelState('2020-07-01'));
    const actions = createLedgerPanelActions(
      {
        port,
        ui: { activeSheet: async () => '督办台账', selectCell: async () => undefined },
        settings: createWorkbookSettings(port, legacy),
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
    const values = fake.values('规则设置', 'A1:D80');
    const rowOf = (label: string) => values.find((r) => r[0] === label);
    expect(rowOf('台账工作表')?.[1]).toBe('督办台账');
    // The correction is saved as the header it names: a header, never a cell of the rows below.
    expect(rowOf('列·责任领导')?.[1]).toBe('督办联系人');
    const written = values.flat().join('\n');
    expect(PERSONAL.filter((text) => written.includes(text))).toEqual([]);
    expect(legacy.read()).toBeUndefined();
  });
});
