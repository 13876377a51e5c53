#!/usr/bin/env node
// Writes examples/smoke-test.xlsx, the workbook of docs/excel-smoke-test.md: a clerk with real Excel
// opens it and follows the steps there. Sheets:
//   督办台账  600 items, each two rows high (序号 … 办理状态 merged down over the item's two 反馈记录
//            lines): 5,400 merged areas, far past the 512 that Range.getMergedAreasOrNullObject returns.
//   表格台账  a short ledger kept as an Excel table (插入 → 表格), 督办状态 goes just right of it.
//   函数      input dates with one bad row (完成时间 “待定”) and DUBAN.* formulas that spill over them.
//   单位名册, 人员考核  for unit scores and the tiered bonus.
// Run: `node scripts/smoke-test/build.js [out.xlsx]`. Byte-for-byte deterministic (seeded PRNG, fixed
// document dates and zip timestamps). Expected results are derived by test/smoke/smokeWorkbook.test.ts.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const JSZip = require('jszip');
const { makeRandom, stampZip } = require('../reproducible');

const OUT = process.argv[2] ? path.resolve(process.argv[2]) : path.join(__dirname, '..', '..', 'examples', 'smoke-test.xlsx');
const DOCUMENT_DATE = new Date(Date.UTC(2020, 6, 1, 1, 0, 0));
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const FONT = { name: '宋体', size: 10 };
const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

// ---------------------------------------------------------------------------------------------
// Dates: calendar days as UTC midnights (no time zone can shift them).

const DAY = 86400000;
const utc = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (isoDate, n) => iso(new Date(utc(isoDate).getTime() + n * DAY));
/** The same day, or the Monday after a Saturday or Sunday (holidays are left to the add-in). */
const weekday = (isoDate) => {
  const dow = utc(isoDate).getUTCDay();
  return dow === 6 ? addDays(isoDate, 2) : dow === 0 ? addDays(isoDate, 1) : isoDate;
};
const md = (isoDate) => `${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`;

const random = makeRandom(20200701);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// ---------------------------------------------------------------------------------------------
// Units (单位名册). 城西镇 has not filed its assessment scheme: its bonus is an error row.

const UNITS = [
  ['县政府办公室', '县政府办、政府办', '县直部门', '张建国', 46, 26000],
  ['县发改局', '', '县直部门', '李卫东', 10, 24000],
  ['县财政局', '', '县直部门', '王志刚', 52, 25000],
  ['县教育局', '', '县直部门', '刘国华', 10, 22000],
  ['县人社局', '', '县直部门', '陈海波', 38, 22000],
  ['县农业农村局', '', '县直部门', '杨永红', 64, 20000],
  ['县自然资源局', '', '县直部门', '赵德明', 58, 23000],
  ['县住建局', '', '县直部门', '周立平', 12, 24000],
  ['县城管局', '', '县直部门', '吴振华', 112, 18000],
  ['县生态环境局', '', '县直部门', '孙晓东', 23, 21000],
  ['县税务局', '', '驻县单位', '朱建平', 96, 30000],
  ['文星街道办事处', '文星街道', '乡镇/街道', '胡振宇', 120, 19000],
  ['东塘镇', '', '乡镇/街道', '郭志明', 86, 18000],
  ['城西镇', '', '乡镇/街道', '何红英', 8, 18000, '未报备'],
];
const UNIT_NAMES = UNITS.map((u) => u[0]);
const LEADERS = ['周国强', '王立新', '赵晓梅', '刘建华'];

const 批示 = '县长批示';
const 常务会 = '县政府常务会议';
const 部署 = '重大决策部署';
const 报告 = '政府工作报告';

// ---------------------------------------------------------------------------------------------
// The ledger (督办台账). The first items are the ones docs/excel-smoke-test.md names; the rest are
// a year's ordinary business, mostly done on time. Fields: title, source, unit, assigned (ISO or
// {text}), deadline (ISO, {text} or ''), completed (ISO or ''), status.

const FEATURED = [
  // 1 红: the SPEC §2 example — 县长批示 of 4/28, no deadline → 5/11; open on 7/1.
  { title: '关于白泥湖片区非法采砂问题群众来信的批示', source: 批示, unit: '县自然资源局', assigned: '2020-04-28', deadline: '', completed: '', status: '办理中' },
  // 2 红: 退回 — a completion date, but the work was sent back: not done.
  { title: '城区“两违”建筑专项整治第一阶段验收', source: 常务会, unit: '县城管局', assigned: '2020-06-03', deadline: '2020-06-10', completed: '2020-06-08', status: '退回' },
  // 3 黄: the written deadline 6/20 is a Saturday → 6/22.
  { title: '城乡居民基本医疗保险费征缴扩面', source: 部署, unit: '县税务局', assigned: '2020-06-05', deadline: '2020-06-20', completed: '', status: '办理中' },
  // 4 蓝: 县长批示 of 6/19 → 7 working days across the Dragon Boat holiday → 7/1, the as-of day.
  { title: '关于防汛抗旱应急物资调拨储备的批示', source: 批示, unit: '县发改局', assigned: '2020-06-19', deadline: '', completed: '', status: '办理中' },
  // 5 蓝: 上半年 = 6/30.
  { title: '洋沙湖片区征拆遗留问题化解', source: 部署, unit: '文星街道办事处', assigned: '2020-05-08', deadline: { text: '上半年' }, completed: '', status: '办理中' },
  // 6 已办结: done 5/14, after the deadline 5/11 → one blue notice.
  { title: '关于城区部分小区二次供水水质投诉的批示', source: 批示, unit: '县住建局', assigned: { text: '2020/4/28' }, deadline: '', completed: '2020-05-14', status: '已办结' },
  // 7 长期.
  { title: '长江十年禁渔退捕渔民安置和转产就业', source: 部署, unit: '县农业农村局', assigned: '2020-04-08', deadline: { text: '长期' }, completed: '', status: '持续推进' },
  // 8 未到期.
  { title: '秋季学期开学校园安全隐患排查', source: 常务会, unit: '县教育局', assigned: '2020-06-22', deadline: '2020-08-28', completed: '', status: '办理中' },
  // 9 a deadline that is not a date: reported, not escalated.
  { title: '个体工商户定期定额核定公示', source: 常务会, unit: '县人社局', assigned: '2020-03-23', deadline: { text: '待定' }, completed: '', status: '办理中' },
  // 10 红: open since 5/20.
  { title: '城西镇集镇污水处理厂建设前期工作', source: 常务会, unit: '城西镇', assigned: '2020-05-06', deadline: '2020-05-20', completed: '', status: '办理中' },
  // 11 已办结: done 6/12, between the yellow (6/8) and the first red → blue and yellow.
  { title: '城区老旧供水管网改造项目资金筹措', source: 常务会, unit: '县财政局', assigned: '2020-05-11', deadline: { text: '5月底前' }, completed: '2020-06-12', status: '已办结' },
  // 12 已办结 on time: no notice.
  { title: '关于县一中周边交通安全隐患整治的批示', source: 批示, unit: '县教育局', assigned: '2020-03-02', deadline: { text: '7个工作日' }, completed: '2020-03-10', status: '已办结' },
];

const TOPICS = [
  '背街小巷提质改造', '农贸市场环境卫生整治', '高标准农田建设', '农村人居环境整治', '城区停车位规划建设',
  '安全生产大排查大整治', '森林防火巡查', '河长制巡河问题整改', '学校食堂食品安全检查', '政务服务事项清单公布',
  '重点项目建设调度', '招商引资项目落地', '减税降费政策落实', '困难群众救助资金发放', '农村饮水安全巩固',
  '防汛物资储备', '城区路灯维修', '建筑工地扬尘治理', '餐饮油烟整治', '信访积案化解',
  '农民工工资支付专项检查', '老旧小区改造', '污水管网建设', '垃圾分类试点', '乡村公路安防工程',
  '义务教育控辍保学', '医疗保险参保扩面', '企业复工复产用工保障', '春耕备耕物资保障', '禁渔退捕巡查',
];
const FEEDBACK = ['已召开专题会议部署', '已制定工作方案', '正在组织实施', '已完成现场核查', '已报送阶段性进展', '已协调相关部门'];

function fillerItems() {
  const items = [];
  // Planned departures from "done on time", by item number (13–600), spread through the ledger.
  const special = new Map();
  const units = new Map();
  const place = (kind, numbers, unitNames = []) =>
    numbers.forEach((n, i) => {
      special.set(n, kind);
      if (unitNames[i]) units.set(n, unitNames[i]);
    });
  place('openRed', [137, 284, 431], ['县城管局', '县住建局', '东塘镇']);
  place('openYellow', [88, 346], ['县教育局', '县城管局']);
  place('openBlue', [199, 512], ['县发改局', '东塘镇']);
  place('lateBlue', [45, 121, 233, 305, 377, 449, 521, 583]);
  place('lateYellow', [66, 258, 470]);
  place('longTerm', [31, 170, 395, 560]);
  for (let n = FEATURED.length + 1; n <= 600; n++) {
    const kind = special.get(n) ?? (random() < 0.1 ? 'future' : 'onTime');
    const unit = units.get(n) ?? UNIT_NAMES[(n * 5) % UNIT_NAMES.length];
    const title = `${pick(TOPICS)}（${['一', '二', '三', '四', '五', '六'][n % 6]}）`;
    const source = pick([常务会, 部署, 报告, 批示]);
    let assigned = weekday(addDays('2020-01-06', between(0, 150)));
    let deadline = '';
    let completed = '';
    let status = '已办结';
    let itemSource = source;
    if (kind === 'onTime') {
      if (source === 批示) {
        completed = weekday(addDays(assigned, between(2, 7))); // within 7 working days
      } else {
        deadline = weekday(addDays(assigned, between(10, 40)));
        completed = addDays(deadline, -between(0, 6));
        if (completed < assigned) completed = deadline;
      }
      if (completed > '2020-06-30') {
        completed = '';
        status = '办理中';
      }
    } else if (kind === 'future') {
      assigned = weekday(addDays('2020-06-08', between(0, 16)));
      itemSource = pick([常务会, 部署, 报告]);
      deadline = weekday(addDays('2020-07-06', between(0, 150)));
      if (random() < 0.5) completed = addDays(deadline, -between(0, 5));
      status = completed === '' ? '办理中' : '已办结';
      if (completed !== '' && completed <= '2020-07-01') completed = '2020-07-03';
    } else if (kind === 'longTerm') {
      itemSource = 部署;
      deadline = { text: pick(['长期', '持续推进']) };
      status = '持续推进';
    } else {
      itemSource = 常务会;
      const due = { openRed: '2020-06-10', openYellow: '2020-06-16', openBlue: '2020-06-30', lateBlue: '2020-05-13', lateYellow: '2020-04-15' }[kind];
      deadline = due;
      assigned = addDays(due, -between(14, 30));
      if (kind === 'lateBlue') completed = addDays(due, 2);
      else if (kind === 'lateYellow') completed = addDays(due, 9);
      else status = '办理中';
    }
    items.push({ title, source: itemSource, unit, assigned, deadline, completed, status });
  }
  return items;
}

const ITEMS = [...FEATURED, ...fillerItems()];

/** Two feedback lines per item: the 反馈记录 column is the one not merged. */
function feedbackLines(item) {
  const start = typeof item.assigned === 'string' ? item.assigned : '2020-04-28';
  const first = `${md(addDays(start, 3))}反馈：${pick(FEEDBACK)}`;
  if (item.status === '已办结' && item.completed) return [first, `${md(item.completed)}反馈：已办结，申请销号`];
  if (item.status === '退回') return [first, '6月9日验收不合格，退回整改'];
  return [first, random() < 0.5 ? `${md(addDays(start, 20))}反馈：${pick(FEEDBACK)}` : ''];
}

// ---------------------------------------------------------------------------------------------
// Sheets

function style(cell, { bold = false, align = 'center', wrap = true, size } = {}) {
  cell.font = { ...FONT, bold, ...(size ? { size } : {}) };
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', horizontal: align, wrapText: wrap };
}

function put(cell, value) {
  if (value === '' || value === undefined || value === null) return;
  if (typeof value === 'object' && 'text' in value) cell.value = value.text;
  else if (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) {
    cell.value = utc(value);
    cell.numFmt = DATE_FORMAT;
  } else cell.value = value;
}

const LEDGER_COLUMNS = [
  ['序号', 6],
  ['督办事项', 34],
  ['事项来源', 12],
  ['责任单位', 15],
  ['责任领导', 8],
  ['交办时间', 14],
  ['办理时限', 14],
  ['完成时间', 14],
  ['办理状态', 9],
  ['反馈记录', 30],
];
const MERGED_COLUMNS = 9; // A–I merged down over the item's two rows; J (反馈记录) is not

function addLedger(workbook) {
  const ws = workbook.addWorksheet('督办台账', { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  ws.columns = LEDGER_COLUMNS.map(([, width]) => ({ width }));
  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  const title = ws.getCell(1, 1);
  title.value = '湘阴县人民政府督查室2020年督办事项台账（冒烟测试）';
  title.font = { name: '宋体', size: 16, bold: true };
  title.alignment = { vertical: 'middle', horizontal: 'center' };
  ws.getRow(1).height = 30;
  LEDGER_COLUMNS.forEach(([name], i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = name;
    style(cell, { bold: true, size: 11 });
    cell.fill = HEADER_FILL;
  });
  ITEMS.forEach((item, i) => {
    const top = 3 + 2 * i;
    const values = [i + 1, item.title, item.source, item.unit, LEADERS[i % LEADERS.length], item.assigned, item.deadline, item.completed, item.status];
    values.forEach((value, c) => {
      put(ws.getCell(top, c + 1), value);
      for (const r of [top, top + 1]) style(ws.getCell(r, c + 1), { align: c === 1 ? 'left' : 'center' });
      ws.mergeCells(top, c + 1, top + 1, c + 1);
    });
    feedbackLines(item).forEach((line, k) => {
      const cell = ws.getCell(top + k, MERGED_COLUMNS + 1);
      if (line !== '') cell.value = line;
      style(cell, { align: 'left' });
    });
  });
}

// 表格台账: a title row, then the ledger as an Excel table from row 3 (as 插入 → 表格 makes it).
const TABLE_NAME = '表1';
const TABLE_ITEMS = [
  ['BG-01', '关于城区内涝点排水问题的批示', 批示, '文星街道办事处', '2020-06-08', '', '', '办理中'],
  ['BG-02', '城区农贸市场提质改造', 常务会, '县城管局', '2020-05-06', '2020-06-12', '', '办理中'],
  ['BG-03', '上半年重点项目建设“双过半”调度', 部署, '县发改局', '2020-06-01', '2020-06-30', '', '办理中'],
  ['BG-04', '汛期地质灾害隐患点排查', 常务会, '县自然资源局', '2020-06-01', '2020-06-12', '2020-06-11', '已办结'],
  ['BG-05', '主汛期防汛值班值守和信息报送', 常务会, '县政府办公室', '2020-06-29', { text: '持续推进' }, '', '办理中'],
  ['BG-06', '城乡居民养老保险参保缴费', 常务会, '县人社局', '2020-06-15', { text: '9月底前' }, '', '办理中'],
];
const TABLE_HEADERS = ['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];

function addTableLedger(workbook) {
  const ws = workbook.addWorksheet('表格台账');
  ws.columns = [12, 32, 12, 15, 14, 14, 14, 10].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, TABLE_HEADERS.length);
  ws.getCell(1, 1).value = '2020年6月新交办事项（表格形式）';
  ws.getCell(1, 1).font = { name: '宋体', size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  const rows = TABLE_ITEMS.map((row) => row.map((v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? utc(v) : v && typeof v === 'object' ? v.text : v === '' ? null : v)));
  ws.addTable({
    name: TABLE_NAME,
    ref: 'A3',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: TABLE_HEADERS.map((name) => ({ name })),
    rows,
  });
  for (let r = 4; r < 4 + TABLE_ITEMS.length; r++) for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = DATE_FORMAT;
}

// 函数: inputs in A–E (row 7 holds the bad value 待定 as its 完成时间), formulas in F–H.
const FUNCTION_ROWS = [
  ['白泥湖非法采砂批示', '2020-04-28', '', 批示, ''],
  ['二次供水投诉批示', '2020-04-28', '', 批示, '2020-05-14'],
  ['医保征缴扩面', '2020-06-05', '2020-06-20', 部署, ''],
  ['供水管网资金筹措', '2020-05-11', { text: '5月底前' }, 常务会, { text: '待定' }],
  ['防汛物资调拨批示', { text: '2020年6月19日' }, '', 批示, ''],
  ['禁渔退捕安置', '2020-04-08', { text: '长期' }, 部署, ''],
];
const FIRST_INPUT_ROW = 4;
const LAST_INPUT_ROW = FIRST_INPUT_ROW + FUNCTION_ROWS.length - 1;
const range = (col) => `${col}${FIRST_INPUT_ROW}:${col}${LAST_INPUT_ROW}`;
const DEADLINE_CALL = `_xldudf_DUBAN_DEADLINE(${range('B')},${range('C')},${range('D')})`;
// Custom functions are stored as _xldudf_<NAMESPACE>_<NAME>; Excel shows them as DUBAN.<NAME> once the add-in is loaded.
const FORMULAS = {
  F: DEADLINE_CALL,
  G: `_xldudf_DUBAN_LEVEL(${DEADLINE_CALL},${range('E')},$B$2)`,
  H: `_xldudf_DUBAN_OVERDUE(${DEADLINE_CALL},${range('E')},$B$2)`,
};

function addFunctionSheet(workbook) {
  const ws = workbook.addWorksheet('函数');
  ws.columns = [22, 16, 14, 12, 14, 18, 12, 12].map((width) => ({ width }));
  ws.getCell('A1').value = 'DUBAN 函数测试：F4、G4、H4 各有一个公式，结果向下溢出到第 9 行；第 7 行的完成时间“待定”不是日期';
  ws.getCell('A1').font = { ...FONT, bold: true };
  ws.getCell('A2').value = '统计日期';
  put(ws.getCell('B2'), '2020-07-01');
  const headers = ['事项', '交办时间', '办理时限', '事项来源', '完成时间', '办理时限（DEADLINE）', '督办级别（LEVEL）', '逾期天数（OVERDUE）'];
  headers.forEach((name, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = name;
    style(cell, { bold: true });
    cell.fill = HEADER_FILL;
  });
  FUNCTION_ROWS.forEach((values, i) => {
    const r = FIRST_INPUT_ROW + i;
    values.forEach((v, c) => {
      put(ws.getCell(r, c + 1), v);
      style(ws.getCell(r, c + 1));
    });
    for (let c = 6; c <= 8; c++) style(ws.getCell(r, c));
    ws.getCell(r, 6).numFmt = 'yyyy-mm-dd';
  });
  for (const [col, formula] of Object.entries(FORMULAS)) {
    ws.getCell(`${col}${FIRST_INPUT_ROW}`).value = { formula, shareType: 'array', ref: `${col}${FIRST_INPUT_ROW}:${col}${LAST_INPUT_ROW}` };
  }
}

function addRegister(workbook) {
  const ws = workbook.addWorksheet('单位名册');
  const headers = ['单位名称', '别名', '类别', '主要负责人', '联系电话', '人数', '奖金标准', '考核方案报备'];
  ws.columns = [18, 18, 11, 11, 14, 7, 11, 13].map((width) => ({ width }));
  headers.forEach((name, i) => {
    ws.getCell(1, i + 1).value = name;
    style(ws.getCell(1, i + 1), { bold: true });
    ws.getCell(1, i + 1).fill = HEADER_FILL;
  });
  UNITS.forEach(([name, aliases, category, head, headcount, bonus, filed = '已报备'], i) => {
    const phone = `0730-${String(2200001 + i)}`;
    [name, aliases, category, head, phone, headcount, bonus, filed].forEach((v, c) => {
      const cell = ws.getCell(2 + i, c + 1);
      if (v !== '') cell.value = v;
      style(cell, { align: c < 2 ? 'left' : 'center' });
    });
  });
}

// 人员考核: the three units whose 人数 in the register is their staff count.
const STAFF_UNITS = ['县教育局', '县住建局', '城西镇'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏丁沈姚卢谭陆汪范廖贺易龙钟文';
const GIVEN = ['建国', '卫东', '志刚', '海波', '永红', '德明', '立平', '晓东', '文涛', '红英', '丽娟', '春燕', '伟军', '秀兰', '新民', '明辉', '敏慧', '思远', '俊杰', '雪梅', '艳萍', '家豪', '静怡', '瑞林', '晨曦', '湘云', '海燕', '益民', '向荣', '玉兰'];

function addStaff(workbook) {
  const ws = workbook.addWorksheet('人员考核');
  const headers = ['姓名', '单位', '考核得分', '年度考核等次'];
  ws.columns = [10, 16, 10, 13].map((width) => ({ width }));
  headers.forEach((name, i) => {
    ws.getCell(1, i + 1).value = name;
    style(ws.getCell(1, i + 1), { bold: true });
    ws.getCell(1, i + 1).fill = HEADER_FILL;
  });
  const seen = new Set();
  let r = 2;
  for (const unit of STAFF_UNITS) {
    const headcount = UNITS.find((u) => u[0] === unit)[4];
    const scores = new Set();
    for (let k = 0; k < headcount; k++) {
      let name;
      do name = pick(SURNAMES) + pick(GIVEN);
      while (seen.has(name));
      seen.add(name);
      let score;
      do score = between(62, 98);
      while (scores.has(score)); // no ties: the tiers are then plain to check by hand
      scores.add(score);
      const grade = score >= 93 ? '优秀' : score < 66 ? '基本称职' : '称职';
      [name, unit, score, grade].forEach((v, c) => {
        ws.getCell(r, c + 1).value = v;
        style(ws.getCell(r, c + 1));
      });
      r++;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Package touches ExcelJS cannot make: dynamic-array formulas (cm="1" + xl/metadata.xml, so the
// formulas spill in Excel 365 rather than being read as legacy array formulas), a table part as
// Excel writes one (no totals row, no hidden filter buttons), fixed zip timestamps.

const METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

function replaceOnce(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`smoke-test: ${what} not found`);
  return text.replace(from, to);
}

async function finishPackage(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file('xl/workbook.xml').async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  // The 函数 sheet's part, through the workbook's relationships.
  const rid = /<sheet [^>]*name="函数"[^>]*r:id="([^"]+)"/.exec(workbookXml)[1];
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  const sheetPath = `xl/${target[1].replace(/^\/?xl\//, '')}`;
  let sheet = await zip.file(sheetPath).async('string');
  for (const col of Object.keys(FORMULAS)) sheet = replaceOnce(sheet, `<c r="${col}${FIRST_INPUT_ROW}"`, `<c r="${col}${FIRST_INPUT_ROW}" cm="1"`, `formula cell ${col}${FIRST_INPUT_ROW}`);
  zip.file(sheetPath, sheet);
  zip.file('xl/metadata.xml', METADATA);
  zip.file('xl/_rels/workbook.xml.rels', replaceOnce(rels, '</Relationships>', '<Relationship Id="rIdMeta1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>', 'workbook relationships'));
  const types = await zip.file('[Content_Types].xml').async('string');
  zip.file('[Content_Types].xml', replaceOnce(types, '</Types>', '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>', 'content types'));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name).async('string'))
      .replace('totalsRowShown="1"', 'totalsRowShown="0"')
      .replace(/<filterColumn colId="\d+" hiddenButton="1"\/>/g, '')
      .replace(/ totalsRowLabel="[^"]*"| totalsRowFunction="none"/g, '');
    zip.file(name, xml);
  }
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return stampZip(out, DOCUMENT_DATE, 'smoke-test.xlsx');
}


async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '湘阴县人民政府督查室';
  workbook.lastModifiedBy = '湘阴县人民政府督查室';
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  workbook.calcProperties.fullCalcOnLoad = true;
  addLedger(workbook);
  addTableLedger(workbook);
  addFunctionSheet(workbook);
  addRegister(workbook);
  addStaff(workbook);
  const buffer = await finishPackage(Buffer.from(await workbook.xlsx.writeBuffer()));
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, buffer);
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)} (${buffer.length} bytes, ${ITEMS.length} items)\n`);
}

main().catch((e) => {
  process.stderr.write(`smoke-test build: ${e.stack || e}\n`);
  process.exitCode = 1;
});
