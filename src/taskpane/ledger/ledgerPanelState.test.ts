import type { LedgerAnalysis } from '../../app/analyzeWorkbook';
import type { ColumnMapping } from '../../core/ledger/detectLedger';
import {
  canApply,
  canPreview,
  currentMapping,
  initialPanelState,
  ledgerAnalysisInputs,
  missingRequired,
  panelReducer,
  previewSummary,
  type PanelAction,
  type PanelState,
} from './ledgerPanelState';

/** Header row 2: A 序号, B 督办事项, C 责任单位, D 交办时间, E 计划完成. */
const DETECTED: ColumnMapping = {
  headerRows: [2],
  firstDataRow: 3,
  lastDataRow: 6,
  columns: { id: 1, title: 2, units: 3, assigned: 4 },
  headers: [
    { col: 1, text: '序号' },
    { col: 2, text: '督办事项' },
    { col: 3, text: '责任单位' },
    { col: 4, text: '交办时间' },
    { col: 5, text: '计划完成' },
  ],
};

function loaded(): PanelState {
  const s = initialPanelState('2020-07-01');
  return panelReducer(s, {
    type: 'loaded',
    revision: s.revision,
    sheets: ['说明', '督办台账'],
    detection: { sheet: '督办台账', mapping: DETECTED, problems: [], statusColumn: null },
    corrections: {},
    rules: s.rules,
    settingsProblems: [],
  });
}

const run = (s: PanelState, ...actions: PanelAction[]) => actions.reduce(panelReducer, s);

describe('panelReducer: column corrections', () => {
  it('maps an undetected concept to a column and keeps the rest of the detection', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'deadline', column: 5 });
    expect(s.corrections).toEqual({ deadline: 5 });
    expect(currentMapping(s)?.columns).toEqual({ id: 1, title: 2, units: 3, assigned: 4, deadline: 5 });
  });

  it('gives a column to one concept only: taking D for 完成时间 unmaps 交办时间', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'completed', column: 4 });
    expect(s.corrections).toEqual({ completed: 4, assigned: 0 });
    expect(missingRequired(s)).toEqual(['assigned']);
    expect(canPreview(s)).toBe(false);
  });

  it('drops a correction that puts back what was detected, so only changes are saved', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'assigned', column: 0 }, { type: 'columnSet', concept: 'assigned', column: 4 });
    expect(s.corrections).toEqual({});
  });
});

describe('panelReducer: stale results', () => {
  const sheet = { name: '督办台账', values: [['序号', '督办事项']], origin: { row: 2, col: 1 } };
  const analysis = { escalations: [], problems: [], asOf: '2020-07-01', sheet, rules: { notices: { office: '湘阴县人民政府督查室' } } } as unknown as LedgerAnalysis;

  it('drops an analysis that comes back after the user changed the mapping', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const revision = started.revision;
    const s = run(started, { type: 'columnSet', concept: 'deadline', column: 5 }, { type: 'analyzed', revision, analysis });
    expect(s.phase).toBe('idle');
    expect(s.analysis).toBeNull();
    expect(canApply(s)).toBe(false);
  });

  it('allows 应用三色 only after a preview of the current inputs', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const previewed = run(started, { type: 'analyzed', revision: started.revision, analysis });
    expect(canApply(previewed)).toBe(true);
    expect(canApply(run(previewed, { type: 'asOfSet', asOf: '2020-07-02' }))).toBe(false);
  });

  it('keeps the ledger the preview read (应用三色 compares its fingerprint), and drops the preview when it is found stale', () => {
    const started = run(loaded(), { type: 'analysisStarted' });
    const previewed = run(started, { type: 'analyzed', revision: started.revision, analysis });
    // The very snapshot read: 应用三色 compares the ledger as re-read with its snapshotFingerprint.
    expect(previewed.analysis?.sheet).toBe(sheet);
    expect(previewSummary(previewed.analysis)).toEqual({ items: 0, byStatus: { 红: 0, 黄: 0, 蓝: 0, 临期: 0, 已办结: 0, 长期: 0, '—': 0 }, units: [], dueSoon: [] });
    const message = { intent: 'error' as const, title: '未应用三色', text: '台账「督办台账」在预览后已改动：请重新预览' };
    const stale = run(previewed, { type: 'previewStale', revision: previewed.revision, message });
    expect([stale.phase, previewSummary(stale.analysis), stale.analysis, stale.message]).toEqual(['error', null, null, message]);
    expect(canApply(stale)).toBe(false);
    expect(canPreview(stale)).toBe(true);
  });

  it('refuses to preview with an as-of date that is not a date', () => {
    expect(canPreview(run(loaded(), { type: 'asOfSet', asOf: '2020-02-30' }))).toBe(false);
    expect(canPreview(run(loaded(), { type: 'asOfSet', asOf: '2020-02-29' }))).toBe(true);
  });
});

describe('ledgerAnalysisInputs: what the other panels analyse', () => {
  it('is not ready while the ledger is being detected', () => {
    expect(ledgerAnalysisInputs(initialPanelState('2020-07-01'))).toEqual({ ok: false, message: '正在识别台账，请稍候再试' });
  });

  it('gives the sheet, the user’s corrections, the as-of date and the rules in force', () => {
    const s = run(loaded(), { type: 'columnSet', concept: 'deadline', column: 5 }, { type: 'asOfSet', asOf: '2020-05-12' });
    expect(ledgerAnalysisInputs(s)).toEqual({ ok: true, options: { asOf: '2020-05-12', rules: s.rules, sheet: '督办台账', columns: { deadline: 5 } } });
  });

  it('names the setting to fix, and where it is', () => {
    expect(ledgerAnalysisInputs(run(loaded(), { type: 'asOfSet', asOf: '' }))).toEqual({
      ok: false,
      message: '设置「截止日期」应为有效日期（YYYY-MM-DD）：（空）（在「三色着色」页设置）',
    });
    expect(ledgerAnalysisInputs(run(loaded(), { type: 'columnSet', concept: 'units', column: 0 }))).toEqual({
      ok: false,
      message: '列映射「责任单位（或牵头单位）」是必填项：请在列映射中为它选择一列（在「三色着色」页设置）',
    });
  });
});
