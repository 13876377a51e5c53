import { cellAddress, columnLetters, type CellValue } from '../cells';
import { yearOf, type DateOnly } from '../dates/dateOnly';
import { parseDateCell, type DateCellContext } from '../dates/parseDateCell';
import { parseDeadlineCell, type DeadlineContext } from '../dates/parseDeadlineCell';
import type { Parsed } from '../dates/parsed';
import type { Problem, Severity } from '../problems';
import type { RuleSet } from '../rules/ruleSet';
import { cellText } from './cellText';
import { checkIds } from './checkIds';
import { classifyStatus, type StatusReading } from './classifyStatus';
import { CONCEPTS, type Concept } from './concepts';
import type { ColumnMapping } from './detectLedger';
import type { DeadlineSpec, Extension, LedgerItem } from './ledgerItem';
import { readApproval } from './readApproval';
import { cellKey, isBlank } from './sheetGrid';
import type { CellRect, SheetSnapshot } from './sheetSnapshot';
import { splitUnits, type UnitDirectory } from './unitDirectory';

export interface ParseLedgerOptions {
  rules: RuleSet;
  /** The unit register; absent = accept names as written (normalised). */
  units?: UnitDirectory;
  /** Year for dates written without one when the row has no assigned date to take it from. */
  ledgerYear?: number | null;
}

interface UnitCell {
  names: string[];
  unknown: string[];
  /** The number of names when more than rules.ledger.maxUnitsPerCell (names and unknown then empty), else 0. */
  tooMany: number;
}

const NO_VALUES: readonly CellValue[] = [];
// Shared by every item without a deadline; frozen, so no stage can change it for all of them.
const BLANK_DEADLINE: DeadlineSpec = Object.freeze({ kind: 'blank' });

/**
 * Reads the ledger's data rows into items (SPEC §1). Every cell that cannot be read becomes a
 * Problem naming the cell; the item is still returned with that value blank and the column listed
 * in `unreadable`, except a row without a title, which is not an item. A date outside the rule
 * set's plausible years (SPEC §9: a 1900-01-01 typo) counts as unreadable too. A deadline written
 * before the assigned date, or as the placeholder 9999-12-31 (read as 长期), is a warning. A unit
 * cell naming more than rules.ledger.maxUnitsPerCell units (50) is an error: the item keeps no
 * supervised unit, so it warrants no notice and counts for no unit's score. Blank
 * rows and section rows (one merged label over the row) are skipped. Hidden or filtered rows are items like any other:
 * hiding a row is not deleting the item, and an item hidden by a filter must still escalate.
 *
 * @example
 * // sheet: as in detectLedger's example; row 3: 1 | 背街小巷提质改造 | 县住建局、县城管局 | 2020-04-01 | 5月11日前
 * const { items } = parseLedger(sheet, detectLedger(sheet, XIANGYIN_2020).mapping!, { rules: XIANGYIN_2020 });
 * items[0].units // → ['县住建局', '县城管局']
 * items[0].deadline // → { kind: 'date', date: '2020-05-11', text: '5月11日前' }
 */
export function parseLedger(
  sheet: SheetSnapshot,
  mapping: ColumnMapping,
  options: ParseLedgerOptions,
): { items: LedgerItem[]; problems: Problem[] } {
  const { rules, units: directory } = options;
  const ledgerYear = options.ledgerYear ?? null;
  const date1904 = sheet.date1904 ?? false;
  const cols = mapping.columns;
  const problems: Problem[] = [];
  const items: LedgerItem[] = [];

  // Which columns name supervised units and which co-units (SPEC §1: the 牵头单位/责任单位 pair).
  const supervisedCols: number[] = [];
  const coCols: number[] = [];
  if (cols.leadUnits !== undefined) supervisedCols.push(cols.leadUnits);
  if (cols.units !== undefined) {
    if (cols.leadUnits !== undefined && rules.ledger.leadUnitIsSupervised) coCols.push(cols.units);
    else supervisedCols.push(cols.units);
  }
  if (cols.coUnits !== undefined) coCols.push(cols.coUnits);

  const mappedCols = [...new Set(Object.values(cols) as number[])];
  const { fill, sections } = dataMerges(sheet.merges ?? [], mapping, mappedCols, cols);
  const hasFill = fill.size > 0;
  const rowOffset = sheet.origin.row;
  const colOffset = sheet.origin.col;
  const mappedIdx = mappedCols.map((c) => c - colOffset);

  let rowValues: readonly CellValue[] = NO_VALUES;
  let row = 0;
  const at = (col: number | undefined): CellValue => {
    if (col === undefined) return null;
    if (hasFill) {
      const anchor = fill.get(cellKey(row, col));
      if (anchor !== undefined) return sheet.values[anchor[0] - rowOffset]?.[anchor[1] - colOffset] ?? null;
    }
    const v = rowValues[col - colOffset];
    return v === undefined ? null : v;
  };
  // Problems name the cell the user must fix: for a merged cell, its top-left.
  const addressOf = (col: number): string => {
    const anchor = hasFill ? fill.get(cellKey(row, col)) : undefined;
    return anchor === undefined ? cellAddress(row, col) : cellAddress(anchor[0], anchor[1]);
  };
  // Every item carries its deadline cell's address: the column letters are worked out once.
  const deadlineLetters = cols.deadline === undefined ? '' : columnLetters(cols.deadline);
  const report = (severity: Severity, code: string, col: number, message: string): void => {
    problems.push({ severity, code, message, sheet: sheet.name, cell: addressOf(col), row });
  };
  const numberFormat = (col: number): string | null =>
    sheet.numberFormats?.[row - rowOffset]?.[col - colOffset] ?? null;

  const { longTermWords, earliestYear, latestYear } = rules.ledger;
  let unreadable: Concept[] | undefined;
  const unparseable = (concept: Concept, col: number, value: CellValue): void => {
    report('error', 'date.unparseable', col, `${CONCEPTS[concept].label}无法识别：${cellText(value) ?? ''}`);
    (unreadable ??= []).push(concept);
  };
  // The years are at most 9998 (validateRuleSet), so these compare as the days they name.
  const earliest = `${earliestYear}-01-01`;
  const latest = `${latestYear}-12-31`;
  /** The date when it lies within the plausible years; else reported and unreadable, null. */
  const plausible = (concept: Concept, col: number, date: DateOnly): DateOnly | null => {
    if (date >= earliest && date <= latest) return date;
    const message = `${CONCEPTS[concept].label}不合理：${date}（应在${earliestYear}年至${latestYear}年之间）`;
    report('error', 'date.implausible', col, message);
    (unreadable ??= []).push(concept);
    return null;
  };
  // One context object per kind, refilled per cell: the parsers do not keep it, and 100,000 rows
  // × several date columns of fresh objects would cost more than the parsing.
  const dateCtx: DateCellContext = { date1904, defaultYear: null, numberFormat: null };
  const deadlineCtx: DeadlineContext = { assigned: null, longTermWords, date1904, defaultYear: null, numberFormat: null };
  // A serial's day depends on nothing but the serial (and the sheet's date system), and ledgers
  // repeat few dates over many rows.
  const serialCache = new Map<number, Parsed<DateOnly | null>>();
  const readDate = (concept: Concept, col: number | undefined, defaultYear: number | null): DateOnly | null => {
    const value = at(col);
    if (col === undefined || isBlank(value)) return null;
    let parsed = typeof value === 'number' ? serialCache.get(value) : undefined;
    if (parsed === undefined) {
      dateCtx.defaultYear = defaultYear;
      dateCtx.numberFormat = numberFormat(col);
      parsed = parseDateCell(value, dateCtx);
      if (typeof value === 'number') serialCache.set(value, parsed);
    }
    if (!parsed.ok) {
      unparseable(concept, col, value);
      return null;
    }
    return parsed.value === null ? null : plausible(concept, col, parsed.value);
  };
  /**
   * A date of the item's life after its assignment (completed, extension applied). Text without a
   * year ('1月5日') takes the assigned year, or the next one when it would fall before the
   * assigned date, as SPEC §1 reads prose dates.
   */
  const readLaterDate = (concept: Concept, col: number | undefined, assigned: DateOnly | null, year: number | null): DateOnly | null => {
    const date = readDate(concept, col, year);
    if (date === null || col === undefined || assigned === null || year === null || date >= assigned) return date;
    const value = at(col);
    if (typeof value !== 'string') return date;
    dateCtx.defaultYear = year + 1;
    dateCtx.numberFormat = numberFormat(col);
    const next = parseDateCell(value, dateCtx);
    return next.ok && next.value !== null ? plausible(concept, col, next.value) : date; // a written year does not move
  };
  const fillDeadlineCtx = (assigned: DateOnly | null, year: number | null, col: number): DeadlineContext => {
    deadlineCtx.assigned = assigned;
    deadlineCtx.defaultYear = year;
    deadlineCtx.numberFormat = numberFormat(col);
    return deadlineCtx;
  };
  /** A deadline-like cell that must name a day (延期至): a date or prose such as 5月底前. */
  const readUntil = (concept: Concept, col: number, assigned: DateOnly | null, year: number | null): DateOnly | null => {
    const value = at(col);
    if (isBlank(value)) return null;
    const parsed = parseDeadlineCell(value, fillDeadlineCtx(assigned, year, col));
    if (parsed.ok && parsed.value.kind === 'date') return plausible(concept, col, parsed.value.date);
    unparseable(concept, col, value);
    return null;
  };
  /** The deadline cell's reading, with the SPEC §9 checks against the plausible years and the assigned date. */
  const readDeadline = (col: number, assigned: DateOnly | null, year: number | null): DeadlineSpec => {
    const value = at(col);
    if (isBlank(value)) return BLANK_DEADLINE;
    const parsed = parseDeadlineCell(value, fillDeadlineCtx(assigned, year, col));
    if (!parsed.ok) {
      unparseable('deadline', col, value);
      return BLANK_DEADLINE;
    }
    const spec = parsed.value;
    if (spec.kind === 'longTerm' && spec.placeholder) {
      report('warning', 'deadline.placeholder', col, `${CONCEPTS.deadline.label}“${spec.text ?? '9999-12-31'}”不是实际日期，按长期事项处理`);
    } else if (spec.kind === 'date') {
      if (plausible('deadline', col, spec.date) === null) return BLANK_DEADLINE;
      if (cols.assigned !== undefined && assigned !== null && spec.date < assigned) {
        const message = `${CONCEPTS.deadline.label} ${spec.date} 早于${CONCEPTS.assigned.label}（${addressOf(cols.assigned)}：${assigned}）`;
        report('warning', 'deadline.before-assigned', col, message);
      }
    }
    return spec;
  };

  const { maxUnitsPerCell } = rules.ledger;
  const unitCache = new Map<string, UnitCell>();
  const readUnitCell = (text: string): UnitCell => {
    let cell = unitCache.get(text);
    if (cell === undefined) {
      const split = splitUnits(text);
      cell = { names: [], unknown: [], tooMany: split.length > maxUnitsPerCell ? split.length : 0 };
      // Too many names is not a list of units but a paste gone wrong: none is looked up or kept.
      for (const name of cell.tooMany === 0 ? split : []) {
        const canonical = directory === undefined ? name : directory.resolve(name);
        if (canonical === null) cell.unknown.push(name);
        cell.names.push(canonical ?? name); // unknown units are kept as written, and reported
      }
      unitCache.set(text, cell);
    }
    return cell;
  };
  /** Adds the units named in the columns to `into`; false when a cell names too many (reported, its row left out). */
  const collectUnits = (colList: readonly number[], into: string[], exclude: readonly string[]): boolean => {
    let fine = true;
    for (const col of colList) {
      const text = cellText(at(col));
      if (text === null) continue;
      const cell = readUnitCell(text);
      if (cell.tooMany > 0) {
        const concept = conceptOf(cols, col);
        const message = `${CONCEPTS[concept].label}列出了 ${cell.tooMany} 个单位，超过每格 ${maxUnitsPerCell} 个的上限（规则设置 ledger.maxUnitsPerCell），该行不参与督办：请核对该单元格`;
        report('error', 'unit.too-many', col, message);
        (unreadable ??= []).push(concept);
        fine = false;
        continue;
      }
      for (const name of cell.names) if (!into.includes(name) && !exclude.includes(name)) into.push(name);
      for (const name of cell.unknown) {
        report('warning', 'unit.unknown', col, `${CONCEPTS[conceptOf(cols, col)].label}"${name}"不在单位名册中`);
      }
    }
    return fine;
  };

  const statusCache = new Map<string, StatusReading>();

  for (row = mapping.firstDataRow; row <= mapping.lastDataRow; row++) {
    rowValues = sheet.values[row - rowOffset] ?? NO_VALUES;
    if (sections.has(row) || isBlankRow(rowValues, mappedIdx)) continue;
    unreadable = undefined;

    const title = cellText(at(cols.title));
    if (title === null) {
      if (cols.title !== undefined) report('error', 'title.blank', cols.title, `${CONCEPTS.title.label}为空，该行未读取`);
      continue;
    }

    let units: string[] = [];
    const unitsFine = collectUnits(supervisedCols, units, []);
    if (unitsFine && units.length === 0 && supervisedCols.length > 0) {
      report('warning', 'unit.blank', supervisedCols[0], `${CONCEPTS[conceptOf(cols, supervisedCols[0])].label}为空`);
    }
    const coUnits: string[] = [];
    // A row with a unit cell naming too many units supervises no unit: no notice, no score.
    if (!collectUnits(coCols, coUnits, units) || !unitsFine) units = [];

    const assigned = readDate('assigned', cols.assigned, ledgerYear);
    const year = assigned !== null ? yearOf(assigned) : ledgerYear;

    let deadline = BLANK_DEADLINE;
    let deadlineCell: string | null = null;
    if (cols.deadline !== undefined) {
      deadlineCell = hasFill ? addressOf(cols.deadline) : deadlineLetters + row;
      deadline = readDeadline(cols.deadline, assigned, year);
    }

    const completed = readLaterDate('completed', cols.completed, assigned, year);

    const status = cellText(at(cols.status));
    let reading: StatusReading = NOT_DONE;
    if (status !== null) {
      const cached = statusCache.get(status);
      if (cached !== undefined) reading = cached;
      else statusCache.set(status, (reading = classifyStatus(status, rules.ledger)));
    }

    let extension: Extension | null = null;
    if (cols.extendedTo !== undefined) {
      const until = readUntil('extendedTo', cols.extendedTo, assigned, year);
      if (until !== null) {
        extension = {
          until,
          appliedOn: readLaterDate('extensionAppliedOn', cols.extensionAppliedOn, assigned, year),
          appliedOnCell: cols.extensionAppliedOn === undefined ? null : addressOf(cols.extensionAppliedOn),
          approver: cellText(at(cols.extensionApprover)),
          approved: readApproval(at(cols.extensionApproved)),
          cell: addressOf(cols.extendedTo),
        };
      }
    }

    const item: LedgerItem = {
      row,
      id: cellText(at(cols.id)),
      title,
      source: cellText(at(cols.source)),
      units,
      coUnits,
      leader: cellText(at(cols.leader)),
      assigned,
      deadline,
      deadlineCell,
      completed,
      status,
      doneByStatus: reading.done,
      rejected: reading.rejected,
      extension,
      remark: cellText(at(cols.remark)),
    };
    if (unreadable !== undefined) item.unreadable = unreadable;
    items.push(item);
  }

  for (const p of checkIds(sheet, mapping, items)) problems.push(p);
  return { items, problems };
}

const NOT_DONE: StatusReading = Object.freeze({ done: false, rejected: false });

function isBlankRow(values: readonly CellValue[], idx: readonly number[]): boolean {
  for (const i of idx) if (!isBlank(values[i] ?? null)) return false;
  return true;
}

/** The concept a mapped column stands for (for the column's label in messages). */
function conceptOf(cols: Partial<Record<Concept, number>>, col: number): Concept {
  for (const concept of Object.keys(cols) as Concept[]) if (cols[concept] === col) return concept;
  return 'units';
}

/**
 * Merges in the data area. A cell merged down several rows (one unit for three items) gives its
 * value to every row it covers. A merge across the title and a units or date column is a section
 * label (一、重点项目), not an item.
 */
function dataMerges(
  merges: readonly CellRect[],
  mapping: ColumnMapping,
  mappedCols: readonly number[],
  cols: Partial<Record<Concept, number>>,
): { fill: Map<number, [number, number]>; sections: Set<number> } {
  const fill = new Map<number, [number, number]>();
  const sections = new Set<number>();
  const first = mapping.firstDataRow;
  const last = mapping.lastDataRow;
  const itemCols = [cols.units, cols.leadUnits, cols.assigned].filter((c): c is number => c !== undefined);
  for (const m of merges) {
    if (m.bottom < first || m.top > last) continue;
    const within = (c: number): boolean => c >= m.left && c <= m.right;
    if (m.right > m.left && cols.title !== undefined && within(cols.title) && itemCols.some(within)) {
      for (let r = Math.max(m.top, first); r <= Math.min(m.bottom, last); r++) sections.add(r);
      continue;
    }
    if (m.bottom > m.top && mappedCols.includes(m.left)) {
      for (let r = Math.max(m.top + 1, first); r <= Math.min(m.bottom, last); r++) fill.set(cellKey(r, m.left), [m.top, m.left]);
    }
  }
  return { fill, sections };
}
