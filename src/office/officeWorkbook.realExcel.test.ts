import type { LedgerDecoration } from '../sheets/ledgerDecoration';
import { FAKE_PLATFORMS, MANIFEST_EXCEL_API, fakeWorkbookFrom, useFakePlatform, type FakeExcel, type FakeSheetSpec } from '../../test/fakes/fakeExcel';
import { OfficeWorkbook } from './officeWorkbook';

// Where real Excel differs from what the adapter first assumed (issue 17): each test failed on the
// documentation-held fake before the adapter was mended.

type Row = Array<string | number | null>;

/** A ledger as county offices keep it: 序号 and 督办事项 merged over the two rows of each item. */
function mergedLedger(items: number): FakeSheetSpec {
  const rows: Row[] = [['2020年督办台账'], ['序号', '督办事项', '责任单位', '交办时间', '办理时限']];
  const merges = ['A1:E1'];
  for (let i = 1; i <= items; i++) {
    const top = 2 * i + 1;
    rows.push([i, `事项${i}`, '县水利局', 43897, '3月底前'], [null, null, '县交通局', null, null]);
    merges.push(`A${top}:A${top + 1}`, `B${top}:B${top + 1}`);
  }
  return { rows, merges };
}

function decoration(values: string[], column = 6, firstDataRow = 3): LedgerDecoration {
  const range = { top: firstDataRow, left: 1, bottom: firstDataRow + values.length - 1, right: column };
  return {
    sheet: '台账',
    column,
    headerRows: [firstDataRow - 1],
    firstDataRow,
    lastDataRow: firstDataRow + values.length - 1,
    values,
    range,
    rules: ['蓝', '黄', '红'].map((c) => ({ range, formula: `$F${firstDataRow}="${c}"`, fill: 'DDEBF7', fontColor: '1F4E79' })),
  };
}

describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  it('the fake is the host the manifest promises: ExcelApi 1.13', () => {
    expect(MANIFEST_EXCEL_API).toBe('1.13');
    expect(fakeWorkbookFrom({}).excelApi).toBe('1.13');
  });

  it('reads a ledger with 1,201 merged areas (more than the 512 Excel returns at once)', async () => {
    const fake = fakeWorkbookFrom({ 台账: mergedLedger(600) });
    const office = new OfficeWorkbook(fake.run);
    await office.listSheets();
    const [sheet] = await office.readSheets(['台账']);
    expect(sheet.merges).toHaveLength(1201);
    expect(sheet.merges?.[1]).toEqual({ top: 3, left: 1, bottom: 4, right: 1 });
    expect(sheet.values[1201 - 1]).toEqual([600, '事项600', '县水利局', 43897, '3月底前']);
    // The merged cell's lower half reads empty, as in the xlsx adapter.
    expect(sheet.values[1202 - 1]).toEqual([null, null, '县交通局', null, null]);
    // One failed read, the read again without merges, one sync for the merges in blocks.
    expect(fake.syncLog.map((s) => s.outcome)).toEqual(['ok', 'failed', 'ok', 'ok']);
    // The next read takes the merges in blocks straight away.
    await office.readSheets(['台账']);
    expect(fake.syncLog.map((s) => s.outcome).slice(4)).toEqual(['ok', 'ok']);
  });

  it('reads a ledger beside a stray value in column XFD (6.5 million cells) in a few blocks', async () => {
    const rows: Row[] = [['序号', '督办事项', '责任单位']];
    for (let i = 1; i < 400; i++) rows.push([i, `事项${i}`, '县水利局']);
    const fake = fakeWorkbookFrom({ 台账: { rows, numberFormats: { XFD5: '@' } } });
    fake.sheet('台账').cells.set(5 * 16_385 + 16_384, { value: '备注', numberFormat: '@', format: {} });
    const office = new OfficeWorkbook(fake.run);
    await office.listSheets();
    const [sheet] = await office.readSheets(['台账']);
    expect(sheet.values[4][0]).toBe(4);
    expect(sheet.values[4][16_383]).toBe('备注');
    expect(sheet.values[3]).toEqual([3, '事项3', '县水利局']);
    expect(sheet.values).toHaveLength(400);
    // listSheets, the refused read, the read without values, the column chunks, two blocks of values.
    expect(fake.syncCount).toBe(6);
    // The next read knows the sheet is big: no read is refused or comes back empty.
    await office.readSheets(['台账']);
    expect(fake.syncCount).toBe(6 + 4);
  });

  it('reads a sheet that has both: more than 512 merged areas and more cells than one read returns', async () => {
    const fake = fakeWorkbookFrom({ 台账: mergedLedger(300) });
    fake.sheet('台账').cells.set(700 * 16_385 + 16_384, { value: '备注', numberFormat: 'General', format: {} });
    const [sheet] = await new OfficeWorkbook(fake.run).readSheets(['台账']);
    expect(sheet.merges).toHaveLength(601);
    expect(sheet.values[2]).toEqual([1, '事项1', '县水利局', 43897, '3月底前']);
    expect(sheet.values[699][16_383]).toBe('备注');
  });

  it('on desktop, a read that fails with RangeExceedsLimit is read in blocks too', async () => {
    const rows: Row[] = [['序号', '督办事项']];
    const fake = fakeWorkbookFrom({ 台账: { rows } }, { desktopLargeRead: 'RangeExceedsLimit' });
    fake.sheet('台账').cells.set(400 * 16_385 + 16_384, { value: 'x', numberFormat: 'General', format: {} });
    const [sheet] = await new OfficeWorkbook(fake.run).readSheets(['台账']);
    expect(sheet.values[0]).toEqual(['序号', '督办事项']);
    expect(sheet.values[399][16_383]).toBe('x');
  });

  it('rewrites its rules without touching the user’s rules over the same range, whatever their priority', async () => {
    const user = [
      { range: 'A3:F7', formula: '=$E3<0', fill: '#FF0000' },
      { range: 'A3:F7', formula: '=$C3="县水利局"', fill: '#00FF00' },
    ];
    const fake = fakeWorkbookFrom({ 台账: { ...mergedLedger(2), rules: user } });
    const office = new OfficeWorkbook(fake.run);
    await office.writeLedgerDecoration(decoration(['红', '', '蓝', '']));
    // The user moves a rule of theirs between two of ours, then the add-in writes again: each new rule goes on top.
    const sheet = fake.sheet('台账');
    const [mine] = sheet.rules.splice(3, 1);
    sheet.rules.splice(1, 0, mine);
    await office.writeLedgerDecoration(decoration(['红', '', '黄', '']));
    expect(fake.rules('台账').map((r) => r.formula)).toEqual(['=$F3="红"', '=$F3="黄"', '=$F3="蓝"', '=$E3<0', '=$C3="县水利局"']);
    await office.clearLedgerDecoration('台账', 6);
    expect(fake.rules('台账')).toEqual(user.map((r) => ({ type: 'Custom', ...r })));
  });

  it('clears its column without cutting it out of the user’s rules, and works around the user’s merges', async () => {
    const user = [{ range: 'A3:F9', formula: '=$E3<0', fill: '#FF0000' }];
    const fake = fakeWorkbookFrom({ 台账: { ...mergedLedger(3), rules: user } });
    const office = new OfficeWorkbook(fake.run);
    await office.writeLedgerDecoration(decoration(['红', '', '蓝', '', '黄', '']));
    // A note merged across the status column after it was written.
    fake.sheet('台账').merges.push({ top: 6, left: 6, bottom: 6, right: 7 });
    await office.clearLedgerDecoration('台账', 6);
    expect(fake.rules('台账')).toEqual([{ type: 'Custom', ...user[0] }]);
    expect(fake.values('台账', 'F2:F8').flat()).toEqual(['', '', '', '', '', '', '']);
    expect(fake.cell('台账', 'F2')).toEqual({ value: '', numberFormat: 'General', format: {} });
    expect(fake.cell('台账', 'F3').numberFormat).toBe('General');
    expect(fake.merges('台账')).toContain('F6:G6');
  });

  it('keeps a ledger table from growing over the status column', async () => {
    const spec = mergedLedger(2);
    const fake = fakeWorkbookFrom({ 台账: { rows: spec.rows.slice(1), tables: [{ name: '台账表', range: 'A1:E5' }] } });
    await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', '', '蓝', ''], 6, 2));
    expect(fake.values('台账', 'F1:F5')).toEqual([['督办状态'], ['红'], [''], ['蓝'], ['']]);
    expect(fake.sheet('台账').tables[0].rect).toEqual({ top: 1, left: 1, bottom: 5, right: 5 });
    // Read sync, write sync, the resize back.
    expect(fake.syncCount).toBe(3);
  });

  it('does not suspend calculation for a write of one sync, so nothing is left stale', async () => {
    const fake = fakeWorkbookFrom({ 台账: mergedLedger(50) });
    await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(Array.from({ length: 100 }, () => '蓝')));
    expect(fake.calculationSuspensions).toBe(0);
    expect(fake.calculationStale).toBe(false);
  });

  it('reads a ledger with a hidden column: its values kept, no row taken for hidden', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [['序号', '内部备注', '督办事项'], [1, '勿外传', '修路']], hiddenColumns: [2], hiddenRows: [2] } });
    const [sheet] = await new OfficeWorkbook(fake.run).readSheets(['台账']);
    expect(sheet.values).toEqual([
      ['序号', '内部备注', '督办事项'],
      [1, '勿外传', '修路'],
    ]);
    expect(sheet.hiddenRows).toEqual([2]);
  });
});

describe('a host below the manifest’s requirement sets', () => {
  it('fails with ApiNotFound: the manifest keeps the add-in off such hosts', async () => {
    const fake: FakeExcel = fakeWorkbookFrom({ 台账: mergedLedger(1) }, { excelApi: '1.12' });
    await expect(new OfficeWorkbook(fake.run).readSheets(['台账'])).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
