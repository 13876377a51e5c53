import type { DateOnly } from '../core/dates/dateOnly';
import type { Problem } from '../core/problems';
import type { RuleSet } from '../core/rules/ruleSet';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import type { LedgerItem } from '../core/ledger/ledgerItem';
import { CONCEPTS, missingRequired, type Concept } from '../core/ledger/concepts';
import { detectLedger, type ColumnMapping } from '../core/ledger/detectLedger';
import { parseLedger } from '../core/ledger/parseLedger';
import { createUnitDirectory } from '../core/ledger/unitDirectory';
import { createWorkCalendar, parseCalendarOverrides, type WorkCalendar } from '../core/calendar';
import { escalate, type ItemEscalation } from '../core/escalation/escalate';
import { parseUnitRegister, REGISTER_SHEET, type UnitRecord } from '../core/register/parseUnitRegister';
import { parseNoticeLog, NOTICE_LOG_SHEET, type LogEntry, type ParsedNoticeLog } from '../core/notices/noticeLog';
import { yearOf } from '../core/dates/dateOnly';
import { parseStaffSheet, STAFF_SHEET, type StaffMember } from '../core/bonus/parseStaffSheet';
import type { WorkbookPort } from './workbookPort';

/** The holiday override sheet users keep for years the data package does not know yet. */
export const CALENDAR_SHEET = '节假日调整';

/** Sheets the add-in reads or writes itself: never taken for the ledger. */
const SIDE_SHEETS = [REGISTER_SHEET, NOTICE_LOG_SHEET, CALENDAR_SHEET, STAFF_SHEET];
const isOwnSheet = (name: string) => SIDE_SHEETS.includes(name) || /^(督办单|单位得分|绩效奖金|督办通报|人员考核)/.test(name);

export interface AnalyzeOptions {
  asOf: DateOnly;
  rules: RuleSet;
  /** The ledger sheet; absent = the first sheet that looks like a ledger. */
  sheet?: string;
  /** The user's corrections to the detected column mapping (concept → 1-based column; 0 = unmapped). */
  columns?: Partial<Record<Concept, number>>;
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
}

export type AnalyzeResult = { ok: true; analysis: LedgerAnalysis } | { ok: false; message: string; problems: Problem[] };

/**
 * The read side of every use case, in two reads of the workbook (its sheet list, then every sheet
 * needed at once): find the ledger, read the register, the notice log and the holiday overrides
 * when present, parse the ledger and escalate it as of a date.
 */
export async function analyzeWorkbook(port: WorkbookPort, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { rules, asOf } = options;
  const problems: Problem[] = [];
  const sheetNames = (await port.listSheets()).map((s) => s.name);
  if (options.sheet !== undefined && !sheetNames.includes(options.sheet)) {
    return { ok: false, message: `工作表「${options.sheet}」不存在（现有：${sheetNames.join('、')}）`, problems };
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
    problems.push(...parsed.problems);
  }
  let noticeLog: NoticeLogRead | null = null;
  const logSheet = byName.get(NOTICE_LOG_SHEET);
  if (logSheet && side.includes(NOTICE_LOG_SHEET)) {
    noticeLog = readNoticeLogSheet(logSheet);
    problems.push(...noticeLog.log.problems);
  }
  const log = noticeLog?.log.entries ?? [];
  let calendar = createWorkCalendar();
  const calendarSheet = byName.get(CALENDAR_SHEET);
  if (calendarSheet && side.includes(CALENDAR_SHEET)) {
    const parsed = parseCalendarOverrides(calendarSheet.values, CALENDAR_SHEET, calendarSheet.origin);
    calendar = createWorkCalendar({ overrides: parsed.overrides, declaredYears: parsed.declaredYears });
    problems.push(...parsed.problems);
  }

  let staff: StaffMember[] = [];
  const staffSheet = byName.get(STAFF_SHEET);
  if (staffSheet && side.includes(STAFF_SHEET)) {
    const parsed = parseStaffSheet(staffSheet, register.length > 0 ? createUnitDirectory(register) : undefined);
    staff = parsed.staff;
    problems.push(...parsed.problems);
  }

  const found = findLedger(candidates.map((n) => byName.get(n) as SheetSnapshot), options);
  if (!found.ok) return { ok: false, message: found.message, problems };
  const { sheet, mapping } = found;
  problems.push(...found.problems);

  const units = register.length > 0 ? createUnitDirectory(register) : undefined;
  const parsed = parseLedger(sheet, mapping, { rules, units, ledgerYear: yearOf(asOf) });
  problems.push(...parsed.problems);
  const escalated = escalate(parsed.items, { asOf, rules, calendar, log, sheet: sheet.name });
  problems.push(...escalated.problems);
  return {
    ok: true,
    analysis: { asOf, rules, sheet, mapping, items: parsed.items, escalations: escalated.items, register, log, noticeLog, staff, calendar, sheetNames, problems },
  };
}

type Found = { ok: true; sheet: SheetSnapshot; mapping: ColumnMapping; problems: Problem[] } | { ok: false; message: string };

function findLedger(candidates: SheetSnapshot[], options: AnalyzeOptions): Found {
  let firstMissing: { name: string; labels: string[] } | null = null;
  for (const sheet of candidates) {
    const detected = detectLedger(sheet, options.rules);
    if (detected.mapping === null) continue;
    const mapping = applyColumnCorrections(detected.mapping, options.columns);
    const missing = missingConcepts(mapping);
    if (missing.length === 0) return { ok: true, sheet, mapping, problems: detected.problems };
    firstMissing ??= { name: sheet.name, labels: missing.map((c) => CONCEPTS[c].label) };
  }
  if (firstMissing) {
    return { ok: false, message: `工作表「${firstMissing.name}」缺少必需的列：${firstMissing.labels.join('、')}，请在映射中指定` };
  }
  const what = options.sheet !== undefined ? `工作表「${options.sheet}」看起来不是督办台账` : '没有找到督办台账';
  return { ok: false, message: `${what}：找不到含「督办事项」「责任单位」「交办时间」等列的表头` };
}

/** Required concepts the mapping lacks (see missingRequired). */
export function missingConcepts(mapping: ColumnMapping): Concept[] {
  return missingRequired(mapping.columns);
}

/** The user's corrections win over detection; 0 unmaps a concept. */
export function applyColumnCorrections(mapping: ColumnMapping, columns: Partial<Record<Concept, number>> | undefined): ColumnMapping {
  if (!columns) return mapping;
  const merged: Partial<Record<Concept, number>> = { ...mapping.columns };
  for (const [concept, col] of Object.entries(columns) as Array<[Concept, number]>) {
    if (col > 0) merged[concept] = col;
    else delete merged[concept];
  }
  return { ...mapping, columns: merged };
}
