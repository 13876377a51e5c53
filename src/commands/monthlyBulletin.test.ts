import type { WorkbookPort } from '../app/ports/workbookPort';
import { OfficeWorkbook } from '../office/officeWorkbook';
import { createWorkbookSettings } from '../app/workbookSettings';
import { legacySettings } from '../../test/support/legacySettings';
import { fakeWorkbookFrom, type FakeExcel, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import { specWorkbook } from '../../test/taskpane/ledgerFixture';
import { monthlyBulletin, type MonthlyBulletinDeps } from './monthlyBulletin';
import type { DateOnly } from '../core/dates/dateOnly';
import { dateOnly } from '../../test/support/dateOnly';

/**
 * The command's dependencies over the fake, recording the sheets it brings to the front; `saved`
 * as an earlier version kept settings (moved into a 规则设置 sheet at the first load).
 */
function depsFor(fake: FakeExcel, today: DateOnly, saved?: object): MonthlyBulletinDeps & { activated: string[] } {
  const activated: string[] = [];
  const port = new OfficeWorkbook(fake.run);
  return {
    port,
    settings: createWorkbookSettings(port, legacySettings(saved)),
    today: () => today,
    activate: async (sheet) => void activated.push(sheet),
    activated,
  };
}

/** 2020-06-15 (Excel serial): a deadline falling in June. */
const JUNE_15 = 43997;
describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('monthlyBulletin (ribbon 生成本月通报)', () => {
    it('adds last month’s bulletin, issue 1, with its chart, and shows it', async () => {
      const fake = specWorkbook();
      const deps = depsFor(fake, dateOnly('2020-06-03'));
      const result = await monthlyBulletin(deps);

      expect(result.sheet).toBe('督办通报 2020年5月（第1期）');
      expect(fake.sheetNames()).toEqual(['说明', '督办台账', '督办通报 2020年5月（第1期）']);
      expect(deps.activated).toEqual(['督办通报 2020年5月（第1期）']);
      expect(fake.values('督办通报 2020年5月（第1期）', 'A1:A2')).toEqual([
        ['湘阴县人民政府督查室 2020年5月督办工作通报（第1期）'],
        ['统计期间：2020年5月1日至5月31日'],
      ]);
      // Five units (县住建局, 县发改局, 县财政局, 县政务服务中心, 县工信局) in rows 19–23 under the table header in row 18.
      expect(fake.values('督办通报 2020年5月（第1期）', 'A18:A18')).toEqual([['单位']]);
      const units = fake.values('督办通报 2020年5月（第1期）', 'A19:A23').map((r) => r[0]);
      expect([...units].sort()).toEqual(['县住建局', '县发改局', '县工信局', '县政务服务中心', '县财政局'].sort());
      const [chart] = fake.charts('督办通报 2020年5月（第1期）');
      expect([chart.type, chart.source, chart.categories]).toEqual(['ColumnStacked', "'督办通报 2020年5月（第1期）'!E19:G23", "'督办通报 2020年5月（第1期）'!A19:A23"]);
    });

    it('numbers on: the same month again is the same issue on a new sheet, the next month issue 2', async () => {
      const fake = specWorkbook();
      await monthlyBulletin(depsFor(fake, dateOnly('2020-06-03')));
      // A corrected re-issue of May keeps 第1期; the sheet name is made unique.
      const again = await monthlyBulletin(depsFor(fake, dateOnly('2020-06-20')));
      expect(again.sheet).toBe('督办通报 2020年5月（第1期） (2)');
      const june = depsFor(fake, dateOnly('2020-07-02'));
      const next = await monthlyBulletin(june);
      expect(next.sheet).toBe('督办通报 2020年6月（第2期）');
      expect(june.activated).toEqual(['督办通报 2020年6月（第2期）']);
      expect(fake.values('督办通报 2020年6月（第2期）', 'A1:A1')).toEqual([['湘阴县人民政府督查室 2020年6月督办工作通报（第2期）']]);
    });

    it('on January 1st makes December of the year before', async () => {
      const fake = specWorkbook();
      const result = await monthlyBulletin(depsFor(fake, dateOnly('2021-01-01')));
      expect(result.sheet).toBe('督办通报 2020年12月（第1期）');
    });

    it('uses the saved ledger sheet, column corrections and rules', async () => {
      // F2 reads 时间节点, which only the saved correction maps to 办理时限; item 5 falls due on June 15.
      const extraRows = [[5, '修缮县图书馆', '会议交办', '县文旅广体局', 43949, JUNE_15, null, null]];
      const fake = specWorkbook({ deadlineHeader: '时间节点', extraRows });
      const result = await monthlyBulletin(
        depsFor(fake, dateOnly('2020-06-03'), { ledgerSheet: '督办台账', columns: { deadline: 6 }, rules: { notices: { office: '汨罗市人民政府督查室' } } }),
      );
      const rows = fake.values(result.sheet, 'A1:I60');
      expect(rows[0][0]).toBe('汨罗市人民政府督查室 2020年5月督办工作通报（第1期）');
      const due = rows.findIndex((r) => r[0] === '五、下期（2020年6月）到期事项');
      expect(rows[due + 2].filter((v) => v !== '')).toEqual(['5', '修缮县图书馆', '县文旅广体局', '6月15日']);

      // Without the correction the deadline column is unknown: nothing falls due.
      const detected = specWorkbook({ deadlineHeader: '时间节点', extraRows });
      const plain = await monthlyBulletin(depsFor(detected, dateOnly('2020-06-03')));
      expect(detected.values(plain.sheet, 'A1:A60').map((r) => r[0])).toContain('下期（2020年6月）无到期的在办事项。');
    });

    it('fails in Chinese, writing nothing, when no sheet is a ledger', async () => {
      const fake = fakeWorkbookFrom({ 说明: [['本工作簿记录2020年县长批示件的办理情况。']] });
      const before = fake.dump();
      const deps = depsFor(fake, dateOnly('2020-06-03'));
      await expect(monthlyBulletin(deps)).rejects.toThrow('没有找到督办台账：找不到含「督办事项」「责任单位」「交办时间」等列的表头');
      expect(fake.dump()).toBe(before);
      expect(deps.activated).toEqual([]);
    });

    it('fails naming the saved sheet when it is gone', async () => {
      const fake = specWorkbook();
      await expect(monthlyBulletin(depsFor(fake, dateOnly('2020-06-03'), { ledgerSheet: '2019台账' }))).rejects.toThrow('工作表「2019台账」不存在（现有：说明、督办台账、规则设置）');
    });

    it('refuses saved rules with errors, naming the setting', async () => {
      const fake = specWorkbook();
      const run = monthlyBulletin(depsFor(fake, dateOnly('2020-06-03'), { rules: { escalation: { yellowAfterDays: -1 } } }));
      await expect(run).rejects.toThrow('保存的设置有误，请在任务窗格中检查后重试：设置 escalation.yellowAfterDays 必须是 0 到 365 之间的整数（当前：-1）');
      expect(fake.sheetNames()).toEqual(['说明', '督办台账']);
    });

    it('names the month when the sheet cannot be added, and shows nothing', async () => {
      const fake = specWorkbook();
      const deps = depsFor(fake, dateOnly('2020-06-03'));
      const port = deps.port as OfficeWorkbook;
      const refusing: WorkbookPort = {
        listSheets: () => port.listSheets(),
        readSheets: (names) => port.readSheets(names),
        writeLedgerDecoration: (d) => port.writeLedgerDecoration(d),
        clearLedgerDecoration: (sheet, column) => port.clearLedgerDecoration(sheet, column),
        addSheet: () => Promise.reject(new Error('工作簿的结构受保护')),
        appendRows: (sheet, rows, create) => port.appendRows(sheet, rows, create),
        fillEmptyCells: (sheet, cells, mark) => port.fillEmptyCells(sheet, cells, mark),
        setCells: (sheet, cells) => port.setCells(sheet, cells),
      };
      await expect(monthlyBulletin({ ...deps, port: refusing })).rejects.toThrow('无法生成2020年5月通报：工作簿的结构受保护');
      expect(fake.sheetNames()).toEqual(['说明', '督办台账']);
      expect(deps.activated).toEqual([]);
    });

    it('says the bulletin was made when it cannot be shown', async () => {
      const fake = specWorkbook();
      const deps = { ...depsFor(fake, dateOnly('2020-06-03')), activate: () => Promise.reject(new Error('工作表已隐藏')) };
      await expect(monthlyBulletin(deps)).rejects.toThrow('已生成「督办通报 2020年5月（第1期）」，但未能切换到该表（工作表已隐藏），请在工作表标签中打开它');
      expect(fake.sheetNames()).toContain('督办通报 2020年5月（第1期）');
    });
  });
});
