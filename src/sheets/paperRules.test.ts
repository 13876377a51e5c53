import { parsePeriodArg, type BulletinData, type Period } from '../core/bulletin';
import { computeBonuses } from '../core/bonus/computeBonuses';
import { fingerprintItems, type UnitListItem } from '../core/feedback/unitList';
import type { PlannedNotice } from '../core/notices/planNotices';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import type { UnitScore } from '../core/scoring/scoreUnits';
import { buildBonusSheet } from './bonusSheet';
import { buildBulletinSheet } from './bulletinSheet';
import { buildFeedbackLogSheet, feedbackLogRows } from './feedbackLogSheet';
import { displayText, rowHeightFor, widthToFit, wrappedLines } from './measureText';
import { buildNoticeLogSheet, noticeLogRows } from './noticeLogSheet';
import { buildNoticeSheet } from './noticeSheet';
import { buildRegisterSheet } from './registerSheet';
import { buildScoreSheet } from './scoreSheet';
import type { SheetModel } from './sheetModel';
import { buildUnitListSheet } from './unitListSheet';
import { dateOnly } from '../../test/support/dateOnly';

/**
 * Rules every generated sheet keeps on paper, checked over each builder with long, awkward
 * content: text in a fill of its own hue, a value wider than its cell, wrapped text taller than
 * its row, a sheet without its print setup. The printed PDF is checked in test/print.
 */

const notice: PlannedNotice = {
  number: '督〔2020〕红12号',
  color: 'red',
  sequence: 12,
  itemId: 'DB2020-025',
  itemRow: 27,
  title: '关于白泥湖片区非法采砂问题的批示，请县自然资源局牵头会同县水利局、县公安局、县交通运输局开展联合执法并建立长效机制',
  source: '县委常委会议',
  unit: '县自然资源局',
  head: '李四',
  dueDate: dateOnly('2020-05-28'),
  issueDate: dateOnly('2020-05-28'),
  deadline: dateOnly('2020-05-11'),
  deadlineExtended: true,
  daysOverdue: 17,
  rectifyBy: null,
  signatory: '县长',
  requirement: '该事项规定完成时限为2020年5月11日，已逾期17天，黄色督办单发出后仍未完成。现发出红色督办单，请单位主要负责人亲自研究部署，立即整改。',
  sms: '【县督查室】县自然资源局：“关于白泥湖片区非法采砂问题的批示…”已超时限（5月11日），现发红色督办单，请立即整改。',
};

const score = (unit: string, over: Partial<UnitScore>): UnitScore => ({
  unit,
  category: '县直部门',
  items: 25,
  done: 20,
  doneOnTime: 18,
  onTimeRate: 0.9,
  openOverdue: 2,
  notices: { blue: 10, yellow: 4, red: 3 },
  deductions: { blue: -10, yellow: -8, red: -15 },
  bonuses: [{ label: '承办≥20项且全年无红色督办单', points: 15, excellenceQuotaPercent: 2 }],
  total: -118,
  excellenceQuotaPercent: 2,
  provisional: true,
  flags: { criticism: true, admonition: true, reasons: ['年度累计3次红色督办单', '同一事项（DB2020-025）2次红色督办单'] },
  categoryRank: 12,
  overallRank: 45,
  shortlist: { eligible: false, reason: '年度内诫勉谈话，不列入效能之星' },
  ...over,
});

const p = (code: string) => parsePeriodArg(code) as Period;
const counts = { assigned: 12, done: 10, doneOnTime: 8, open: 150, overdue: 12, notices: { blue: 14, yellow: 6, red: 3 } };
const bulletin: BulletinData = {
  title: '湘阴县人民政府督查室 2020年5月督办工作通报（第5期）',
  office: '湘阴县人民政府督查室',
  issue: 5,
  sheetName: '督办通报 2020年5月（第5期）',
  period: p('2020-05'),
  previous: p('2020-04'),
  next: p('2020-06'),
  asOf: dateOnly('2020-05-31'),
  partial: false,
  scoreYear: 2020,
  provisional: true,
  counts,
  previousCounts: counts,
  change: counts,
  summary: '本期新交办督办事项12项，办结10项（其中按时办结8项），发出督办单23份（蓝色14份、黄色6份、红色3份）；期末在办150项，其中逾期未办结12项。',
  empty: false,
  units: Array.from({ length: 70 }, (_, i) => ({
    unit: i % 7 === 0 ? '湘阴县住房和城乡建设局城市管理综合执法大队' : `单位${i + 1}`,
    category: '县直部门',
    assigned: 3,
    notices: { blue: 12, yellow: 1, red: 1 },
    yearItems: 120,
    score: -118,
    categoryRank: i + 1,
    overallRank: i + 1,
  })),
  redItems: [{ itemId: 'DB2020-025', title: notice.title, unit: '县自然资源局', count: 2, dates: [dateOnly('2020-05-18'), dateOnly('2020-05-28')] }],
  criticism: [{ unit: '县自然资源局', category: '县直部门', reds: 3, admonition: true, reasons: ['年度累计3次红色督办单', '同一事项（DB2020-025）2次红色督办单'] }],
  dueNext: [{ itemId: 'DB2020-030', row: 16, title: notice.title, units: ['县住建局', '县财政局', '县自然资源局'], deadline: dateOnly('2020-06-01') }],
};

const people = Array.from({ length: 40 }, (_, i) => ({ row: i + 2, name: i === 3 ? '欧阳娜娜·买买提' : `员工${i + 1}`, unit: '县财政局', score: 100 - (i % 30), rank: null, grade: i === 39 ? '不称职' : '称职' }));
const register = [{ row: 2, name: '县财政局', aliases: [], category: '县直部门', head: null, phone: null, headcount: 40, bonusStandard: 123_456, schemeFiled: true, bonusTiers: null }];

// A unit's list at its longest: 40 items of 70-character titles, three notices each (a three-digit number among them).
const listItems: UnitListItem[] = Array.from({ length: 40 }, (_, i) => ({
  key: `DB2020-${String(i + 1).padStart(3, '0')}`,
  row: i + 5,
  title: `${notice.title}，确保${i + 1}月底前整改到位并报送结果`.slice(0, 70),
  source: '县委常委会议暨县政府常务会议联合交办',
  deadline: i % 5 === 0 ? null : dateOnly('2020-05-11'),
  status: i % 5 === 0 ? '长期' : '红',
  notices: [
    { color: 'blue', number: '督〔2020〕蓝12号', issueDate: dateOnly('2020-05-11') },
    { color: 'yellow', number: '督〔2020〕黄6号', issueDate: dateOnly('2020-05-18') },
    { color: 'red', number: '督〔2020〕红123号', issueDate: dateOnly('2020-05-25') },
  ],
  daysOverdue: i % 5 === 0 ? 0 : 1234,
}));
const unitList = { unit: '湘阴县住房和城乡建设局（县人民防空办公室）', asOf: dateOnly('2020-05-28'), fingerprint: fingerprintItems(listItems), items: listItems };
const feedbackLog = buildFeedbackLogSheet();
const answer = {
  receivedOn: dateOnly('2020-05-29'),
  unit: unitList.unit,
  key: 'DB2020-025',
  title: notice.title,
  progress: notice.requirement,
  completed: dateOnly('2020-05-27'),
  evidence: '联合执法记录、砂石堆场清理前后照片、长效机制文件（湘阴政办发〔2020〕12号）',
  contact: '欧阳娜娜·买买提 13907301234',
  listDate: dateOnly('2020-05-28'),
  source: '湘阴县住房和城乡建设局（县人民防空办公室）-督办清单回复（第二次）.xlsx',
  applied: '督办台账（2020年县政府重点工作）!K125',
};

const log = buildNoticeLogSheet();
const sheets: SheetModel[] = [
  buildScoreSheet([score('湘阴县住房和城乡建设局城市管理综合执法大队', {}), score('东塘镇', { category: '乡镇/街道', shortlist: { eligible: true, categoryRank: 1, overallRank: 1 }, flags: { criticism: false, admonition: false, reasons: [] } })], 2020, dateOnly('2020-07-01'), '湘阴县人民政府督查室'),
  buildBulletinSheet(bulletin),
  buildBonusSheet(computeBonuses(people, register, XIANGYIN_2020), 2020),
  buildNoticeSheet([notice, { ...notice, color: 'yellow', number: '督〔2020〕黄3号' }, { ...notice, color: 'blue', number: '督〔2020〕蓝7号' }], dateOnly('2020-05-28'), XIANGYIN_2020),
  { ...log, rows: [...log.rows, ...noticeLogRows([notice])] },
  buildRegisterSheet(['县财政局', '湘阴县住房和城乡建设局城市管理综合执法大队']),
  buildUnitListSheet(unitList, { office: '湘阴县人民政府督查室', earliestYear: 2019, latestYear: 2020 }),
  { ...feedbackLog, rows: [...feedbackLog.rows, ...feedbackLogRows([answer, { ...answer, completed: null, applied: '' }])] },
];

/** WCAG relative luminance and hue of 'RRGGBB'. */
function color(hex: string) {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let hue = 0;
  if (d > 0) hue = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { luminance: 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b), hue: hue * 60, saturated: max > 0 && d / max > 0.25 };
}
const contrast = (a: string, b: string) => {
  const [x, y] = [color(a).luminance, color(b).luminance].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
};

/** Each cell with the width of its span and the height of its row(s). */
function* cells(sheet: SheetModel) {
  const widths = sheet.columnWidths ?? [];
  for (let r = 0; r < sheet.rows.length; r++) {
    for (let c = 0; c < sheet.rows[r].length; c++) {
      const cell = sheet.rows[r][c];
      const merge = sheet.merges?.find((m) => m.top === r + 1 && m.left === c + 1);
      if (sheet.merges?.some((m) => m !== merge && r + 1 >= m.top && r + 1 <= m.bottom && c + 1 >= m.left && c + 1 <= m.right)) continue;
      const right = merge?.right ?? c + 1;
      const bottom = merge?.bottom ?? r + 1;
      let height = 0;
      for (let k = r + 1; k <= bottom; k++) height += sheet.rowHeights?.[k] ?? 15;
      yield { cell, at: `${sheet.name}!R${r + 1}C${c + 1}`, width: widths.slice(c, right).reduce((s, w) => s + w, 0), height, ownHeight: sheet.rowHeights?.[r + 1] };
    }
  }
}

describe.each(sheets.map((s) => [s.name, s] as const))('%s on paper', (_name, sheet) => {
  it('prints on A4, one page wide, numbered 第 N 页 共 M 页', () => {
    expect(sheet.page).toMatchObject({ paper: 'A4', fitToWidth: true });
    const footer = Object.values(sheet.page?.footer ?? {}).join(' ');
    expect(footer).toContain('第 &P 页 共 &N 页');
  });

  it('draws no text in the hue of its fill, and keeps 4.5:1 contrast', () => {
    const bad: string[] = [];
    for (const { cell, at } of cells(sheet)) {
      const fill = cell.style?.fill;
      if (!fill || cell.value === null || cell.value === '') continue;
      const font = cell.style?.fontColor ?? '000000';
      const [f, t] = [color(fill), color(font)];
      const sameHue = f.saturated && t.saturated && Math.min(Math.abs(f.hue - t.hue), 360 - Math.abs(f.hue - t.hue)) < 30;
      if (sameHue || contrast(fill, font) < 4.5) bad.push(`${at} ${font} on ${fill}`);
    }
    expect(bad).toEqual([]);
  });

  it('holds every number and unwrapped text whole in its cell, and every wrapped text in its row', () => {
    const bad: string[] = [];
    for (const { cell, at, width, height, ownHeight } of cells(sheet)) {
      const text = displayText(cell.value, cell.style?.numberFormat);
      if (text === '') continue;
      if (!cell.style?.wrap || typeof cell.value === 'number') {
        if (widthToFit(text, cell.style) > width + 0.01) bad.push(`${at} '${text}' needs ${widthToFit(text, cell.style).toFixed(1)} of ${width}`);
      } else if (ownHeight !== undefined && rowHeightFor(wrappedLines(text, width, cell.style), cell.style) > height) {
        bad.push(`${at} '${text.slice(0, 12)}…' needs ${rowHeightFor(wrappedLines(text, width, cell.style), cell.style)} pt of ${height}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('repeats its title rows on every printed page', () => {
    expect(sheet.page?.printTitleRows ?? (sheet.page?.rowBreaks && sheet.page.rowBreaks.length > 0 && sheet.name.startsWith('督办单 '))).toBeTruthy();
  });
});
