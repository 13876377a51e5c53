import path from 'node:path';
import { previewHolidayNotice, type HolidayNoticePreview } from '../../app/previewHolidayNotice';
import { CALENDAR_SHEET } from '../../core/calendar/parseCalendarOverrides';
import { buildCalendarSheet } from '../../sheets/calendarSheet';
import { XlsxWorkbook } from '../../xlsx/xlsxWorkbook';
import type { Io } from '../kit/io';
import { UsageError, catchUsageErrors } from '../kit/usageError';
import { onlyInputFile, parseOptions } from '../kit/parseOptions';
import { readInput } from '../kit/readInput';
import { chooseOutput, writeOutput } from '../kit/writeOutput';

export const CALENDAR_USAGE = `用法 Usage:
  duban calendar 通知.txt [--out 输出.xlsx] [--json] [--force]

读取国务院办公厅关于某年部分节假日安排的通知（从网页复制的全文即可，UTF-8 或 GBK 编码的文本文件），
列出每个放假日和调休上班日，以及通知的年份。读不懂的句子逐句列出，从不略过；与内置节假日数据不符的日子标出。

  --out     写出一个只含「${CALENDAR_SHEET}」表的工作簿：日期 | 类型 | 说明，通知全部读懂时另加“年份 | 全年已录入”一行；
            把这些行复制到台账工作簿的「${CALENDAR_SHEET}」表（没有就整张复制过去）即可
  --json    向标准输出打印 { "year": 2026, "days": [{ "date": "2026-01-01", "kind": "holiday" | "workday", "name": "元旦" }, …] }
  --force   覆盖已存在的输出文件`;

/** The notice file's text: UTF-8, or GBK as Notepad on a Chinese Windows saves it. */
function decodeNotice(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * `duban calendar NOTICE.txt`: the days off and 上班 days of a State Council holiday notice, as
 * text, JSON or a 节假日调整 sheet. Sentences it cannot read go to stderr, one per line; exit 2
 * when the text holds no day at all.
 *
 * @example
 * await runCalendar(['2027通知.txt', '--json'], io) // 0, { "year": 2027, "days": [...] } on stdout
 */
export function runCalendar(args: string[], io: Io): Promise<number> {
  return catchUsageErrors(io, () => calendar(args, io));
}

async function calendar(args: string[], io: Io): Promise<number> {
  const { values: opts, positionals } = parseOptions(
    args,
    {
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    CALENDAR_USAGE,
  );
  if (opts.help) {
    io.stdout(`${CALENDAR_USAGE}\n`);
    return 0;
  }
  const input = path.resolve(onlyInputFile(positionals, CALENDAR_USAGE));
  const out = opts.out === undefined ? null : await chooseOutput(input, opts.out, CALENDAR_SHEET, opts.force);
  const preview = previewHolidayNotice(decodeNotice(await readInput(input)));
  const { notice } = preview;
  if (notice.days.length === 0) {
    throw new UsageError(`未能从 ${path.basename(input)} 中读出任何放假或上班日期：请确认文件是国务院办公厅节假日安排通知的全文${unreadLines(preview)}`);
  }
  for (const u of notice.unread) io.stderr(`duban: 未读懂：${u.text || '（全文）'}——${u.reason}\n`);
  if (out !== null) {
    const workbook = XlsxWorkbook.create();
    await workbook.addSheet(buildCalendarSheet(notice));
    await writeOutput(out, await workbook.toBuffer(), opts.force);
  }
  if (opts.json) {
    io.stdout(`${JSON.stringify({ year: notice.year, days: notice.days.map(({ date, kind, name }) => ({ date, kind, name })) }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${summarize(preview, out)}\n`);
  return 0;
}

function unreadLines(preview: HolidayNoticePreview): string {
  return preview.notice.unread.map((u) => `\n  未读懂：${u.text || '（全文）'}——${u.reason}`).join('');
}

function summarize(preview: HolidayNoticePreview, out: string | null): string {
  const { notice } = preview;
  const off = notice.days.filter((d) => d.kind === 'holiday').length;
  const lines = [
    `${notice.year ?? '（年份不明）'}年节假日安排：放假 ${off} 天，调休上班 ${notice.days.length - off} 天`,
    ...preview.days.map((d) => `  ${d.date} ${d.kind === 'holiday' ? '放假' : '上班'} ${d.name}${d.doubt ? `  ⚠ ${d.doubt}` : ''}`),
    preview.entireYear !== null
      ? `通知已全部读懂：${preview.entireYear}年可登记为“全年已录入”`
      : `有 ${notice.unread.length} 句未读懂（见上），不登记“全年已录入”：请核对后把缺的日子补进「${CALENDAR_SHEET}」表`,
  ];
  if (out !== null) lines.push(`已写出：${out}（「${CALENDAR_SHEET}」表）`);
  return lines.join('\n');
}
