import { columnLetters, columnNumber, EXCEL_MAX_COLUMNS } from '../core/cells';
import { ALL_CONCEPTS, CONCEPTS, normalizeHeaderText, type Concept } from '../core/ledger/concepts';
import type { ColumnMapping, HeaderCell } from '../core/ledger/detectLedger';
import type { Problem } from '../core/problems';
import { STATUS_HEADER } from '../sheets/ledgerDecoration';

/**
 * The user's choice of column for a concept: a 1-based column (0 = unmapped), or text — a column
 * letter (`B`, any case, or `B列`), a header text (`批示内容`, compared after normalizeHeaderText), or one
 * of UNMAP_WORDS. A text that is the header of a column is that header even when it could be read
 * as letters (a header `ID` is the column headed ID, not column ID).
 */
export type ColumnChoice = number | string;
export type ColumnChoices = Partial<Record<Concept, ColumnChoice>>;

/** Texts that unmap a concept the detection got wrong (compared case-insensitively). */
export const UNMAP_WORDS: readonly string[] = ['无', 'none', '0'];

/** Why a choice names no column. Every kind carries the concept and the text as the user gave it. */
export type ColumnChoiceError =
  | { kind: 'empty'; concept: Concept; text: string }
  /** Letters past XFD. */
  | { kind: 'beyond-last-column'; concept: Concept; text: string }
  /** A cell address (`B2`), a number other than 0, or a number that is no column. */
  | { kind: 'not-a-column'; concept: Concept; text: string }
  | { kind: 'header-not-found'; concept: Concept; text: string }
  /** The header text heads two or more columns. */
  | { kind: 'header-twice'; concept: Concept; text: string; columns: number[] }
  /** Two concepts chosen for one column. */
  | { kind: 'same-column'; concept: Concept; text: string; other: Concept; otherText: string; column: number };

export type ResolvedColumns =
  | { ok: true; columns: Partial<Record<Concept, number>> }
  | { ok: false; errors: ColumnChoiceError[] };

/** A concept by its Chinese label (督办事项) or its key (title, any case); null when neither. */
export function conceptByName(name: string): Concept | null {
  const text = normalizeHeaderText(name);
  const lower = text.toLowerCase();
  return ALL_CONCEPTS.find((c) => CONCEPTS[c].label === text || c.toLowerCase() === lower) ?? null;
}

/** Resolves each choice against the header cells detection read; every bad choice is reported. */
export function resolveColumnChoices(choices: ColumnChoices, headers: readonly HeaderCell[]): ResolvedColumns {
  const columns: Partial<Record<Concept, number>> = {};
  const errors: ColumnChoiceError[] = [];
  const chosenBy = new Map<number, Concept>();
  for (const [concept, choice] of Object.entries(choices) as Array<[Concept, ColumnChoice]>) {
    const resolved = resolveChoice(concept, choice, headers);
    if (typeof resolved !== 'number') {
      errors.push(resolved);
      continue;
    }
    const other = chosenBy.get(resolved);
    if (resolved > 0 && other !== undefined) {
      errors.push({ kind: 'same-column', concept, text: String(choice), other, otherText: String(choices[other]), column: resolved });
      continue;
    }
    if (resolved > 0) chosenBy.set(resolved, concept);
    columns[concept] = resolved;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, columns };
}

function resolveChoice(concept: Concept, choice: ColumnChoice, headers: readonly HeaderCell[]): number | ColumnChoiceError {
  if (typeof choice === 'number') {
    return Number.isInteger(choice) && choice >= 0 && choice <= EXCEL_MAX_COLUMNS ? choice : { kind: 'not-a-column', concept, text: String(choice) };
  }
  const text = choice.trim();
  if (text === '') return { kind: 'empty', concept, text: choice };
  if (UNMAP_WORDS.includes(text.toLowerCase())) return 0;
  const normalized = normalizeHeaderText(text);
  const headed = headers.filter((h) => h.text === normalized).map((h) => h.col);
  if (headed.length === 1) return headed[0];
  if (headed.length > 1) return { kind: 'header-twice', concept, text, columns: headed };
  const letters = /^([A-Za-z]+)列?$/.exec(text)?.[1];
  if (letters !== undefined) {
    const col = letters.length > 3 ? EXCEL_MAX_COLUMNS + 1 : columnNumber(letters);
    return col <= EXCEL_MAX_COLUMNS ? col : { kind: 'beyond-last-column', concept, text };
  }
  if (/^\$?[A-Za-z]+\$?\d+$/.test(text) || /^\d+$/.test(text)) return { kind: 'not-a-column', concept, text };
  return { kind: 'header-not-found', concept, text };
}

/**
 * One sentence per error, without the concept's setting (the caller names it: the command line
 * as `--map 督办事项=…`, the task pane by its mapping row). `sheet` is the ledger sheet.
 */
export function describeColumnChoiceError(e: ColumnChoiceError, sheet: string): string {
  switch (e.kind) {
    case 'empty':
      return '没有写列：请写列字母（如 B）、表头文字，或“无”（不映射）';
    case 'beyond-last-column':
      return `列「${e.text}」超出了 Excel 的最后一列 XFD`;
    case 'not-a-column':
      return `「${e.text}」不是列：请写列字母（如 B）或表头文字`;
    case 'header-not-found':
      return `工作表「${sheet}」的表头中没有「${e.text}」`;
    case 'header-twice': {
      const letters = e.columns.map(columnLetters);
      return `工作表「${sheet}」的表头「${e.text}」出现在 ${letters.join(' 列和 ')} 列，请改用列字母（${letters.join(' 或 ')}）`;
    }
    case 'same-column':
      return `${CONCEPTS[e.concept].label}与${CONCEPTS[e.other].label}指定了同一列 ${columnLetters(e.column)}`;
  }
}

/**
 * Column numbers as a settings sheet writes them: the header text where it heads that column alone
 * (it survives columns inserted before it), else the column's letters; 0 as 无.
 *
 * @example
 * columnsAsWritten({ deadline: 6, source: 0 }, [{ col: 6, text: '完成时限' }]) // → { deadline: '完成时限', source: '无' }
 */
export function columnsAsWritten(columns: Partial<Record<Concept, number>>, headers: readonly HeaderCell[]): ColumnChoices {
  const out: ColumnChoices = {};
  for (const [concept, col] of Object.entries(columns) as Array<[Concept, number]>) {
    const headed = headers.filter((h) => h.col === col && h.text !== '');
    const text = headed.length === 1 ? headed[0].text : null;
    const unique = text !== null && headers.filter((h) => h.text === text).length === 1 && !UNMAP_WORDS.includes(text.toLowerCase());
    out[concept] = col === 0 ? UNMAP_WORDS[0] : unique ? (text as string) : columnLetters(col);
  }
  return out;
}

/**
 * Saved column choices resolved against a sheet's header: the ones that name a column, and a
 * warning for each that does not (that concept is detected instead).
 *
 * @example
 * savedColumns({ deadline: '完成时限', source: '来源' }, [{ col: 6, text: '完成时限' }], '督办台账')
 * // → { columns: { deadline: 6 }, problems: [{ …, message: '规则设置「列·事项来源」：工作表「督办台账」的表头中没有「来源」，已改为自动识别' }] }
 */
export function savedColumns(choices: ColumnChoices, headers: readonly HeaderCell[], sheet: string): { columns: Partial<Record<Concept, number>>; problems: Problem[] } {
  const columns: Partial<Record<Concept, number>> = {};
  const problems: Problem[] = [];
  for (const [concept, choice] of Object.entries(choices) as Array<[Concept, ColumnChoice]>) {
    const resolved = resolveColumnChoices({ [concept]: choice }, headers);
    if (resolved.ok) {
      Object.assign(columns, resolved.columns);
      continue;
    }
    const why = describeColumnChoiceError(resolved.errors[0], sheet);
    problems.push({ severity: 'warning', code: 'settings.column', setting: `columns.${concept}`, message: `规则设置「列·${CONCEPTS[concept].label}」：${why}，已改为自动识别` });
  }
  return { columns, problems };
}

/** A required concept the ledger lacks, with the columns worth suggesting for it. */
export interface MissingColumn {
  concept: Concept;
  /** The columns detection found equally fit for it (left unmapped rather than guessed); [] when none. */
  ambiguous: number[];
  /**
   * Columns to suggest: the ambiguous ones, else one column mapped to no concept — one whose
   * header shares a word with the concept's vocabulary if any, else the first (for 交办时间, the
   * first whose header names a date); [] when none fits.
   */
  suggested: number[];
}

/**
 * Suggestions for the missing concepts, in their order. A free column is one mapped to no concept
 * and contested by none (not ambiguous); two missing concepts are never offered the same free
 * column, and the add-in's own 督办状态 column is never offered.
 */
export function suggestColumns(mapping: ColumnMapping, missing: readonly Concept[]): MissingColumn[] {
  const mapped = new Set([...Object.values(mapping.columns), ...Object.values(mapping.ambiguous ?? {}).flat()]);
  const free = mapping.headers.filter((h) => !mapped.has(h.col) && h.text !== STATUS_HEADER);
  const taken = new Set<number>();
  const picks = new Map<Concept, number>();
  const unambiguous = missing.filter((c) => (mapping.ambiguous?.[c] ?? []).length === 0);
  // Any text column may hold a title or units; a date only a column whose header says date.
  const fits = (concept: Concept, h: HeaderCell) => concept !== 'assigned' || DATE_WORD.test(h.text);
  // Related headers first, so a later concept's related column is not taken as an earlier one's fallback.
  for (const concept of unambiguous) {
    const words = relatedWords(concept);
    const hit = free.find((h) => !taken.has(h.col) && fits(concept, h) && words.some((w) => h.text.includes(w)));
    if (hit) {
      picks.set(concept, hit.col);
      taken.add(hit.col);
    }
  }
  for (const concept of unambiguous) {
    if (picks.has(concept)) continue;
    const first = free.find((h) => !taken.has(h.col) && fits(concept, h));
    if (first) {
      picks.set(concept, first.col);
      taken.add(first.col);
    }
  }
  return missing.map((concept) => {
    const ambiguous = [...(mapping.ambiguous?.[concept] ?? [])];
    const pick = picks.get(concept);
    return { concept, ambiguous, suggested: ambiguous.length > 0 ? ambiguous : pick === undefined ? [] : [pick] };
  });
}

const DATE_WORD = /时间|日期|时限|期限|节点|日$/;

/**
 * The two-character words of a concept's cue words (督办事项 → 督办, 事项): a header sharing one is
 * related (批示摘要 shares 批示 with 批示内容). 责任单位 counts 牵头单位's words too.
 */
function relatedWords(concept: Concept): string[] {
  const cues = concept === 'units' ? [...CONCEPTS.units.cues, ...CONCEPTS.leadUnits.cues] : CONCEPTS[concept].cues;
  const words = new Set<string>();
  for (const [word] of cues) for (let i = 0; i + 2 <= word.length; i += 2) words.add(word.slice(i, i + 2));
  return [...words];
}
