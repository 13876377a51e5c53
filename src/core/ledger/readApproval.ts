import type { CellValue } from '../cells';
import { normalizeHeaderText } from './concepts';

// 否, 不同意, 不予批准, 未批准, 没批准, 驳回, 拒绝 …, and the Latin/boolean forms of no.
const DENIAL = /^(否|不|未|没|驳回|拒绝|n$|no$|false$|×|✗)/i;

/**
 * An approval cell (是否批准延期): false only when it says no. A blank cell counts as approved,
 * since a filled 延期至 counts as approved unless the ledger says otherwise (SPEC §2.3).
 *
 * @example
 * readApproval('不同意') // → false
 * readApproval('同意') // → true
 * readApproval(null) // → true
 */
export function readApproval(value: CellValue): boolean {
  if (value === false) return false;
  if (typeof value !== 'string') return true;
  return !DENIAL.test(normalizeHeaderText(value));
}
