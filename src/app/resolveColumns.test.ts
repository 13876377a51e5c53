import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import type { ColumnMapping, HeaderCell } from '../core/ledger/detectLedger';
import { OfficeWorkbook } from '../office/officeWorkbook';
import { fakeWorkbookFrom } from '../../test/fakes/fakeExcel';
import { analyzeWorkbook } from './analyzeWorkbook';
import { conceptByName, describeColumnChoiceError, resolveColumnChoices, suggestColumns, type ColumnChoices } from './resolveColumns';
import { dateOnly } from '../../test/support/dateOnly';

const headers = (...texts: string[]): HeaderCell[] => texts.map((text, i) => ({ col: i + 1, text }));

describe('conceptByName', () => {
  it('knows a concept by its Chinese label or its key, in any case and spacing', () => {
    expect(['督办事项', ' 督办 事项 ', 'title', 'Title', '延期批准人', 'leadunits'].map(conceptByName)).toEqual(['title', 'title', 'title', 'title', 'extensionApprover', 'leadUnits']);
    expect(['事项', '', 'titles'].map(conceptByName)).toEqual([null, null, null]);
  });
});

describe('resolveColumnChoices', () => {
  const sheet = headers('序号', '批示摘要', '承办部门', '交办时间', 'ID', '事项', '事项');
  const resolve = (choices: ColumnChoices) => resolveColumnChoices(choices, sheet);

  it('reads a column number, a letter in any case (also B列), a header text after normalisation, and 无/none/0', () => {
    expect(resolve({ title: 'B', units: 'c', assigned: 'd列', remark: 'XFD' })).toEqual({ ok: true, columns: { title: 2, units: 3, assigned: 4, remark: 16_384 } });
    expect(resolve({ title: '批示摘要', units: ' 承办\n部门 ', assigned: 4 })).toEqual({ ok: true, columns: { title: 2, units: 3, assigned: 4 } });
    expect(resolve({ completed: '无', status: 'NONE', remark: '0', leader: 0 })).toEqual({ ok: true, columns: { completed: 0, status: 0, remark: 0, leader: 0 } });
  });

  it('takes a text that is a header as that header, even when it reads as letters', () => {
    expect(resolve({ id: 'ID' })).toEqual({ ok: true, columns: { id: 5 } });
    expect(resolve({ id: 'id' })).toEqual({ ok: true, columns: { id: 238 } });
  });

  it('reports every choice that names no column', () => {
    const result = resolve({ title: 'XFE', units: 'B4', assigned: '3', remark: '', status: '办理情况', source: '事项', leader: -1, id: 1.5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.concept, describeColumnChoiceError(e, '督办台账')])).toEqual([
      ['title', '列「XFE」超出了 Excel 的最后一列 XFD'],
      ['units', '「B4」不是列：请写列字母（如 B）或表头文字'],
      ['assigned', '「3」不是列：请写列字母（如 B）或表头文字'],
      ['remark', '没有写列：请写列字母（如 B）、表头文字，或“无”（不映射）'],
      ['status', '工作表「督办台账」的表头中没有「办理情况」'],
      ['source', '工作表「督办台账」的表头「事项」出现在 F 列和 G 列，请改用列字母（F 或 G）'],
      ['leader', '「-1」不是列：请写列字母（如 B）或表头文字'],
      ['id', '「1.5」不是列：请写列字母（如 B）或表头文字'],
    ]);
    expect(resolve({ title: 'AAAA' })).toEqual({ ok: false, errors: [{ kind: 'beyond-last-column', concept: 'title', text: 'AAAA' }] });
  });

  it('refuses two concepts on one column, but not two unmapped ones', () => {
    const result = resolve({ title: 'B', remark: '批示摘要' });
    expect(result).toEqual({ ok: false, errors: [{ kind: 'same-column', concept: 'remark', text: '批示摘要', other: 'title', otherText: 'B', column: 2 }] });
    if (!result.ok) expect(describeColumnChoiceError(result.errors[0], '督办台账')).toBe('备注与督办事项指定了同一列 B');
    expect(resolve({ remark: '无', status: 0 })).toEqual({ ok: true, columns: { remark: 0, status: 0 } });
  });
});

describe('suggestColumns', () => {
  const mapping = (texts: string[], columns: ColumnMapping['columns'], ambiguous?: ColumnMapping['ambiguous']): ColumnMapping => ({
    headerRows: [1],
    firstDataRow: 2,
    lastDataRow: 2,
    columns,
    headers: headers(...texts),
    ...(ambiguous ? { ambiguous } : {}),
  });

  it('offers the free column whose header shares a word with the concept, else the first free one', () => {
    const m = mapping(['序号', '联系电话', '批示摘要', '承办部门', '交办时间'], { id: 1, units: 4, assigned: 5 });
    expect(suggestColumns(m, ['title'])).toEqual([{ concept: 'title', ambiguous: [], suggested: [3] }]);
    const plain = mapping(['序号', '联系电话', '摘要', '承办部门', '交办时间'], { id: 1, units: 4, assigned: 5 });
    expect(suggestColumns(plain, ['title'])).toEqual([{ concept: 'title', ambiguous: [], suggested: [2] }]);
  });

  it('offers a date concept only a column whose header names a date', () => {
    const none = mapping(['事项名称', '责任单位', '督办部门', '督办人', '阶段信息'], { title: 1, units: 2 });
    expect(suggestColumns(none, ['assigned'])).toEqual([{ concept: 'assigned', ambiguous: [], suggested: [] }]);
    const dated = mapping(['事项名称', '责任单位', '督办人', '时间节点'], { title: 1, units: 2 });
    expect(suggestColumns(dated, ['assigned'])).toEqual([{ concept: 'assigned', ambiguous: [], suggested: [4] }]);
  });

  it('offers two missing concepts different columns, a related one before a first-free fallback', () => {
    const m = mapping(['联系电话', '批示摘要', '交办时间', '落款'], { assigned: 3 });
    // 联系电话 shares no word with 督办事项 or 责任单位; 批示摘要 shares 批示 with 批示内容.
    expect(suggestColumns(m, ['title', 'units']).map((s) => s.suggested)).toEqual([[2], [1]]);
  });

  it('names the competing columns of an ambiguous concept and never offers them for another', () => {
    const m = mapping(['工作任务', '重点工作', '交办时间', '督办状态'], { assigned: 3 }, { title: [1, 2] });
    expect(suggestColumns(m, ['title', 'units'])).toEqual([
      { concept: 'title', ambiguous: [1, 2], suggested: [1, 2] },
      // Neither the ambiguous columns nor the add-in's own 督办状态 are free.
      { concept: 'units', ambiguous: [], suggested: [] },
    ]);
  });
});

describe('analyzeWorkbook with column choices', () => {
  const book = () =>
    new OfficeWorkbook(
      fakeWorkbookFrom({
        督办台账: [
          ['序号', '批示摘要', '承办部门', '交办时间', '办理时限'],
          [1, '背街小巷提质改造', '县住建局', '2020-04-28', '2020-05-11'],
        ],
      }).run,
    );

  it('reports a missing column as data: the sheet, its header cells and the suggestion, keeping the pane’s sentence', async () => {
    const result = await analyzeWorkbook(book(), { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('工作表「督办台账」缺少必需的列：督办事项，请在映射中指定');
    expect(result.failure).toMatchObject({
      kind: 'missing-columns',
      sheet: '督办台账',
      headerRows: [1],
      missing: [{ concept: 'title', ambiguous: [], suggested: [2] }],
    });
    if (result.failure.kind === 'missing-columns') expect(result.failure.headers.map((h) => h.text)).toEqual(['序号', '批示摘要', '承办部门', '交办时间', '办理时限']);
  });

  it('resolves a header text or a letter against the detected header', async () => {
    for (const title of ['批示摘要', 'B', 2]) {
      const result = await analyzeWorkbook(book(), { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, columns: { title } });
      expect(result.ok && result.analysis.mapping.columns).toEqual({ id: 1, title: 2, units: 3, assigned: 4, deadline: 5 });
      expect(result.ok && result.analysis.escalations.map((e) => e.status)).toEqual(['红']);
    }
  });

  it('takes a column the user gives one concept away from the concept detection read there', async () => {
    // 序号 (A) was read as 督办编号; the user says A is the title. B stays unread.
    const result = await analyzeWorkbook(book(), { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, columns: { title: 'A' } });
    expect(result.ok && result.analysis.mapping.columns).toEqual({ title: 1, units: 3, assigned: 4, deadline: 5 });
  });

  it('refuses choices that name no column, in one sentence per choice for the pane', async () => {
    const result = await analyzeWorkbook(book(), { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, columns: { title: '批示要点', remark: 'B' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('督办事项列的指定有误：工作表「督办台账」的表头中没有「批示要点」');
    expect(result.failure).toMatchObject({ kind: 'bad-columns', sheet: '督办台账', errors: [{ kind: 'header-not-found', concept: 'title', text: '批示要点' }] });
  });
});
