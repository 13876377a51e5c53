/** 读取交回的清单 found no sheet holding a list. */
export const NO_RETURNED_LISTS = '工作簿中没有交回的督办清单：请把单位交回的工作表用“移动或复制”放入本工作簿';

/**
 * A cell as the use cases name it ('督办台账!I5') split into its sheet and address, for selecting
 * it; the address never holds '!', a sheet's name may.
 *
 * @example
 * splitCellRef('督办台账!I5') // → { sheet: '督办台账', cell: 'I5' }
 */
export function splitCellRef(ref: string): { sheet: string; cell: string } {
  const at = ref.lastIndexOf('!');
  return { sheet: ref.slice(0, at), cell: ref.slice(at + 1) };
}
