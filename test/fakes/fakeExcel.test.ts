import { fakeWorkbookFrom, FakeOfficeError } from './fakeExcel';

// The fake is what the adapter's tests stand on: these pin down the Office semantics it models.

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof FakeOfficeError ? e.code : `not an Office error: ${String(e)}`),
  );

describe('fake Excel: proxies', () => {
  it('refuses a property that was not loaded, or loaded but not yet synced', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['序号', '督办事项']] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('台账').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['序号', '督办事项']]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes at sync, in order, and not before', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['a']] });
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('台账').getRange('A1');
      cell.values = [['b']];
      cell.values = [['c']];
      expect(fake.cell('台账', 'A1').value).toBe('a');
      await context.sync();
    });
    expect(fake.cell('台账', 'A1').value).toBe('c');
    expect(fake.syncCount).toBe(1);
  });

  it('says isNullObject only after a sync, and a null object cannot be read', async () => {
    const fake = fakeWorkbookFrom({ 台账: [] });
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('通报');
      const used = context.workbook.worksheets.getItem('台账').getUsedRangeOrNullObject(true).load('values');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(() => used.values).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    });
  });

  it('fails the whole sync on a sheet that does not exist (getItem), keeping loads unreadable', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('台账').getRange('A1').load('values');
        context.workbook.worksheets.getItem('通报').load('name');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('will not end a run with calls never synced', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('台账').getRange('A1').values = [['y']];
      }),
    ).rejects.toThrow('never synced');
    expect(fake.cell('台账', 'A1').value).toBe('x');
  });
});

describe('fake Excel: typed input', () => {
  it.each([
    ['=SUM(A1:A3)', { value: '#NAME?', formula: '=SUM(A1:A3)' }],
    ['+1+1', { value: '#NAME?', formula: '=+1+1' }],
    ['-张三', { value: '#NAME?', formula: '=-张三' }],
    ['@县长', { value: '#NAME?', formula: '=@县长' }],
    ['-5', { value: -5 }],
    ['001', { value: 1 }],
    ['2020-03-07', { value: 43897, numberFormat: 'yyyy/m/d' }],
    ['县水利局', { value: '县水利局' }],
  ])('a string %s in a General cell is parsed as Excel parses typing', async (input, expected) => {
    const fake = fakeWorkbookFrom({ 台账: [] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('B2').values = [[input]];
      await context.sync();
    });
    expect(fake.cell('台账', 'B2')).toMatchObject(expected);
  });

  it.each(['=SUM(A1:A3)', '+1', '-5', '@县长', '2020-03-07', '001'])('a string %s in a text (@) cell stays that text', async (input) => {
    const fake = fakeWorkbookFrom({ 台账: [] });
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('台账').getRange('B2');
      cell.numberFormat = [['@']];
      cell.values = [[input]];
      await context.sync();
    });
    expect(fake.cell('台账', 'B2')).toEqual({ value: input, numberFormat: '@', format: {} });
  });

  it('leaves a cell alone for null and refuses an array of the wrong shape', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['a', 'b']] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('A1:B1').values = [[null, 'c']];
      await context.sync();
    });
    expect(fake.values('台账', 'A1:B1')).toEqual([['a', 'c']]);
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('台账').getRange('A1:B1').values = [['x']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('fake Excel: used range, merges, rules', () => {
  it('counts only values for a values-only used range, formats too otherwise', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [[null, null], [null, '事项']], formats: { D9: { bold: true } } } });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台账');
      const valuesOnly = ws.getUsedRangeOrNullObject(true).load('address');
      const all = ws.getUsedRangeOrNullObject(false).load('address');
      await context.sync();
      expect(valuesOnly.address).toBe('台账!B2');
      expect(all.address).toBe('台账!B2:D9');
    });
  });

  it('keeps only the top-left value of a merge', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['标题', '多余'], ['x', 'y']] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('A1:B2').merge(false);
      await context.sync();
    });
    expect(fake.merges('台账')).toEqual(['A1:B2']);
    expect(fake.values('台账', 'A1:B2')).toEqual([['标题', ''], ['', '']]);
  });

  it('adds, lists and deletes conditional formats; a data bar has no custom rule', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [], rules: [{ range: 'C2:C9', type: 'DataBar' }] } });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台账');
      const cf = ws.getRange('A2:F9').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=$F2="红"';
      cf.custom.format.fill.color = '#FFC7CE';
      const all = ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
      await context.sync();
      expect(all.items.map((x) => x.type)).toEqual(['Custom', 'DataBar']);
      expect(all.items[0].customOrNullObject.rule.formula).toBe('=$F2="红"');
      expect(all.items[1].customOrNullObject.isNullObject).toBe(true);
      all.items[0].delete();
      await context.sync();
    });
    expect(fake.rules('台账')).toEqual([{ type: 'DataBar', range: 'C2:C9' }]);
  });
});

describe('fake Excel: round trips', () => {
  it('refuses a request over the payload limit as a whole', async () => {
    const fake = fakeWorkbookFrom({ 台账: [] });
    fake.payloadLimit = 3;
    const code = await codeOf(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('台账');
        ws.getRange('A1').values = [['a']];
        ws.getRange('A2:A4').values = [['b'], ['c'], ['d']];
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.values('台账', 'A1:A4')).toEqual([[''], [''], [''], ['']]);
    expect(fake.syncLog).toEqual([{ sync: 1, cells: 4, loaded: 0, outcome: 'payload' }]);
  });

  it('refuses to return more cells than the response limit', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['a', 'b'], ['c', 'd']] });
    fake.responseLimit = 7;
    const code = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('台账').getRange('A1:B2').load('values,numberFormat');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake.syncLog).toEqual([{ sync: 1, cells: 0, loaded: 8, outcome: 'response' }]);
  });

  it('fails a chosen sync after applying the calls before the failure point', async () => {
    const fake = fakeWorkbookFrom({ 台账: [] });
    fake.failSync({ at: 2, afterOps: 2 });
    const code = await codeOf(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('台账');
        ws.getRange('A1').values = [['first sync']];
        await context.sync();
        ws.getRange('A2').values = [['applied']];
        ws.getRange('A3').values = [['lost']];
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    // Sync 2 holds four calls: getRange A2, its values, getRange A3, its values; two ran.
    expect(fake.values('台账', 'A1:A3')).toEqual([['first sync'], ['applied'], ['']]);
    expect(fake.syncLog.map((s) => s.outcome)).toEqual(['ok', 'failed']);
  });
});

// Behaviours held to Microsoft's documentation (each cited where fakeExcel.ts implements it).
describe('fake Excel: documented limits and quirks', () => {
  const mergedItems = (n: number) => Array.from({ length: n }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);

  it('fails getMergedAreasOrNullObject above 512 merged areas, and returns 512', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [['x']], merges: mergedItems(513) } });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('台账').getRange().getMergedAreasOrNullObject().load('areaCount');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    const ok = fakeWorkbookFrom({ 台账: { rows: [['x']], merges: mergedItems(512) } });
    const count = await ok.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('台账').getRange().getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
      return areas.areaCount;
    });
    expect(count).toBe(512);
  });

  it('addresses a conditional format by its current priority: after a delete, a stale item names the next rule', async () => {
    const fake = fakeWorkbookFrom({
      台账: { rows: [['x']], rules: ['=1', '=2', '=3'].map((formula) => ({ range: 'A1:A5', formula })) },
    });
    await fake.run(async (context) => {
      const rules = context.workbook.worksheets.getItem('台账').getRange().conditionalFormats.load('items/id');
      await context.sync();
      expect(rules.items.map((r) => r.id)).toEqual(['0', '1', '2']);
      rules.items[0].delete();
      rules.items[1].delete(); // now priority 1 is '=3'
      await context.sync();
    });
    expect(fake.rules('台账').map((r) => r.formula)).toEqual(['=2']);
  });

  it('has payload limits on the web only', async () => {
    for (const platform of ['web', 'desktop'] as const) {
      const fake = fakeWorkbookFrom({ 台账: [['x']] }, { platform });
      fake.payloadLimit = 1;
      const write = fake.run(async (context) => {
        context.workbook.worksheets.getItem('台账').getRange('A1:B1').values = [['a', 'b']];
        await context.sync();
      });
      expect(await codeOf(write)).toBe(platform === 'web' ? 'RequestPayloadSizeLimitExceeded' : undefined);
    }
  });

  it('past 5,000,000 cells: the web refuses the read, desktop gives null values or RangeExceedsLimit', async () => {
    const read = (fake: ReturnType<typeof fakeWorkbookFrom>) =>
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem('台账').getRange('A1:XFD400').load('values');
        await context.sync();
        return range.values as unknown;
      });
    const sheets = { 台账: [['x']] };
    expect(await codeOf(read(fakeWorkbookFrom(sheets, { platform: 'web' })))).toBe('ResponsePayloadSizeLimitExceeded');
    await expect(read(fakeWorkbookFrom(sheets, { platform: 'desktop' }))).resolves.toBeNull();
    expect(await codeOf(read(fakeWorkbookFrom(sheets, { platform: 'desktop', desktopLargeRead: 'RangeExceedsLimit' })))).toBe('RangeExceedsLimit');
  });

  it('Range.clear cuts the cleared cells out of every conditional format and refuses part of a merge', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [['x']], merges: ['C9:D9'], rules: [{ range: 'A2:E8', formula: '=$E2<0' }] } });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('C2:C8').clear('All');
      await context.sync();
    });
    expect(fake.rules('台账').map((r) => r.range)).toEqual(['A2:B8,D2:E8']);
    const partial = fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('D1:D10').clear('Contents');
      await context.sync();
    });
    expect(await codeOf(partial)).toBe('InvalidOperation');
    expect(fake.merges('台账')).toEqual(['C9:D9']);
  });

  it('leaves the workbook stale after a write with calculation suspended, until a full calculation', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    await fake.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('台账').getRange('A1').values = [['y']];
      await context.sync();
      expect(fake.calculationStale).toBe(true);
      context.application.calculate('Recalculate');
      await context.sync();
      expect(fake.calculationStale).toBe(true);
      context.application.calculate('Full');
      await context.sync();
    });
    expect(fake.calculationStale).toBe(false);
  });

  it('refuses the sheet name History in any case', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    const add = fake.run(async (context) => {
      context.workbook.worksheets.add('history');
      await context.sync();
    });
    expect(await codeOf(add)).toBe('InvalidArgument');
  });

  it('hides columns as well as rows from the visible cells', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [['x']], hiddenRows: [2], hiddenColumns: [2] } });
    const address = await fake.run(async (context) => {
      const visible = context.workbook.worksheets.getItem('台账').getRange('A1:C3').getSpecialCellsOrNullObject('Visible').load('address');
      await context.sync();
      return visible.address;
    });
    expect(address).toBe('台账!A1,台账!C1,台账!A3,台账!C3');
  });

  it('answers ApiNotFound for a member above the host’s ExcelApi version', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] }, { excelApi: '1.12' });
    const read = fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange().getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
    });
    expect(await codeOf(read)).toBe('ApiNotFound');
  });

  it('grows a table to take in a value written beside it, and resizes it back', async () => {
    const fake = fakeWorkbookFrom({ 台账: { rows: [['序号', '事项'], [1, '修路']], tables: [{ name: '表1', range: 'A1:B2' }] } });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('台账');
      ws.getRange('C1:C3').values = [['状态'], ['红'], ['']];
      await context.sync();
      expect(fake.sheet('台账').tables[0].rect).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
      ws.tables.getItem('表1').resize('A1:B2');
      await context.sync();
    });
    expect(fake.sheet('台账').tables[0].rect).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
  });
});

describe('fake Excel: page layout and data bars', () => {
  it('keeps the footers set on defaultForAllPages, reads an unset section as "", and needs ExcelApi 1.9', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    await fake.run(async (context) => {
      const every = context.workbook.worksheets.getItem('台账').pageLayout.headersFooters.defaultForAllPages;
      every.centerFooter = '第 &P 页 共 &N 页';
      every.rightFooter = '&D';
      await context.sync();
      every.load('leftFooter,centerFooter,rightFooter');
      await context.sync();
      expect([every.leftFooter, every.centerFooter, every.rightFooter]).toEqual(['', '第 &P 页 共 &N 页', '&D']);
    });
    expect(fake.sheet('台账').page.headersFooters).toEqual({ defaultForAllPages: { centerFooter: '第 &P 页 共 &N 页', rightFooter: '&D' } });

    const old = fakeWorkbookFrom({ 台账: [['x']] }, { excelApi: '1.8' });
    const write = old.run(async (context) => {
      context.workbook.worksheets.getItem('台账').pageLayout.headersFooters.defaultForAllPages.centerFooter = '&P';
      await context.sync();
    });
    expect(await codeOf(write)).toBe('ApiNotFound');
    expect(old.sheet('台账').page).toEqual({});
  });

  it('refuses a footer that is not a string', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    const write = fake.run(async (context) => {
      (context.workbook.worksheets.getItem('台账').pageLayout.headersFooters.defaultForAllPages as unknown as { leftFooter: unknown }).leftFooter = 3;
      await context.sync();
    });
    expect(await codeOf(write)).toBe('InvalidArgument');
  });

  it('shows a data bar’s value unless showDataBarOnly is set, and keeps it on the rule', async () => {
    const fake = fakeWorkbookFrom({ 台账: [[1], [2]] });
    await fake.run(async (context) => {
      const bar = context.workbook.worksheets.getItem('台账').getRange('A1:A2').conditionalFormats.add('DataBar');
      bar.dataBar.load('showDataBarOnly');
      await context.sync();
      expect(bar.dataBar.showDataBarOnly).toBe(false);
      bar.dataBar.showDataBarOnly = true;
      await context.sync();
      bar.dataBar.load('showDataBarOnly');
      await context.sync();
      expect(bar.dataBar.showDataBarOnly).toBe(true);
    });
    expect(fake.rules('台账')).toEqual([{ type: 'DataBar', range: 'A1:A2', showDataBarOnly: true }]);
    const bad = fake.run(async (context) => {
      const bar = context.workbook.worksheets.getItem('台账').getRange('A1:A2').conditionalFormats.add('DataBar');
      (bar.dataBar as unknown as { showDataBarOnly: unknown }).showDataBarOnly = 'yes';
      await context.sync();
    });
    expect(await codeOf(bad)).toBe('InvalidArgument');
  });
});

describe('fake Excel: first page number and row autofit', () => {
  it('reads the first page number as "" (auto) until set, keeps a number, goes back to auto on "", and needs ExcelApi 1.9', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['x']] });
    await fake.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('台账').pageLayout;
      layout.load('firstPageNumber');
      await context.sync();
      expect(layout.firstPageNumber).toBe('');
      layout.firstPageNumber = 1;
      layout.load('firstPageNumber');
      await context.sync();
      expect(layout.firstPageNumber).toBe(1);
    });
    expect(fake.sheet('台账').page).toEqual({ firstPageNumber: 1 });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').pageLayout.firstPageNumber = '';
      await context.sync();
    });
    expect(fake.sheet('台账').page).toEqual({});

    const bad = fake.run(async (context) => {
      (context.workbook.worksheets.getItem('台账').pageLayout as unknown as { firstPageNumber: unknown }).firstPageNumber = 1.5;
      await context.sync();
    });
    expect(await codeOf(bad)).toBe('InvalidArgument');

    const old = fakeWorkbookFrom({ 台账: [['x']] }, { excelApi: '1.8' });
    const write = old.run(async (context) => {
      context.workbook.worksheets.getItem('台账').pageLayout.firstPageNumber = 1;
      await context.sync();
    });
    expect(await codeOf(write)).toBe('ApiNotFound');
    expect(old.sheet('台账').page).toEqual({});
  });

  it('records the rows autofitRows is asked to fit, leaves their heights, and needs ExcelApi 1.2', async () => {
    const fake = fakeWorkbookFrom({ 台账: [['序号'], ['很长的一段文字']] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('A2:C3').format.autofitRows();
      expect(fake.sheet('台账').autofitRows.size).toBe(0);
      await context.sync();
    });
    expect([...fake.sheet('台账').autofitRows]).toEqual([2, 3]);
    expect([...fake.sheet('台账').rowHeights]).toEqual([]);
    expect(fake.dump()).toContain('"autofitRows":[2,3]');

    const old = fakeWorkbookFrom({ 台账: [['x']] }, { excelApi: '1.1' });
    const fit = old.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('A1').format.autofitRows();
      await context.sync();
    });
    expect(await codeOf(fit)).toBe('ApiNotFound');

    const locked = fakeWorkbookFrom({ 台账: [['x']] });
    locked.protectSheet('台账');
    const refused = locked.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('A1').format.autofitRows();
      await context.sync();
    });
    expect(await codeOf(refused)).toBe('AccessDenied');
    expect(locked.sheet('台账').autofitRows.size).toBe(0);
  });
});

describe('fake Excel: sheet protection', () => {
  it('keeps every cell locked until told otherwise, and reads a mixed range as null (FormatProtection.locked)', async () => {
    const fake = fakeWorkbookFrom({ 回复: [['事项', '完成时间']] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('回复');
      const before = ws.getRange('B2').format.protection.load('locked');
      ws.getRange('B2:B3').format.protection.locked = false;
      const open = ws.getRange('B2:B3').format.protection.load('locked');
      const mixed = ws.getRange('A2:B2').format.protection.load('locked');
      await context.sync();
      expect([before.locked, open.locked, mixed.locked]).toEqual([true, false, null]);
    });
    expect(fake.cell('回复', 'B3').format).toEqual({ locked: false });
  });

  it('protects with the options given over the defaults; says so; will not protect twice', async () => {
    const fake = fakeWorkbookFrom({ 回复: [['事项']] });
    await fake.run(async (context) => {
      const protection = context.workbook.worksheets.getItem('回复').protection;
      const before = protection.load('protected');
      await context.sync();
      expect(before.protected).toBe(false);
      protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
      const after = context.workbook.worksheets.getItem('回复').protection.load('protected,options');
      await context.sync();
      expect(after.protected).toBe(true);
      expect(after.options).toEqual({
        allowAutoFilter: false,
        allowDeleteColumns: false,
        allowDeleteRows: false,
        allowEditObjects: false,
        allowEditScenarios: false,
        allowFormatCells: false,
        allowFormatColumns: true,
        allowFormatRows: true,
        allowInsertColumns: false,
        allowInsertHyperlinks: false,
        allowInsertRows: false,
        allowPivotTables: false,
        allowSort: false,
        selectionMode: 'Normal',
      });
    });
    const again = fake.run(async (context) => {
      context.workbook.worksheets.getItem('回复').protection.protect();
      await context.sync();
    });
    expect(await codeOf(again)).toBe('AccessDenied');
    const bad = fakeWorkbookFrom({ 回复: [] });
    const unknown = bad.run(async (context) => {
      context.workbook.worksheets.getItem('回复').protection.protect({ selectionMode: 'Some' } as unknown as Excel.WorksheetProtectionOptions);
      await context.sync();
    });
    expect(await codeOf(unknown)).toBe('InvalidArgument');
    expect(bad.sheet('回复').protection).toBeNull();
  });

  it('takes values in unlocked cells only, formats only as the options allow, and nothing else', async () => {
    const fake = fakeWorkbookFrom({ 回复: { rows: [['事项', '完成时间'], ['修路', null]], formats: { B2: { locked: false } } } });
    fake.protectSheet('回复', { allowFormatColumns: true, allowFormatRows: true });
    const attempt = (change: (ws: Excel.Worksheet) => void) =>
      codeOf(
        fake.run(async (context) => {
          change(context.workbook.worksheets.getItem('回复'));
          await context.sync();
        }),
      );
    expect(await attempt((ws) => (ws.getRange('B2').values = [[43983]]))).toBeUndefined();
    expect(await attempt((ws) => (ws.getRange('B:B').format.columnWidth = 90))).toBeUndefined();
    expect(await attempt((ws) => (ws.getRange('2:2').format.rowHeight = 30))).toBeUndefined();
    expect(await attempt((ws) => ws.getRange('A2:B2').format.autofitRows())).toBeUndefined();
    const before = fake.dump();
    expect(await attempt((ws) => (ws.getRange('A2').values = [['改']]))).toBe('AccessDenied');
    // One locked cell in the range refuses the whole write.
    expect(await attempt((ws) => (ws.getRange('B2:B3').values = [[1], [2]]))).toBe('AccessDenied');
    expect(await attempt((ws) => (ws.getRange('B2').numberFormat = [['yyyy-mm-dd']]))).toBe('AccessDenied');
    expect(await attempt((ws) => (ws.getRange('B2').format.fill.color = '#E2EFDA'))).toBe('AccessDenied');
    expect(await attempt((ws) => (ws.getRange('B2').format.protection.locked = true))).toBe('AccessDenied');
    expect(await attempt((ws) => ws.getRange('A1:B1').merge(false))).toBe('AccessDenied');
    expect(await attempt((ws) => (ws.tabColor = '#C00000'))).toBe('AccessDenied');
    expect(fake.dump()).toBe(before);
    expect(fake.values('回复', 'B2')).toEqual([[43983]]);
  });

  it('needs ExcelApi 1.2, and 1.7 for a password', async () => {
    const old = fakeWorkbookFrom({ 回复: [] }, { excelApi: '1.1' });
    const protect = old.run(async (context) => {
      context.workbook.worksheets.getItem('回复').protection.protect();
      await context.sync();
    });
    expect(await codeOf(protect)).toBe('ApiNotFound');
    const fake = fakeWorkbookFrom({ 回复: [] }, { excelApi: '1.6' });
    const password = fake.run(async (context) => {
      context.workbook.worksheets.getItem('回复').protection.protect({}, 'duban');
      await context.sync();
    });
    expect(await codeOf(password)).toBe('ApiNotFound');
    expect(fake.sheet('回复').protection).toBeNull();
  });
});

describe('fake Excel: data validation', () => {
  const RULE = { date: { formula1: '2020-01-01', formula2: '2020-12-31', operator: 'Between' as const } };

  it('keeps a date rule, its alert, prompt and blanks setting, and gives the formulas back as serials', async () => {
    const fake = fakeWorkbookFrom({ 回复: [['事项', '完成时间']] });
    await fake.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('回复').getRange('B2:B3').dataValidation;
      const none = context.workbook.worksheets.getItem('回复').getRange('B2').dataValidation.load('type,rule,errorAlert,prompt,ignoreBlanks');
      await context.sync();
      expect([none.type, none.rule, none.errorAlert, none.prompt, none.ignoreBlanks]).toEqual([
        'None',
        {},
        { message: '', showAlert: true, style: 'Stop', title: '' },
        { message: '', showPrompt: false, title: '' },
        true,
      ]);
      dv.rule = RULE;
      dv.errorAlert = { showAlert: true, style: 'Stop', title: '日期无效', message: '请填写 2020 年内的日期' };
      dv.prompt = { showPrompt: true, title: '完成时间', message: '如 2020-06-01' };
      dv.ignoreBlanks = true;
      const read = context.workbook.worksheets.getItem('回复').getRange('B2:B3').dataValidation.load('type,rule,errorAlert,prompt');
      const mixed = context.workbook.worksheets.getItem('回复').getRange('B3:B4').dataValidation.load('type,rule');
      await context.sync();
      expect(read.type).toBe('Date');
      expect(read.rule).toEqual({ date: { formula1: '=43831', formula2: '=44196', operator: 'Between' } });
      expect(read.errorAlert).toEqual({ showAlert: true, style: 'Stop', title: '日期无效', message: '请填写 2020 年内的日期' });
      expect(read.prompt).toEqual({ showPrompt: true, title: '完成时间', message: '如 2020-06-01' });
      expect([mixed.type, mixed.rule]).toEqual(['Inconsistent', null]);
    });
    expect(fake.validations('回复').map(([cell]) => cell)).toEqual(['B2', 'B3']);
  });

  it('gives a date as a serial of the workbook\'s date system, and does not apply the rule to values written', async () => {
    const fake = fakeWorkbookFrom({ 回复: [] }, { date1904: true });
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('回复').getRange('B2');
      cell.dataValidation.rule = RULE;
      cell.values = [['不是日期']];
      const read = cell.dataValidation.load('rule');
      await context.sync();
      expect(read.rule).toEqual({ date: { formula1: '=42369', formula2: '=42734', operator: 'Between' } });
    });
    expect(fake.values('回复', 'B2')).toEqual([['不是日期']]);
  });

  it.each([
    ['two kinds at once', { date: RULE.date, wholeNumber: { formula1: 1, operator: 'GreaterThan' } }],
    ['no kind', {}],
    ['Between without formula2', { date: { formula1: '2020-01-01', operator: 'Between' } }],
    ['a number for a date', { date: { formula1: 43831, formula2: 44196, operator: 'Between' } }],
    ['an unknown operator', { date: { formula1: '2020-01-01', formula2: '2020-12-31', operator: 'Within' } }],
  ])('refuses a rule with %s', async (_what, rule) => {
    const fake = fakeWorkbookFrom({ 回复: [] });
    const set = fake.run(async (context) => {
      context.workbook.worksheets.getItem('回复').getRange('B2').dataValidation.rule = rule as unknown as Excel.DataValidationRule;
      await context.sync();
    });
    expect(await codeOf(set)).toBe('InvalidArgument');
    expect(fake.validations('回复')).toEqual([]);
  });

  it('clears the validation of the range only; refuses any change on a protected sheet; needs ExcelApi 1.8', async () => {
    const fake = fakeWorkbookFrom({ 回复: [] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('回复');
      ws.getRange('B2:B4').dataValidation.rule = RULE;
      ws.getRange('B3').dataValidation.clear();
      await context.sync();
    });
    expect(fake.validations('回复').map(([cell]) => cell)).toEqual(['B2', 'B4']);
    fake.protectSheet('回复');
    const refused = fake.run(async (context) => {
      context.workbook.worksheets.getItem('回复').getRange('B2').dataValidation.prompt = { showPrompt: true, title: '完成时间', message: '日期' };
      await context.sync();
    });
    expect(await codeOf(refused)).toBe('AccessDenied');
    const old = fakeWorkbookFrom({ 回复: [] }, { excelApi: '1.7' });
    const set = old.run(async (context) => {
      context.workbook.worksheets.getItem('回复').getRange('B2').dataValidation.rule = RULE;
      await context.sync();
    });
    expect(await codeOf(set)).toBe('ApiNotFound');
  });
});
