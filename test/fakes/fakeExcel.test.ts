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
