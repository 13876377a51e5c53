import { cellAddress, columnLetters } from '../cells';
import type { Problem } from '../problems';
import type { RuleSet } from '../rules/ruleSet';
import { cellText } from './cellText';
import { CONCEPTS, missingRequired, normalizeHeaderText, requiredLabel, scoreHeader, type Concept } from './concepts';
import { cellKey, isBlank, snapshotBounds, valueAt } from './sheetGrid';
import type { CellRect, SheetSnapshot } from './sheetSnapshot';

export interface ColumnMapping {
  /** 1-based sheet rows of the header (one, or two for a group header over sub-headers). */
  headerRows: number[];
  /** First and last 1-based sheet rows of data (trailing blank rows excluded). */
  firstDataRow: number;
  lastDataRow: number;
  /** Concept → 1-based sheet column. */
  columns: Partial<Record<Concept, number>>;
  /** Every header column with its (combined, normalised) text, for the mapping UI. */
  headers: HeaderCell[];
  /**
   * Concepts two or more header cells fit equally well: left unmapped rather than guessed, each
   * with the competing columns (a problem names their cells).
   */
  ambiguous?: Partial<Record<Concept, number[]>>;
}

/** One header column as detection read it. */
export interface HeaderCell {
  col: number;
  /** The header text (both rows of a two-row header combined), whitespace dropped, half-width. */
  text: string;
  /** The concept detection gave this column, if any. */
  concept?: Concept;
  /** The word of the concept's vocabulary that decided it (`时限` in `整改期限` …), shown to the user. */
  matched?: string;
}

/** How many rows from the top are searched for the header (title rows and notes sit above it). */
export const HEADER_SCAN_ROWS = 30;
/**
 * A header names at least two of 督办事项, 责任单位 (or 牵头单位), 交办时间 (or 办理时限), or one
 * of them and two more concepts: then the user can map what detection could not read.
 */
const MIN_REQUIRED = 2;
const MIN_CONCEPTS_WITH_ONE_REQUIRED = 3;

/**
 * Sub-headers that mean nothing on their own but do under a group cell: `时间` over
 * `交办 | 时限 | 办结`. Sub+group, group+sub (交办时间, 延期申请日期) and the sub alone are scored too, the best reading wins; these cover
 * what concatenation cannot (时限 under 时间 is 办理时限, 牵头 under 责任单位 is 牵头单位).
 */
const TIME_SUBS: Readonly<Record<string, string>> = {
  交办: '交办时间',
  时限: '办理时限',
  办结: '办结时间',
  完成: '完成时间',
  截止: '截止时间',
  下达: '下达时间',
  批示: '批示时间',
};
const UNIT_SUBS: Readonly<Record<string, string>> = {
  牵头: '牵头单位',
  责任: '责任单位',
  配合: '配合单位',
  协办: '协办单位',
  主办: '主办单位',
  承办: '承办单位',
};
const GROUP_SUBS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  时间: TIME_SUBS,
  日期: TIME_SUBS,
  时间节点: TIME_SUBS,
  办理时间: TIME_SUBS,
  单位: UNIT_SUBS,
  责任单位: UNIT_SUBS,
};

interface Candidate {
  headerRows: number[];
  left: number;
  right: number;
  /** Last row data may occupy: the table's bottom, or the snapshot's. */
  bottom: number;
  columns: Partial<Record<Concept, number>>;
  ambiguous: Partial<Record<Concept, number[]>>;
  headers: HeaderCell[];
  /** Concepts found, mapped or ambiguous. */
  score: number;
  /** Of 督办事项, 责任单位 (or 牵头单位), 交办时间 (or 办理时限): how many are found. */
  required: number;
}

/**
 * Finds the ledger's header and maps its columns to concepts by meaning (SPEC §1, scoreHeader).
 * An Excel table gives the header row directly; otherwise the first rows are scored by how many
 * concepts their headers name, a row under a group cell (`时间` over `交办 | 时限 | 办结`) being
 * read together with it. The best candidate naming at least two of the required concepts wins;
 * title rows and 填报单位 lines above score nothing. Ambiguous headers are problems, never guesses.
 *
 * `rules` is part of the signature so a rule set can later carry header vocabulary; today the
 * vocabulary is the fixed table CONCEPTS.
 *
 * @example
 * // sheet: a title merged over row 1; row 2: 序号 | 事项名称 | 承办部门 | 来源时间 | 整改期限; items below
 * detectLedger(sheet, XIANGYIN_2020).mapping?.columns
 * // → { id: 1, title: 2, units: 3, assigned: 4, deadline: 5 }
 */
export function detectLedger(
  sheet: SheetSnapshot,
  rules: RuleSet,
): { mapping: ColumnMapping | null; missing: Concept[]; problems: Problem[] } {
  void rules;
  const bounds = snapshotBounds(sheet);
  if (bounds === null) {
    return {
      mapping: null,
      missing: missingRequired({}),
      problems: [{ severity: 'error', code: 'ledger.empty', message: `工作表"${sheet.name}"是空的`, sheet: sheet.name }],
    };
  }
  const merges = sheet.merges ?? [];
  const scanBottom = Math.min(bounds.bottom, bounds.top + HEADER_SCAN_ROWS - 1);
  const anchors = mergeAnchors(merges, scanBottom + 1);
  const textAt = (row: number, col: number): string => {
    const anchor = anchors.get(cellKey(row, col));
    const v = anchor === undefined ? valueAt(sheet, row, col) : valueAt(sheet, anchor[0], anchor[1]);
    const t = cellText(v);
    return t === null ? '' : normalizeHeaderText(t);
  };

  let best: Candidate | null = null;
  for (const table of sheet.tables ?? []) {
    if (!table.headerRow) continue;
    const c = singleRow(textAt, table.top, table.left, table.right, table.bottom);
    if (isBetter(c, best)) best = c;
  }
  if (best === null) {
    for (let row = bounds.top; row <= scanBottom; row++) {
      let candidate = singleRow(textAt, row, bounds.left, bounds.right, bounds.bottom);
      if (row < bounds.bottom && isGroupRow(merges, row, bounds, textAt)) {
        // The row below a group row holds its sub-headers: read the two together unless that
        // names fewer concepts.
        const pair = twoRows(textAt, row, bounds.left, bounds.right, bounds.bottom);
        if (pair.score >= candidate.score) candidate = pair;
      }
      if (isBetter(candidate, best)) best = candidate;
    }
  }

  if (best === null) {
    return {
      mapping: null,
      missing: missingRequired({}),
      problems: [
        {
          severity: 'error',
          code: 'ledger.no-header',
          message: `工作表"${sheet.name}"前${HEADER_SCAN_ROWS}行中未找到台账表头（至少需要"督办事项""责任单位""交办时间"中的两列，或其中一列和另外两个可识别的列），请手动指定表头行和各列`,
          sheet: sheet.name,
        },
      ],
    };
  }

  const headerRow = best.headerRows[best.headerRows.length - 1];
  const firstDataRow = headerRow + 1;
  const lastDataRow = findLastDataRow(sheet, best, firstDataRow, merges);
  const mapping: ColumnMapping = {
    headerRows: best.headerRows,
    firstDataRow,
    lastDataRow,
    columns: best.columns,
    headers: best.headers,
  };
  if (Object.keys(best.ambiguous).length > 0) mapping.ambiguous = best.ambiguous;
  const missing = missingRequired(best.columns);
  const problems = ambiguityProblems(sheet.name, best, missing);
  for (const c of missing) {
    if (best.ambiguous[c] !== undefined) continue; // the ambiguity is the question already
    problems.push({
      severity: 'error',
      code: 'ledger.missing-column',
      message: `表头中未找到"${requiredLabel(c)}"列，请在列映射中指定`,
      sheet: sheet.name,
      row: best.headerRows[0],
    });
  }
  if (best.columns.assigned === undefined && best.columns.deadline !== undefined && best.ambiguous.assigned === undefined) {
    problems.push({
      severity: 'warning',
      code: 'ledger.no-assigned-column',
      message: `表头中没有"${CONCEPTS.assigned.label}"列：按"${CONCEPTS.deadline.label}"列督办；未写时限的事项无法推算时限，单位得分不计承办事项数的加分`,
      sheet: sheet.name,
      row: best.headerRows[0],
    });
  }
  problems.push(...repeatedHeaders(sheet.name, best));
  return { mapping, missing, problems };
}

/**
 * One problem per ambiguous concept, naming every competing header cell: an error when the
 * ledger cannot be read without the concept, else a warning (the column is left unread).
 */
function ambiguityProblems(sheetName: string, c: Candidate, missing: readonly Concept[]): Problem[] {
  const row = c.headerRows[c.headerRows.length - 1];
  const named = (col: number) => `"${c.headers.find((h) => h.col === col)?.text ?? ''}"（${cellAddress(row, col)}）`;
  // Concepts that tie on the same cells make one question.
  const groups = new Map<string, { cols: number[]; concepts: Concept[] }>();
  for (const [concept, cols] of Object.entries(c.ambiguous) as Array<[Concept, number[]]>) {
    const group = groups.get(cols.join()) ?? { cols, concepts: [] };
    group.concepts.push(concept);
    groups.set(cols.join(), group);
  }
  return [...groups.values()].map(({ cols, concepts }) => {
    const labels = concepts.map((k) => `"${CONCEPTS[k].label}"列`);
    const message =
      cols.length > 1
        ? `表头${cols.map(named).join('和')}都可作为${labels.join('、')}，未自动选择，请在列映射中指定`
        : `表头${named(cols[0])}既可作为${labels[0]}，也可作为${labels.length > 1 ? labels.slice(1).join('、') : '其他列'}，未自动选择，请在列映射中指定`;
    return {
      severity: concepts.some((k) => missing.includes(k)) ? 'error' : 'warning',
      code: 'ledger.ambiguous-column',
      message,
      sheet: sheetName,
      cell: cellAddress(row, cols[0]),
      row,
    } satisfies Problem;
  });
}

/**
 * A header written twice (two 责任单位 columns): only the first is read. Said at the repeat's
 * cell, since the user may expect both columns to count.
 */
function repeatedHeaders(sheetName: string, c: Candidate): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, HeaderCell>();
  for (const h of c.headers) {
    const earlier = first.get(h.text);
    if (earlier === undefined) {
      first.set(h.text, h);
      continue;
    }
    if (earlier.concept === undefined || h.concept !== undefined) continue;
    const seen = earlier.col;
    problems.push({
      severity: 'warning',
      code: 'ledger.repeated-column',
      message: `表头"${h.text}"与 ${columnLetters(seen)} 列重复，只读取 ${columnLetters(seen)} 列，本列未读取`,
      sheet: sheetName,
      cell: cellAddress(c.headerRows[0], h.col),
      row: c.headerRows[0],
    });
  }
  return problems;
}

function isBetter(c: Candidate, best: Candidate | null): boolean {
  if (c.required < MIN_REQUIRED && !(c.required === 1 && c.score >= MIN_CONCEPTS_WITH_ONE_REQUIRED)) return false;
  if (best === null) return true;
  // Strictly more concepts only: on a tie the earlier, single-row candidate stays.
  return c.score > best.score;
}

/** Cells covered by a merge (not its top-left) → the top-left, for rows up to maxRow. */
function mergeAnchors(merges: readonly CellRect[], maxRow: number): Map<number, [number, number]> {
  const anchors = new Map<number, [number, number]>();
  for (const m of merges) {
    const bottom = Math.min(m.bottom, maxRow);
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) anchors.set(cellKey(r, c), [m.top, m.left]);
      }
    }
  }
  return anchors;
}

/**
 * A group header row: a merge confined to the row spans several columns, and the row holds other
 * headers too. A title row (one merged cell, however wide) is not one.
 */
function isGroupRow(merges: readonly CellRect[], row: number, bounds: CellRect, textAt: TextAt): boolean {
  if (!merges.some((m) => m.top === row && m.bottom === row && m.right > m.left)) return false;
  let texts = 0;
  let previous = '';
  for (let col = bounds.left; col <= bounds.right && texts < 2; col++) {
    const t = textAt(row, col);
    if (t !== '' && t !== previous) texts++;
    previous = t;
  }
  return texts >= 2;
}

type TextAt = (row: number, col: number) => string;

function singleRow(textAt: TextAt, row: number, left: number, right: number, bottom: number): Candidate {
  const texts: string[][] = [];
  for (let col = left; col <= right; col++) {
    const t = textAt(row, col);
    texts.push(t === '' ? [] : [t]);
  }
  return assemble([row], left, right, bottom, texts);
}

function twoRows(textAt: TextAt, row: number, left: number, right: number, bottom: number): Candidate {
  const texts: string[][] = [];
  for (let col = left; col <= right; col++) {
    const group = textAt(row, col);
    const sub = textAt(row + 1, col);
    if (sub === '' || sub === group) texts.push(group === '' ? [] : [group]);
    else if (group === '') texts.push([sub]);
    else {
      const bare = GROUP_SUBS[group]?.[sub];
      const options = [sub + group, group + sub, sub];
      if (bare !== undefined) options.push(bare);
      texts.push(options);
    }
  }
  return assemble([row, row + 1], left, right, bottom, texts);
}

/** A column's reading of one concept: the best of its text options. */
interface Fit {
  col: number;
  concept: Concept;
  score: number;
  word: string;
  text: string;
}

/**
 * The best assignment of header columns to concepts: the highest-scoring fits are taken first,
 * each column and each concept at most once. Where the best remaining fit has an equal rival (two
 * headers for one concept, or one header for two concepts) nothing is guessed: the concept is
 * left unmapped and recorded as ambiguous. The same header text twice is a repeat, not a rival:
 * the leftmost is read (repeatedHeaders says so).
 */
function assemble(headerRows: number[], left: number, right: number, bottom: number, texts: string[][]): Candidate {
  const fits: Fit[] = [];
  const headers: HeaderCell[] = [];
  for (let i = 0; i < texts.length; i++) {
    const options = texts[i];
    if (options.length === 0) continue;
    const col = left + i;
    const best = new Map<Concept, Fit>();
    for (const text of options) {
      for (const m of scoreHeader(text)) {
        const seen = best.get(m.concept);
        if (seen === undefined || m.score > seen.score) best.set(m.concept, { col, concept: m.concept, score: m.score, word: m.word, text });
      }
    }
    fits.push(...best.values());
    // An unmatched group + sub reads as group+sub.
    headers.push({ col, text: options.length === 1 ? options[0] : options[1] });
  }
  fits.sort((a, b) => b.score - a.score || a.col - b.col);

  const columns: Partial<Record<Concept, number>> = {};
  const ambiguous: Partial<Record<Concept, number[]>> = {};
  const takenCols = new Set<number>();
  const settled = new Set<Concept>();
  const open = (f: Fit) => !takenCols.has(f.col) && !settled.has(f.concept);
  // Rivals have the fit's score, so they stand next to it in the sorted list: the run of that score.
  let runStart = 0;
  for (let i = 0; i < fits.length; i++) {
    const fit = fits[i];
    if (fit.score !== fits[runStart].score) runStart = i;
    if (!open(fit)) continue;
    let runEnd = i;
    while (runEnd < fits.length && fits[runEnd].score === fit.score) runEnd++;
    const rivals = fits
      .slice(runStart, runEnd)
      .filter((f) => f !== fit && open(f) && (f.col === fit.col || (f.concept === fit.concept && f.text !== fit.text)));
    if (rivals.length > 0) {
      for (const f of [fit, ...rivals]) {
        settled.add(f.concept);
        const cols = (ambiguous[f.concept] ??= []);
        if (!cols.includes(f.col)) cols.push(f.col);
      }
      if (rivals.every((f) => f.col === fit.col)) takenCols.add(fit.col);
      continue;
    }
    columns[fit.concept] = fit.col;
    takenCols.add(fit.col);
    settled.add(fit.concept);
    const header = headers.find((h) => h.col === fit.col) as HeaderCell;
    header.text = fit.text;
    header.concept = fit.concept;
    header.matched = fit.word;
  }
  const score = Object.keys(columns).length + Object.keys(ambiguous).length;
  const present = (c: Concept) => columns[c] !== undefined || ambiguous[c] !== undefined;
  const required = [present('title'), present('units') || present('leadUnits'), present('assigned') || present('deadline')].filter(Boolean).length;
  return { headerRows, left, right, bottom, columns, ambiguous, headers, score, required };
}

/**
 * The last row with anything in a mapped column (trailing blank rows are not data), extended to
 * the bottom of a merge that starts in the data (a unit merged down the last rows).
 */
function findLastDataRow(sheet: SheetSnapshot, c: Candidate, firstDataRow: number, merges: readonly CellRect[]): number {
  const cols = Object.values(c.columns) as number[];
  let last = firstDataRow - 1;
  for (let row = c.bottom; row >= firstDataRow; row--) {
    if (cols.some((col) => !isBlank(valueAt(sheet, row, col)))) {
      last = row;
      break;
    }
  }
  for (const m of merges) {
    if (m.top >= firstDataRow && m.top <= last && m.bottom > last && cols.some((col) => col >= m.left && col <= m.right)) {
      last = Math.min(m.bottom, c.bottom);
    }
  }
  return last;
}
