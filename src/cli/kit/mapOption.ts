import { columnLetters } from '../../core/cells';
import { ALL_CONCEPTS, CONCEPTS, requiredLabel, type Concept } from '../../core/ledger/concepts';
import { HEADER_SCAN_ROWS } from '../../core/ledger/detectLedger';
import { describeLedgerFailure, type HeaderSeen, type LedgerFailure } from '../../app/analyzeWorkbook';
import { conceptByName, describeColumnChoiceError, type ColumnChoices, type MissingColumn } from '../../app/resolveColumns';
import { UsageError } from './usageError';

/** Words in rows of `per`, joined by a space, the rows after the first indented by `indent`. */
const wrap = (words: readonly string[], per: number, indent: string): string =>
  Array.from({ length: Math.ceil(words.length / per) }, (_, i) => words.slice(i * per, i * per + per).join(' ')).join(`\n${indent}`);

/** The `--map` lines of both commands' help. */
export const MAP_HELP = `  --map     指定一列：--map 概念=列，可重复。识别不出或识别错的列用它指定，例如：
              --map 督办事项=B --map 完成时间=销号日期 --map 备注=无
            概念：${wrap(ALL_CONCEPTS.map((c) => CONCEPTS[c].label), 8, '                  ')}
                  也可写英文名：${wrap(ALL_CONCEPTS, 6, '                  ')}
            列：  列字母（B），或表头文字（批示摘要），或 无 / none / 0（不映射这一概念）`;

/** The `--map` options as given: each concept's choice, and the option text for messages. */
export interface MapOptions {
  choices: ColumnChoices;
  /** Concept → the option as the user wrote it (`督办事项=B`), to quote it back. */
  given: Partial<Record<Concept, string>>;
}

const LABELS = ALL_CONCEPTS.map((c) => CONCEPTS[c].label).join('、');

/**
 * Reads the repeated `--map 概念=列` values; the column is resolved later, against the ledger's header.
 *
 * @example
 * readMapOptions(['督办事项=B']) // { choices: { title: 'B' }, given: { title: '督办事项=B' } }
 * readMapOptions(undefined) // { choices: {}, given: {} }
 * readMapOptions(['督办事项']) // throws UsageError('--map 应写成 概念=列（如 --map 督办事项=B）：--map 督办事项')
 */
export function readMapOptions(values: readonly string[] | undefined): MapOptions {
  const map: MapOptions = { choices: {}, given: {} };
  for (const value of values ?? []) {
    const eq = value.search(/[=＝]/);
    if (eq < 0) throw new UsageError(`--map 应写成 概念=列（如 --map 督办事项=B）：--map ${value}`);
    const name = value.slice(0, eq).trim();
    const concept = conceptByName(name);
    if (concept === null) {
      const what = name === '' ? '缺少概念' : `没有「${name}」这一列`;
      throw new UsageError(`--map ${value} 有误：${what}；可用：${LABELS}（或英文名 ${ALL_CONCEPTS.join('、')}）`);
    }
    const earlier = map.given[concept];
    if (earlier !== undefined) {
      throw new UsageError(`${CONCEPTS[concept].label}指定了两次：--map ${earlier} 和 --map ${value}，每个概念只能指定一次`);
    }
    map.choices[concept] = value.slice(eq + 1);
    map.given[concept] = value;
  }
  return map;
}

/**
 * The command line's account of a ledger that could not be analysed: the failure's sentence,
 * then what the user needs to fix it — the header cells by letter and the `--map` to add, or where
 * the header must be and `--sheet`. The first line is the sentence; the others are indented.
 */
export function formatLedgerFailure(failure: LedgerFailure, map: MapOptions): string {
  switch (failure.kind) {
    case 'sheet-not-found':
    case 'no-free-column':
      return describeLedgerFailure(failure);
    case 'no-header': {
      const needed = `表头须在工作表的前 ${HEADER_SCAN_ROWS} 行内，且至少含督办事项、责任单位（或牵头单位）、交办时间（或办理时限）中的两列，或其中一列和另外两个可识别的列`;
      const mapNote = Object.keys(map.given).length > 0 ? '；--map 只能在找到表头之后指定其余的列' : '';
      const lines = [describeLedgerFailure(failure)];
      if (failure.sheet === null) {
        lines.push(`  已查看的工作表：${failure.looked.length > 0 ? failure.looked.join('、') : '（无）'}`);
        lines.push(`  ${needed}${mapNote}`);
        lines.push('  台账在其他工作表时，用 --sheet 表名 指定');
      } else {
        lines.push(`  ${needed}${mapNote}`);
        lines.push(`  台账在其他工作表时，用 --sheet 表名 指定（现有：${failure.sheetNames.join('、')}）`);
      }
      return lines.join('\n');
    }
    case 'missing-columns': {
      const labels = failure.missing.map((m) => requiredLabel(m.concept));
      const lines = [`工作表「${failure.sheet}」缺少必需的列：${labels.join('、')}`, `  ${headerLine(failure)}`];
      for (const m of failure.missing) if (m.ambiguous.length > 0) lines.push(`  ${ambiguityLine(m, failure)}`);
      lines.push(`  请用 --map 指定，例如：${mapHint(failure.missing)}`);
      return lines.join('\n');
    }
    case 'bad-columns': {
      const lines = failure.errors.map((e, i) => {
        const option = `--map ${map.given[e.concept] ?? `${CONCEPTS[e.concept].label}=${e.text}`}`;
        return `${i === 0 ? '' : '  '}${option} 有误：${describeColumnChoiceError(e, failure.sheet)}`;
      });
      lines.push(`  ${headerLine(failure)}`);
      return lines.join('\n');
    }
  }
}

/** `表头（第3行）：A 序号 | B 批示摘要 | …` */
function headerLine(seen: HeaderSeen): string {
  const rows = seen.headerRows.length > 1 ? `${seen.headerRows[0]}–${seen.headerRows[seen.headerRows.length - 1]}` : `${seen.headerRows[0]}`;
  return `表头（第${rows}行）：${seen.headers.map((h) => `${columnLetters(h.col)} ${h.text}`).join(' | ')}`;
}

function ambiguityLine(m: MissingColumn, seen: HeaderSeen): string {
  const label = CONCEPTS[m.concept].label;
  const named = m.ambiguous.map((col) => `${columnLetters(col)} 列「${seen.headers.find((h) => h.col === col)?.text ?? ''}」`);
  return named.length > 1 ? `${named.join('和')}都可作为${label}，未自动选择` : `${named[0]}可作为${label}，也可作为其他列，未自动选择`;
}

/** `--map 督办事项=B`, `--map 督办事项=B 或 --map 督办事项=C`, one part per missing concept. */
function mapHint(missing: readonly MissingColumn[]): string {
  const parts = missing.map((m) => {
    const label = CONCEPTS[m.concept].label;
    if (m.suggested.length === 0) {
      const why = m.concept === 'assigned' ? '（表头中没有日期列：请先在台账中加一列交办时间或办理时限）' : '';
      return `--map ${label}=列字母或表头文字${why}`;
    }
    return m.suggested.map((col) => `--map ${label}=${columnLetters(col)}`).join(' 或 ');
  });
  return parts.join(missing.some((m) => m.suggested.length > 1) ? '；' : ' ');
}
