import { cellAddress, columnLetters } from '../cells';
import type { Problem } from '../problems';
import type { RuleSet } from '../rules/ruleSet';
import { cellText } from './cellText';
import { CONCEPTS, matchHeaderConcept, normalizeHeaderText, type Concept } from './concepts';
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
const SCAN_ROWS = 30;
/** A header needs at least this many of the required concepts (title, units, assigned). */
const MIN_REQUIRED = 2;
const REQUIRED: readonly Concept[] = ['title', 'units', 'assigned'];

/**
 * Sub-headers that mean nothing on their own but do under a group cell: `时间` over
 * `交办 | 时限 | 办结`. Sub+group and group+sub (交办时间, 延期申请日期) are tried first; these cover
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
  headers: Array<{ col: number; text: string }>;
  score: number;
  required: number;
}

/**
 * Finds the ledger's header and maps its columns to concepts (SPEC §1). An Excel table gives the
 * header row directly; otherwise the first rows are scored by how many headers name a concept, a
 * row under a group cell (`时间` over `交办 | 时限 | 办结`) being read together with it. The best
 * candidate naming at least two of 督办事项 / 责任单位 / 交办时间 wins; title rows above score nothing.
 *
 * `rules` is part of the signature so a rule set can later carry header vocabulary; today the
 * synonyms are the fixed table CONCEPTS.
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
      missing: [...REQUIRED],
      problems: [{ severity: 'error', code: 'ledger.empty', message: `工作表"${sheet.name}"是空的`, sheet: sheet.name }],
    };
  }
  const merges = sheet.merges ?? [];
  const scanBottom = Math.min(bounds.bottom, bounds.top + SCAN_ROWS - 1);
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
      missing: [...REQUIRED],
      problems: [
        {
          severity: 'error',
          code: 'ledger.no-header',
          message: `工作表"${sheet.name}"前${SCAN_ROWS}行中未找到台账表头（至少需要"督办事项""责任单位""交办时间"中的两列），请手动指定表头行和各列`,
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
  const missing = REQUIRED.filter((c) => !hasConcept(best.columns, c));
  const problems: Problem[] = missing.map((c) => ({
    severity: 'error',
    code: 'ledger.missing-column',
    message: `表头中未找到"${CONCEPTS[c].label}"列，请在列映射中指定`,
    sheet: sheet.name,
    row: best.headerRows[0],
  }));
  problems.push(...repeatedHeaders(sheet.name, best));
  return { mapping, missing, problems };
}

/**
 * A header written twice (two 责任单位 columns): only the first is read. Said at the repeat's
 * cell, since the user may expect both columns to count.
 */
function repeatedHeaders(sheetName: string, c: Candidate): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  for (const h of c.headers) {
    const seen = first.get(h.text);
    if (seen === undefined) {
      first.set(h.text, h.col);
      continue;
    }
    const hit = matchHeaderConcept(h.text);
    if (hit === null || c.columns[hit.concept] !== seen) continue;
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

/** 'units' is satisfied by 牵头单位 as well: a ledger with only 牵头单位 supervises those units. */
function hasConcept(columns: Partial<Record<Concept, number>>, concept: Concept): boolean {
  return columns[concept] !== undefined || (concept === 'units' && columns.leadUnits !== undefined);
}

function isBetter(c: Candidate, best: Candidate | null): boolean {
  if (c.required < MIN_REQUIRED) return false;
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

/**
 * Maps each column's first matching text option to its concept. Two columns naming one concept:
 * the preferred synonym wins (督办编号 over 序号), then the leftmost.
 */
function assemble(headerRows: number[], left: number, right: number, bottom: number, texts: string[][]): Candidate {
  const columns: Partial<Record<Concept, number>> = {};
  const ranks: Partial<Record<Concept, number>> = {};
  const headers: Array<{ col: number; text: string }> = [];
  for (let i = 0; i < texts.length; i++) {
    const options = texts[i];
    if (options.length === 0) continue;
    const col = left + i;
    let text = options.length === 1 ? options[0] : options[1]; // unmatched group + sub reads as group+sub
    for (const option of options) {
      const hit = matchHeaderConcept(option);
      if (hit === null) continue;
      text = option;
      const rank = ranks[hit.concept];
      if (rank === undefined || hit.rank < rank) {
        columns[hit.concept] = col;
        ranks[hit.concept] = hit.rank;
      }
      break;
    }
    headers.push({ col, text });
  }
  const score = Object.keys(columns).length;
  const required = REQUIRED.filter((c) => hasConcept(columns, c)).length;
  return { headerRows, left, right, bottom, columns, headers, score, required };
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
