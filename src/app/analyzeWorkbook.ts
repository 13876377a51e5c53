import type { DateOnly } from '../core/dates/dateOnly';
import type { Problem } from '../core/problems';
import type { RuleSet } from '../core/rules/ruleSet';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import type { LedgerItem } from '../core/ledger/ledgerItem';
import { CONCEPTS, missingRequired, requiredLabel, type Concept } from '../core/ledger/concepts';
import type { ColumnMapping, HeaderCell } from '../core/ledger/detectLedger';
import { parseLedger } from '../core/ledger/parseLedger';
import { createUnitDirectory } from '../core/ledger/unitDirectory';
import { CALENDAR_SHEET, createWorkCalendar, parseCalendarOverrides, type WorkCalendar } from '../core/calendar';
import { escalate, type ItemEscalation } from '../core/escalation/escalate';
import { parseUnitRegister, REGISTER_SHEET, type UnitRecord } from '../core/register/parseUnitRegister';
import { parseNoticeLog, NOTICE_LOG_SHEET, type LogEntry, type ParsedNoticeLog } from '../core/notices/noticeLog';
import { yearOf } from '../core/dates/dateOnly';
import { SETTINGS_SHEET } from '../core/rules/ruleSettings';
import { FEEDBACK_SHEET } from '../core/feedback/feedbackLog';
import { parseStaffSheet, STAFF_SHEET, type StaffMember } from '../core/bonus/parseStaffSheet';
import { EXCEL_MAX_COLUMNS, columnLetters } from '../core/cells';
import { findStatusColumn } from '../sheets/ledgerDecoration';
import { fingerprintAnalysis, type AnalysisFingerprint } from './analysisFingerprint';
import { detectSheet } from './detectLedgerSheet';
import type { WorkbookPort } from './ports/workbookPort';
import { describeColumnChoiceError, resolveColumnChoices, savedColumns, suggestColumns, type ColumnChoiceError, type ColumnChoices, type MissingColumn } from './resolveColumns';

/** Appends in a loop: push(...list) throws once a list (a problem per row) outgrows a call's arguments. */
function append<T>(target: T[], list: readonly T[]): void {
  for (const x of list) target.push(x);
}


/** The side sheets the analysis reads. */
const SIDE_SHEETS = [REGISTER_SHEET, NOTICE_LOG_SHEET, CALENDAR_SHEET, STAFF_SHEET];
/**
 * Sheets the add-in reads or writes itself, never taken for the ledger: the side sheets, 规则设置,
 * 反馈登记 and the generated ones, units' 督办清单 included (their header looks like a ledger's).
 */
export const isOwnSheet = (name: string) =>
  SIDE_SHEETS.includes(name) || name === SETTINGS_SHEET || name === FEEDBACK_SHEET || /^(督办单|单位得分|绩效奖金|督办通报|人员考核)/.test(name) || name.includes('督办清单');

export interface AnalyzeOptions {
  asOf: DateOnly;
  rules: RuleSet;
  /** The ledger sheet; absent = the first sheet that looks like a ledger. */
  sheet?: string;
  /**
   * The user's corrections to the detected column mapping: concept → 1-based column (0 = unmapped),
   * or text — a column letter, a header text of the ledger's header row, or 无/none (see ColumnChoice).
   */
  columns?: ColumnChoices;
  /**
   * The 规则设置 sheet's column mapping, under `columns`: a saved choice the ledger's header does not
   * resolve is a warning naming the setting, and detection stands for that concept.
   */
  savedColumns?: ColumnChoices;
  /** What reading the settings found (bad values, each naming its cell), reported with the analysis's own. */
  settingsProblems?: readonly Problem[];
}

/** The notice log sheet as read: its parse, and whether the sheet is empty (issuing writes the header back). */
export interface NoticeLogRead {
  log: ParsedNoticeLog;
  empty: boolean;
}

/** Parses a snapshot of the notice log sheet. */
export function readNoticeLogSheet(sheet: SheetSnapshot): NoticeLogRead {
  return { log: parseNoticeLog(sheet), empty: sheet.values.length === 0 };
}

export interface LedgerAnalysis {
  asOf: DateOnly;
  rules: RuleSet;
  sheet: SheetSnapshot;
  mapping: ColumnMapping;
  items: LedgerItem[];
  escalations: ItemEscalation[];
  register: UnitRecord[];
  /** The valid entries of the notice log (noticeLog's entries; [] without a log). */
  log: LogEntry[];
  /**
   * The whole notice log as this analysis read it, null when the workbook has no log sheet:
   * previewing and issuing plan and append from it, so they need not read the log again.
   */
  noticeLog: NoticeLogRead | null;
  /** The staff sheet (人员考核) for the bonus, empty when the workbook has none. */
  staff: StaffMember[];
  calendar: WorkCalendar;
  /** Every sheet name, for making output names unique. */
  sheetNames: string[];
  problems: Problem[];
  /**
   * What this analysis was worked out from: a write after a preview compares it with the preview's.
   * Hashed on first call (the whole ledger: seconds at 100,000 rows), so the command line and the
   * ribbon, which compare nothing, never pay for it.
   */
  fingerprint(): AnalysisFingerprint;
}

/** The ledger's header as detection read it, for saying what is there. */
export interface HeaderSeen {
  sheet: string;
  /** 1-based sheet rows of the header (two for a group header over sub-headers). */
  headerRows: number[];
  headers: HeaderCell[];
}

/**
 * Why no ledger could be analysed, as data: the task pane and the command line each say it their way.
 * - `sheet-not-found`: the sheet asked for does not exist.
 * - `no-header`: no sheet looked at has a ledger header in its first HEADER_SCAN_ROWS rows (detectLedger);
 *   `sheet` is the one asked for (null: every candidate sheet, listed in `looked`).
 * - `missing-columns`: the first sheet with a header lacks required concepts (after the user's corrections).
 * - `bad-columns`: the user's column choices do not resolve against that sheet's header.
 * - `no-free-column`: the ledger reaches Excel's last column (XFD): there is nowhere for 督办状态.
 */
export type LedgerFailure =
  | { kind: 'sheet-not-found'; sheet: string; sheetNames: string[] }
  | { kind: 'no-header'; sheet: string | null; looked: string[]; sheetNames: string[] }
  | ({ kind: 'missing-columns'; missing: MissingColumn[] } & HeaderSeen)
  | ({ kind: 'bad-columns'; errors: ColumnChoiceError[] } & HeaderSeen)
  | { kind: 'no-free-column'; sheet: string };

/** On failure, `message` is the failure in one Chinese sentence; `failure` the same as data. */
export type AnalyzeResult = { ok: true; analysis: LedgerAnalysis } | { ok: false; message: string; problems: Problem[]; failure: LedgerFailure };

/**
 * The read side of every use case, in two reads of the workbook (its sheet list, then every sheet
 * needed at once): find the ledger, read the register, the notice log and the holiday overrides
 * when present, parse the ledger and escalate it as of a date. The analysis carries its
 * fingerprint, so a write after a preview can tell whether the workbook changed since.
 *
 * @example
 * const result = await analyzeWorkbook(port, { asOf: '2020-07-01', rules: XIANGYIN_2020 });
 * // result.ok && result.analysis.sheet.name === '督办台账'; result.analysis.escalations[0].status === '红'
 */
export async function analyzeWorkbook(port: WorkbookPort, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { rules, asOf } = options;
  const problems: Problem[] = [...(options.settingsProblems ?? [])];
  const sheetNames = (await port.listSheets()).map((s) => s.name);
  if (options.sheet !== undefined && !sheetNames.includes(options.sheet)) {
    const failure: LedgerFailure = { kind: 'sheet-not-found', sheet: options.sheet, sheetNames };
    return { ok: false, message: describeLedgerFailure(failure), problems, failure };
  }
  const side = SIDE_SHEETS.filter((n) => sheetNames.includes(n) && n !== options.sheet);
  const candidates = options.sheet !== undefined ? [options.sheet] : sheetNames.filter((n) => !isOwnSheet(n));
  const snapshots = await port.readSheets([...side, ...candidates]);
  const byName = new Map(snapshots.map((s) => [s.name, s]));

  let register: UnitRecord[] = [];
  const registerSheet = byName.get(REGISTER_SHEET);
  if (registerSheet && side.includes(REGISTER_SHEET)) {
    const parsed = parseUnitRegister(registerSheet);
    register = parsed.units;
    append(problems, parsed.problems);
  }
  let noticeLog: NoticeLogRead | null = null;
  const logSheet = byName.get(NOTICE_LOG_SHEET);
  if (logSheet && side.includes(NOTICE_LOG_SHEET)) {
    noticeLog = readNoticeLogSheet(logSheet);
    append(problems, noticeLog.log.problems);
  }
  const log = noticeLog?.log.entries ?? [];
  let calendar = createWorkCalendar();
  const calendarSheet = byName.get(CALENDAR_SHEET);
  if (calendarSheet && side.includes(CALENDAR_SHEET)) {
    const parsed = parseCalendarOverrides(calendarSheet.values, CALENDAR_SHEET, calendarSheet.origin);
    calendar = createWorkCalendar({ overrides: parsed.overrides, declaredYears: parsed.declaredYears });
    append(problems, parsed.problems);
  }

  let staff: StaffMember[] = [];
  const staffSheet = byName.get(STAFF_SHEET);
  if (staffSheet && side.includes(STAFF_SHEET)) {
    const parsed = parseStaffSheet(staffSheet, register.length > 0 ? createUnitDirectory(register) : undefined);
    staff = parsed.staff;
    append(problems, parsed.problems);
  }

  const found = findLedger(candidates.map((n) => byName.get(n) as SheetSnapshot), options, sheetNames);
  if (!found.ok) return { ok: false, message: describeLedgerFailure(found.failure), problems, failure: found.failure };
  const { sheet, mapping } = found;
  append(problems, found.problems);
  // Refused before anything is written: a status column past XFD is no column at all.
  if (findStatusColumn(sheet, mapping) > EXCEL_MAX_COLUMNS) {
    const failure: LedgerFailure = { kind: 'no-free-column', sheet: sheet.name };
    return { ok: false, message: describeLedgerFailure(failure), problems, failure };
  }

  const units = register.length > 0 ? createUnitDirectory(register) : undefined;
  const parsed = parseLedger(sheet, mapping, { rules, units, ledgerYear: yearOf(asOf) });
  append(problems, parsed.problems);
  const escalated = escalate(parsed.items, { asOf, rules, calendar, log, sheet: sheet.name });
  append(problems, escalated.problems);
  let fingerprint: AnalysisFingerprint | undefined;
  return {
    ok: true,
    analysis: {
      asOf,
      rules,
      sheet,
      mapping,
      items: parsed.items,
      escalations: escalated.items,
      register,
      log,
      noticeLog,
      staff,
      calendar,
      sheetNames,
      problems,
      fingerprint: () => (fingerprint ??= fingerprintAnalysis(options, sheet, noticeLog)),
    },
  };
}

type Found = { ok: true; sheet: SheetSnapshot; mapping: ColumnMapping; problems: Problem[] } | { ok: false; failure: LedgerFailure };

/**
 * The first candidate sheet with a ledger header whose mapping, after the user's corrections, has
 * every required concept. Failing that, why the first sheet with a header fails (its header cells,
 * the missing concepts with suggested columns, or the corrections that do not resolve).
 */
function findLedger(candidates: SheetSnapshot[], options: AnalyzeOptions, sheetNames: string[]): Found {
  let first: LedgerFailure | null = null;
  for (const sheet of candidates) {
    const detected = detectSheet(sheet, options.rules);
    if (detected.mapping === null) continue;
    const seen: HeaderSeen = { sheet: sheet.name, headerRows: detected.mapping.headerRows, headers: detected.mapping.headers };
    const resolved = resolveColumnChoices(options.columns ?? {}, detected.mapping.headers);
    if (!resolved.ok) {
      first ??= { kind: 'bad-columns', errors: resolved.errors, ...seen };
      continue;
    }
    const saved = savedColumns(options.savedColumns ?? {}, detected.mapping.headers, sheet.name);
    const mapping = applyColumnCorrections(detected.mapping, { ...saved.columns, ...resolved.columns });
    const missing = missingRequired(mapping.columns);
    if (missing.length === 0) return { ok: true, sheet, mapping, problems: [...saved.problems, ...detected.problems] };
    first ??= { kind: 'missing-columns', missing: suggestColumns(mapping, missing), ...seen };
  }
  return { ok: false, failure: first ?? { kind: 'no-header', sheet: options.sheet ?? null, looked: candidates.map((s) => s.name), sheetNames } };
}

/** The failure in one sentence, as the task pane shows it. */
export function describeLedgerFailure(failure: LedgerFailure): string {
  switch (failure.kind) {
    case 'sheet-not-found':
      return `工作表「${failure.sheet}」不存在（现有：${failure.sheetNames.join('、')}）`;
    case 'no-header': {
      const what = failure.sheet !== null ? `工作表「${failure.sheet}」看起来不是督办台账` : '没有找到督办台账';
      return `${what}：找不到含「督办事项」「责任单位」「交办时间」等列的表头`;
    }
    case 'missing-columns':
      return `工作表「${failure.sheet}」缺少必需的列：${failure.missing.map((m) => requiredLabel(m.concept)).join('、')}，请在映射中指定`;
    case 'bad-columns':
      return failure.errors.map((e) => `${CONCEPTS[e.concept].label}列的指定有误：${describeColumnChoiceError(e, failure.sheet)}`).join('；');
    case 'no-free-column':
      return `工作表「${failure.sheet}」已用到最后一列（${columnLetters(EXCEL_MAX_COLUMNS)}），没有空列可放「督办状态」：请删去台账右侧多余的内容后再试`;
  }
}

/**
 * The user's corrections win over detection; 0 unmaps a concept. A concept given a column is no
 * longer ambiguous, and that column no longer stands for what detection read there: the user has
 * chosen.
 */
export function applyColumnCorrections(mapping: ColumnMapping, columns: Partial<Record<Concept, number>> | undefined): ColumnMapping {
  if (!columns) return mapping;
  const merged: Partial<Record<Concept, number>> = { ...mapping.columns };
  const ambiguous: Partial<Record<Concept, number[]>> = { ...mapping.ambiguous };
  const chosen = Object.entries(columns) as Array<[Concept, number]>;
  for (const [concept, col] of chosen) {
    if (col > 0) {
      merged[concept] = col;
      delete ambiguous[concept];
    } else delete merged[concept];
  }
  // A column the user gives a concept is no longer the concept detection had read there.
  for (const [concept, col] of Object.entries(merged) as Array<[Concept, number]>) {
    if (columns[concept] === undefined && chosen.some(([, c]) => c === col)) delete merged[concept];
  }
  const corrected: ColumnMapping = { ...mapping, columns: merged };
  if (mapping.ambiguous !== undefined) corrected.ambiguous = ambiguous;
  return corrected;
}
