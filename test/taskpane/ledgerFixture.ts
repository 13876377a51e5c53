/**
 * TEST helpers for the task pane: the SPEC's worked example as a four-row ledger in the fake
 * Excel, an HostUi that records selections, and settings kept in memory.
 */
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import type { CellSelection, HostUi, HostEvents } from '../../src/app/ports/hostUi';
import type { SettingsPort } from '../../src/app/ports/settingsPort';
import type { Settings, SettingsUpdate } from '../../src/app/settings';
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { fakeWorkbookFrom, type FakeExcel, type FakeSheetSpec } from '../fakes/fakeExcel';
import type { FakeValue } from '../fakes/fakeDocument';

/** Excel serial numbers (1900 date system) of the dates used. */
export const SERIAL = { '2020-04-28': 43949, '2020-05-14': 43965, '2020-12-31': 44196 } as const;

/**
 * 督办台账: a merged title row, the header in row 2 (A 序号 … H 备注), four items in rows 3–6,
 * all assigned 2020-04-28 (SPEC §2/§3 worked example):
 *   row 3 县长批示, no deadline, open, two units   → as of 2020-07-01: red (deadline 05-11, red 05-28)
 *   row 4 县长批示, no deadline, done 2020-05-14  → 已办结
 *   row 5 会议交办, deadline 长期                  → 长期
 *   row 6 会议交办, deadline 2020-12-31           → — (not yet due)
 * `deadlineHeader` renames F2 (e.g. to a header the detection does not know).
 */
export function specLedger(options: { deadlineHeader?: string; extraRows?: FakeSheetSpec['rows'] } = {}): FakeSheetSpec {
  const d = SERIAL;
  const rows: FakeSheetSpec['rows'] = [
    ['2020年县长批示件督办台账', null, null, null, null, null, null, null],
    ['序号', '督办事项', '事项来源', '责任单位', '交办时间', options.deadlineHeader ?? '办理时限', '完成时间', '备注'],
    [1, '推进县城污水管网改造', '县长批示', '县住建局、县发改局', d['2020-04-28'], null, null, null],
    [2, '落实春耕生产资金', '县长批示', '县财政局', d['2020-04-28'], null, d['2020-05-14'], null],
    [3, '优化营商环境', '会议交办', '县政务服务中心', d['2020-04-28'], '长期', null, null],
    [4, '建设智慧城市平台', '会议交办', '县工信局', d['2020-04-28'], d['2020-12-31'], null, null],
    ...(options.extraRows ?? []),
  ];
  const numberFormats: Record<string, string> = {};
  rows.forEach((row, i) => {
    for (const [col, letter] of [[4, 'E'], [5, 'F'], [6, 'G']] as const) {
      if (i >= 2 && typeof row[col] === 'number') numberFormats[`${letter}${i + 1}`] = 'yyyy-mm-dd';
    }
  });
  return { rows, merges: ['A1:H1'], numberFormats };
}

/**
 * A workbook with a notes sheet first (not a ledger) and the ledger second; with `settings`, a
 * 规则设置 sheet third holding those 设置项 | 值 rows under its header.
 */
export function specWorkbook(options: Parameters<typeof specLedger>[0] & { settings?: Array<[string, FakeValue]> } = {}): FakeExcel {
  return fakeWorkbookFrom({
    说明: [['本工作簿记录2020年县长批示件的办理情况。']],
    督办台账: specLedger(options),
    ...(options.settings ? { 规则设置: [['设置项', '值', '说明', '默认值'], ...options.settings] } : {}),
  });
}

export interface RecordingUi extends HostUi {
  active: string;
  /** `sheet!A1` per selectCell. */
  selected: string[];
  /** What selectedCell answers: the range the user has selected in Excel. */
  selection: CellSelection;
}

export function recordingUi(active: string): RecordingUi {
  const ui: RecordingUi = {
    active,
    selected: [],
    selection: { sheet: active, row: 1, rowCount: 1 },
    activeSheet: async () => ui.active,
    selectedCell: async () => ({ ...ui.selection }),
    selectCell: async (sheet, address) => {
      ui.selected.push(`${sheet}!${address}`);
    },
  };
  return ui;
}

export interface MemorySettings extends SettingsPort {
  current: Settings;
  saves: SettingsUpdate[];
}

export function memorySettings(initial: Partial<Settings> = {}): MemorySettings {
  const settings: MemorySettings = {
    current: { ledgerSheet: null, columns: {}, rules: XIANGYIN_2020, ...initial },
    saves: [],
    load: async () => ({ settings: settings.current, problems: [], source: 'sheet' }),
    save: async (update) => {
      settings.saves.push(update);
      settings.current = { ...settings.current, ...update };
    },
  };
  return settings;
}

/** Host events fired by the test: the pane shown again, a sheet activated. */
export interface FakeHostEvents extends HostEvents {
  showPane(): void;
  activateSheet(): void;
  /** Listeners subscribed now, per event. */
  subscribed(): { shown: number; activated: number };
}

export function fakeHostEvents(): FakeHostEvents {
  const shown = new Set<() => void>();
  const activated = new Set<() => void>();
  const subscribe = (listeners: Set<() => void>) => async (listener: () => void) => {
    // Each subscription its own entry, as the host registers each handler.
    const entry = () => listener();
    listeners.add(entry);
    return async () => void listeners.delete(entry);
  };
  return {
    onPaneShown: subscribe(shown),
    onSheetActivated: subscribe(activated),
    showPane: () => shown.forEach((l) => l()),
    activateSheet: () => activated.forEach((l) => l()),
    subscribed: () => ({ shown: shown.size, activated: activated.size }),
  };
}

/** The real adapter, counting the workbook reads (sheet list, sheet contents). */
export function countingPort(fake: FakeExcel): { port: WorkbookPort; reads: { listSheets: number; readSheets: number } } {
  const port = new OfficeWorkbook(fake.run);
  const reads = { listSheets: 0, readSheets: 0 };
  const counting = Object.assign(Object.create(port) as WorkbookPort, {
    listSheets: () => {
      reads.listSheets++;
      return port.listSheets();
    },
    readSheets: (names: readonly string[]) => {
      reads.readSheets++;
      return port.readSheets(names);
    },
  });
  return { port: counting, reads };
}
