/** The pane's ExcelUi over Office.js (the fake Excel): what the 作废 step reads of the selection. */
import { createOfficeUi } from './officeUi';
import { fakeWorkbookFrom } from '../../test/fakes/fakeExcel';

function workbook() {
  return fakeWorkbookFrom({
    督办台账: [['序号', '督办事项']],
    督办单登记: [['督办单编号', '颜色'], ['督〔2020〕蓝1号', '蓝'], ['督〔2020〕蓝2号', '蓝']],
  });
}

describe('createOfficeUi: selectedCell', () => {
  it('gives the sheet, the first row (1-based) and the rows selected, in one round trip', async () => {
    const fake = workbook();
    const ui = createOfficeUi(fake.run);
    fake.selection = { sheet: '督办单登记', address: 'C3' };
    expect(await ui.selectedCell()).toEqual({ sheet: '督办单登记', row: 3, rowCount: 1 });
    expect(fake.syncCount).toBe(1);

    fake.selection = { sheet: '督办单登记', address: 'A2:L3' };
    expect(await ui.selectedCell()).toEqual({ sheet: '督办单登记', row: 2, rowCount: 2 });
    expect(fake.syncCount).toBe(2);
  });

  it('rejects when the selection is not a range (a chart or a shape)', async () => {
    const fake = workbook();
    fake.selection = null;
    await expect(createOfficeUi(fake.run).selectedCell()).rejects.toThrow('the current selection is not a range');
  });
});
