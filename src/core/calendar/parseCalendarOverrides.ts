/**
 * Reads the user's 节假日调整 sheet: one row per day (日期 | 类型 | 说明) that changes the
 * package data, plus rows declaring a whole year as entered (`2027` | 全年已录入) so a year the
 * package does not know yet counts as covered. Bad rows become problems and are skipped.
 */
import { type CellValue, cellAddress } from '../cells';
import type { DateOnly } from '../dates/dateOnly';
import type { Problem } from '../problems';
import { normalizeText, readDeclaredYear, readOverrideDate } from './readOverrideDate';
import type { CalendarOverride } from './workCalendar';

/** The holiday override sheet users keep for years the data package does not know yet. */
export const CALENDAR_SHEET = '节假日调整';

export interface ParsedCalendarOverrides {
  overrides: CalendarOverride[];
  /** Years declared as entered in full, ascending. */
  declaredYears: number[];
  problems: Problem[];
}

type RowKind = 'workday' | 'holiday' | 'year';

const KINDS = new Map<string, RowKind>([
  ['工作日', 'workday'],
  ['上班', 'workday'],
  ['调休上班', 'workday'],
  ['补班', 'workday'],
  ['休息', 'holiday'],
  ['休息日', 'holiday'],
  ['节假日', 'holiday'],
  ['法定节假日', 'holiday'],
  ['放假', 'holiday'],
  ['全年已录入', 'year'],
]);
const KIND_HINT = '应为 工作日、上班、调休上班、休息、节假日、放假 或 全年已录入';

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function headerText(value: CellValue | undefined): string {
  return typeof value === 'string' ? normalizeText(value) : '';
}

function display(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString();
  return String(value).trim();
}

/**
 * The override sheet's rows (as read from `origin`, its top-left cell, so problems name the right
 * cells): the header is found by its 日期 and 类型 columns, wherever it sits.
 *
 * @example
 * parseCalendarOverrides([['日期', '类型', '说明'], ['2027-01-04', '放假', '元旦'], [2027, '全年已录入', null]], '节假日调整')
 * // → { overrides: [{ date: '2027-01-04', workday: false, note: '元旦' }], declaredYears: [2027], problems: [] }
 */
export function parseCalendarOverrides(
  rows: CellValue[][],
  sheetName: string,
  origin: { row: number; col: number } = { row: 1, col: 1 },
): ParsedCalendarOverrides {
  const overrides: CalendarOverride[] = [];
  const declared = new Set<number>();
  const problems: Problem[] = [];
  const report = (rowIndex: number, colIndex: number, text: string): void => {
    const row = origin.row + rowIndex;
    const cell = cellAddress(row, origin.col + colIndex);
    problems.push({
      severity: 'error',
      code: 'calendar.override',
      message: text,
      sheet: sheetName,
      cell,
      row,
    });
  };

  let headerIndex = -1;
  let dateCol = -1;
  let typeCol = -1;
  let noteCol = -1;
  for (let r = 0; r < rows.length && headerIndex < 0; r++) {
    const texts = rows[r].map(headerText);
    if (texts.includes('日期') && texts.includes('类型')) {
      headerIndex = r;
      dateCol = texts.indexOf('日期');
      typeCol = texts.indexOf('类型');
      noteCol = texts.indexOf('说明') >= 0 ? texts.indexOf('说明') : texts.indexOf('备注');
    }
  }
  if (headerIndex < 0) {
    if (rows.some((row) => row.some((v) => !isBlank(v)))) {
      problems.push({
        severity: 'error',
        code: 'calendar.override',
        message: `${sheetName}：未找到表头行（需含“日期”和“类型”两列），本表未读取`,
        sheet: sheetName,
      });
    }
    return { overrides, declaredYears: [], problems };
  }

  /** First row (sheet row number) that set each date, to report contradictions. */
  const seen = new Map<DateOnly, { workday: boolean; row: number }>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const dateCell = rows[r][dateCol] ?? null;
    const typeCell = rows[r][typeCol] ?? null;
    if (isBlank(dateCell) && isBlank(typeCell)) continue; // empty, or a 说明-only comment row

    let kind: RowKind | undefined;
    if (isBlank(typeCell)) report(r, typeCol, `类型为空（${KIND_HINT}）`);
    else {
      kind = KINDS.get(normalizeText(String(typeCell)));
      if (!kind) report(r, typeCol, `类型无法识别：${display(typeCell)}（${KIND_HINT}）`);
    }

    if (kind === 'year') {
      const year = readDeclaredYear(dateCell);
      if (year === null) report(r, dateCol, `“全年已录入”的日期栏应填年份（如 2027），而不是：${display(dateCell)}`);
      else declared.add(year);
      continue;
    }

    if (isBlank(dateCell)) {
      report(r, dateCol, '日期为空');
      continue;
    }
    const date = readOverrideDate(dateCell);
    // A bare year typed as a number would read as a 1905 serial date: say what was probably meant.
    const yearLike =
      typeof dateCell === 'number'
        ? Number.isInteger(dateCell) && dateCell >= 1900 && dateCell <= 2200
        : readDeclaredYear(dateCell) !== null;
    if (date === null || yearLike) {
      const hint = yearLike ? '（像是年份；整年已录入请在类型中填“全年已录入”）' : '';
      report(r, dateCol, `日期无法识别：${display(dateCell)}${hint}`);
      continue;
    }
    if (!kind) continue;

    const workday = kind === 'workday';
    const sheetRow = origin.row + r;
    const earlier = seen.get(date);
    if (earlier) {
      if (earlier.workday !== workday) {
        report(r, typeCol, `${date} 已在第${earlier.row}行定为${earlier.workday ? '工作日' : '休息日'}，本行与之矛盾，已忽略`);
      }
      continue;
    }
    seen.set(date, { workday, row: sheetRow });
    const override: CalendarOverride = { date, workday };
    const note = noteCol >= 0 ? rows[r][noteCol] : null;
    if (!isBlank(note)) override.note = display(note as CellValue);
    overrides.push(override);
  }

  return { overrides, declaredYears: [...declared].sort((a, b) => a - b), problems };
}
