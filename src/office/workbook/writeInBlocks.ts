import { officeErrorCode } from '../officeErrors';

const PAYLOAD_TOO_LARGE = 'RequestPayloadSizeLimitExceeded';

/** How many rows a write sends per sync. */
export interface BlockSizes {
  rowsPerSync: number;
  /** A block this small that still exceeds the request payload limit is not split further. */
  minRowsPerSync: number;
}

/**
 * Sends rows [0, total) in blocks of rowsPerSync, one sync each (one sync when total is 0);
 * `first` marks the block that also carries the one-off writes. A block refused for its size is
 * sent again in halves, down to minRowsPerSync: a refused request applies nothing, so the halves
 * carry everything it held.
 */
export async function writeInBlocks(
  context: Excel.RequestContext,
  total: number,
  sizes: BlockSizes,
  queue: (from: number, count: number, first: boolean, last: boolean) => void,
): Promise<void> {
  // Calculation is suspended for every block but the last, which recalculates in full: "Once
  // set, it is the developer's responsibility to re-calc the workbook"
  // (Application.suspendApiCalculationUntilNextSync). A single write is not suspended at all.
  let suspended = false;
  const send = async (from: number, count: number, first: boolean, last: boolean): Promise<void> => {
    if (!last) {
      context.application.suspendApiCalculationUntilNextSync();
      suspended = true;
    }
    queue(from, count, first, last);
    if (last && suspended) context.application.calculate('Full');
    try {
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) !== PAYLOAD_TOO_LARGE || count <= sizes.minRowsPerSync) throw e;
      const half = Math.ceil(count / 2);
      await send(from, half, first, false);
      await send(from + half, count - half, false, last);
    }
  };
  if (total === 0) return send(0, 0, true, true);
  for (let from = 0; from < total; from += sizes.rowsPerSync) {
    const count = Math.min(sizes.rowsPerSync, total - from);
    await send(from, count, from === 0, from + count >= total);
  }
}
