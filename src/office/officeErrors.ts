/**
 * Excel's refusals, in words the user can act on. Office.js rejects a write with a RichApi.Error
 * whose `code` says why and whose message is English; the task pane and the ribbon show an
 * error's message, so the adapter's write paths hand on this error instead.
 */
export class OfficeWriteError extends Error {
  constructor(
    /** Excel's error code, kept for callers that branch on it. */
    readonly code: string,
    message: string,
    /** The error Excel gave. */
    readonly cause: unknown,
  ) {
    super(message);
    this.name = 'OfficeWriteError';
  }
}

/** The code of an Office.js error, if it is one. */
export function officeErrorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
}

/** Why Excel refused a write to `sheet`, in Chinese; null for an error that is not Excel's. */
export function officeWriteMessage(code: string | undefined, sheet: string): string | null {
  switch (code) {
    case undefined:
      return null;
    // A protected sheet (or a workbook opened read-only) refuses every change to a locked cell.
    case 'AccessDenied':
      return `工作表「${sheet}」受保护或工作簿为只读，未能写入：请先撤消工作表保护（审阅 → 撤消工作表保护），或以可编辑方式打开工作簿，再重试`;
    case 'RequestPayloadSizeLimitExceeded':
      return `要写入工作表「${sheet}」的内容超出了 Excel 单次请求的大小上限，分批写入后仍未成功：请减少行数后重试`;
    case 'ItemNotFound':
      return `工作表「${sheet}」不存在或已被删除`;
    default:
      return `Excel 未能完成对工作表「${sheet}」的写入（错误代码 ${code}），请重试`;
  }
}

/** An error from a write to `sheet`: Excel's refusals become an OfficeWriteError, others pass as they are. */
export function toWriteError(e: unknown, sheet: string): unknown {
  if (e instanceof OfficeWriteError) return e;
  const code = officeErrorCode(e);
  const message = officeWriteMessage(code, sheet);
  return message === null || code === undefined ? e : new OfficeWriteError(code, message, e);
}
