import { errorReason } from '../../app/errorReason';
import type { HostUi } from '../../app/ports/hostUi';
import type { PanelMessage } from './panelMessage';

type Navigator = Pick<HostUi, 'selectCell'>;

/**
 * Takes the user to `cell` on `sheet` (a problem's cell). What every panel shows when Excel
 * refuses (a hidden or deleted sheet): the message naming the cell; null when it is selected.
 */
export async function selectCell(ui: Navigator, sheet: string, cell: string): Promise<PanelMessage | null> {
  try {
    await ui.selectCell(sheet, cell);
    return null;
  } catch (e) {
    return { intent: 'error', title: '无法选中单元格', text: `无法选中「${sheet}」!${cell}：${errorReason(e)}` };
  }
}

/** Activates `sheet` at A1 (a sheet just added); the message naming it when Excel refuses, else null. */
export async function openSheet(ui: Navigator, sheet: string): Promise<PanelMessage | null> {
  try {
    await ui.selectCell(sheet, 'A1');
    return null;
  } catch (e) {
    return { intent: 'error', title: '无法转到工作表', text: `无法转到工作表「${sheet}」：${errorReason(e)}` };
  }
}
