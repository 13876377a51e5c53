import type { LedgerAnalysis } from '../app/analyzeWorkbook';
import type { ColumnMapping } from '../core/ledger/detectLedger';
import { canApply, canPreview, currentMapping, initialPanelState, missingRequired, panelReducer, type PanelAction, type PanelState } from './panelState';

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
  const analysis = { escalations: [], problems: [], asOf: '2020-07-01' } as unknown as LedgerAnalysis;

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

  it('refuses to preview with an as-of date that is not a date', () => {
    expect(canPreview(run(loaded(), { type: 'asOfSet', asOf: '2020-02-30' }))).toBe(false);
    expect(canPreview(run(loaded(), { type: 'asOfSet', asOf: '2020-02-29' }))).toBe(true);
  });
});
