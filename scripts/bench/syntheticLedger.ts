import type { CellValue } from '../../src/core/cells';
import type { SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';

/** Header of the synthetic ledger: a county ledger's usual columns. */
export const SYNTHETIC_HEADER = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态', '备注'];

const UNITS = ['县住建局', '县财政局', '县教育局', '县人社局', '县农业农村局', '县自然资源局', '县政府办公室', '县发改局', '县城管局', '县生态环境局', '县行政审批服务局', '县税务局', '文星街道办事处', '东塘镇', '城西镇'];
const SOURCES = ['县长批示', '县政府常务会议', '政府工作报告', '重大决策部署'];
const DEADLINE_PROSE = ['3月底前', '4月10日前', '年底前', '上半年', '7个工作日', '长期'];

/** Serial of 2020-01-01 in Excel's 1900 system. */
const SERIAL_2020_01_01 = 43831;

/**
 * A deterministic ledger of `rows` items shaped like real ones (serial and text dates, prose
 * deadlines, multi-unit cells, done and open items), as the adapters would hand it to the core.
 * Used by the benchmark and by tests that need volume.
 */
export function syntheticLedger(rows: number, name = '督办台账'): SheetSnapshot {
  const values: CellValue[][] = [['2020年督办事项台账', null, null, null, null, null, null, null, null], SYNTHETIC_HEADER.slice()];
  const numberFormats: (string | null)[][] = [new Array(9).fill(null), new Array(9).fill(null)];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    const assignedSerial = SERIAL_2020_01_01 + Math.floor(next() * 300);
    const unit = next() < 0.1 ? `${UNITS[i % UNITS.length]}、${UNITS[(i + 3) % UNITS.length]}` : UNITS[i % UNITS.length];
    const source = SOURCES[i % SOURCES.length];
    const k = next();
    const deadline: CellValue = source === '县长批示' && k < 0.5 ? null : k < 0.6 ? assignedSerial + 10 + Math.floor(next() * 60) : DEADLINE_PROSE[i % DEADLINE_PROSE.length];
    const done = next() < 0.5;
    const completed = done ? assignedSerial + Math.floor(next() * 90) : null;
    const assignedText = i % 5 === 0;
    const month = Math.floor((assignedSerial - SERIAL_2020_01_01) / 30.5) + 1;
    values.push([
      `DB${String(i + 1).padStart(6, '0')}`,
      `督办事项第${i + 1}项：落实县政府常务会议议定事项`,
      source,
      unit,
      assignedText ? `2020年${Math.min(month, 12)}月${(i % 28) + 1}日` : assignedSerial,
      deadline,
      completed,
      done ? '已办结' : '办理中',
      null,
    ]);
    numberFormats.push([null, null, null, null, assignedText ? null : 'yyyy-mm-dd', typeof deadline === 'number' ? 'yyyy-mm-dd' : null, completed === null ? null : 'yyyy-mm-dd', null, null]);
  }
  return { name, values, numberFormats, origin: { row: 1, col: 1 }, merges: [{ top: 1, left: 1, bottom: 1, right: 9 }] };
}
