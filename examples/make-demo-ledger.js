#!/usr/bin/env node
// Writes examples/demo-ledger.xlsx: a realistic 2020 督办台账 of the 湘阴县人民政府督查室, with the
// unit register (单位名册) and a staff assessment sheet (人员考核) for the tiered bonus.
// Run: `node examples/make-demo-ledger.js`. The output is byte-for-byte deterministic: no clock
// (fixed document dates, fixed zip timestamps) and names drawn from a seeded PRNG.
// Which row exercises which SPEC rule, and the expected statuses as of 2020-07-01: README.md.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const { makeRandom, stampZip } = require('../scripts/reproducible');

const OUT = path.join(__dirname, 'demo-ledger.xlsx');
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const BODY_FONT = { name: '宋体', size: 10 };
const THIN = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
// Every document date is this fixed instant, so rerunning the script changes no byte.
const DOCUMENT_DATE = new Date(Date.UTC(2020, 10, 30, 1, 0, 0));
/** Zip entries carry wall-clock time: the document date as read in Beijing (09:00). */
const BEIJING_DOCUMENT_TIME = new Date(DOCUMENT_DATE.getTime() + 8 * 3_600_000);

// ---------------------------------------------------------------------------------------------
// Cell values. A date is written as an Excel date (UTC-based, so no time-zone shift) with the
// Chinese number format; txt() keeps a date as the text a clerk typed.

/** A real Excel date. */
function d(iso) {
  const [y, m, day] = iso.split('-').map(Number);
  return { date: new Date(Date.UTC(y, m - 1, day)) };
}
/** Text exactly as typed (a date written as text, prose deadlines, bad input). */
function txt(text) {
  return { text };
}

// ---------------------------------------------------------------------------------------------
// The ledger (督办台账). One entry per row, in the order the office recorded them.
// Fields: id, title, source, lead (牵头单位), co (配合单位), leader, assigned, deadline,
// completed, status, extension [延期至, 延期申请日期, 延期批准人], remark.

const 批示 = '县长批示';
const 常务会 = '县政府常务会议';
const 报告 = '政府工作报告';
const 部署 = '重大决策部署';

const ITEMS = [
  // 1月
  { id: '001', title: '春节期间农产品市场保供稳价工作', source: 常务会, lead: '县农业农村局', co: '县发改局', leader: '周国强', assigned: d('2020-01-06'), deadline: d('2020-01-22'), completed: d('2020-01-21'), status: '已办结' },
  { id: '002', title: '完成城区老旧小区改造12个，惠及居民3200户', source: 报告, lead: '县住建局', co: '县财政局、文星街道办事处', leader: '王立新', assigned: d('2020-01-10'), deadline: txt('年底前'), status: '正在推进' },
  { id: '003', title: '新增城镇就业4000人，农村劳动力转移就业5000人', source: 报告, lead: '县人社局', leader: '赵晓梅', assigned: d('2020-01-10'), deadline: txt('年底前'), status: '正在推进' },
  { id: '004', title: '一般公共预算收入增长5%以上，税收占比稳步提高', source: 报告, lead: '县财政局，县税务局', leader: '刘建华', assigned: d('2020-01-10'), deadline: txt('年底前'), status: '正在推进' },
  { id: '005', title: '关于东塘镇部分建筑工地春节前拖欠农民工工资问题的批示', source: 批示, lead: '东塘镇', co: '县人社局', leader: '周国强', assigned: d('2020-01-17'), completed: d('2020-02-12'), status: '已办结', remark: '批示未明确时限，按7个工作日办结' },
  { id: '006', title: '关于做好新冠肺炎疫情防控物资保障工作的批示', source: 批示, lead: '县发改局', co: '县财政局', leader: '刘建华', assigned: d('2020-01-20'), completed: d('2020-02-05'), status: '已办结' },
  // 2月
  { id: '007', title: '规模以上企业复工复产疫情防控指导和用工保障', source: 常务会, lead: '县人社局', co: '县发改局', leader: '赵晓梅', assigned: d('2020-02-10'), deadline: d('2020-02-20'), completed: d('2020-02-19'), status: '已办结' },
  { id: '008', title: '关于城区农贸市场疫情防控和环境卫生整治的批示', source: 批示, lead: '县城管局', co: '文星街道办事处', leader: '王立新', assigned: d('2020-02-14'), completed: d('2020-02-24'), status: '已办结' },
  { id: '009', title: '春耕备耕和早稻集中育秧', source: 部署, lead: '县农业农村局', co: '东塘镇、城西镇', leader: '周国强', assigned: d('2020-02-20'), deadline: txt('3月底前'), completed: d('2020-03-27'), status: '已办结' },
  { id: '010', title: '落实减税降费政策，帮扶中小微企业纾困解难', source: 常务会, lead: '县税务局', co: '县财政局', leader: '刘建华', assigned: d('2020-02-26'), deadline: d('2020-03-20'), completed: d('2020-03-18'), status: '已办结' },
  // 3月
  { id: '011', title: '关于县一中周边交通安全隐患整治的批示', source: 批示, lead: '县教育局', leader: '赵晓梅', assigned: d('2020-03-02'), deadline: txt('7个工作日'), completed: d('2020-03-10'), status: '已办结' },
  { id: '012', title: '督促各单位制定绩效考核细则并报县人社局备案', source: 部署, lead: '县人社局', co: '县政府办公室', leader: '赵晓梅', assigned: d('2020-03-05'), deadline: txt('3月底前'), status: '已办结' },
  { id: '013', title: '湘江大道提质改造工程征地拆迁', source: 常务会, lead: '县自然资源局', co: '文星街道办事处', leader: '王立新', assigned: d('2020-03-10'), deadline: d('2020-04-30'), completed: d('2020-04-29'), status: '已办结' },
  { id: '', title: '春季义务植树活动组织实施', source: 部署, lead: '县自然资源局', leader: '王立新', assigned: d('2020-03-12'), deadline: txt('3月底前'), completed: d('2020-03-27'), status: '已办结' },
  { id: '014', title: '关于城西镇垃圾中转站选址群众反映问题的批示', source: 批示, lead: '城西镇', co: '县生态环境局', leader: '周国强', assigned: d('2020-03-16'), completed: d('2020-03-25'), status: '已办结' },
  { id: '015', title: '深化工程建设项目审批制度改革，政府投资房屋建筑类项目审批时限压缩至70个工作日', source: 部署, lead: '县行政审批服务局', co: '县住建局、县自然资源局', leader: '刘建华', assigned: d('2020-03-20'), deadline: txt('上半年'), completed: d('2020-06-28'), status: '已办结' },
  { id: '016', title: '规模以上工业企业复工达产情况摸底', source: 部署, lead: '县发改局', leader: '刘建华', assigned: d('2020-03-23'), deadline: txt('4月10日前'), completed: d('2020-04-10'), status: '已办结' },
  { id: '017', title: '个体工商户定期定额核定公示', source: 常务会, lead: '县税务局', leader: '刘建华', assigned: d('2020-03-23'), deadline: txt('2020-13-45'), status: '办理中' },
  { id: '018', title: '关于城区学校食堂食品安全检查的批示', source: 批示, lead: '县教育局', leader: '赵晓梅', assigned: d('2020-03-30'), completed: d('2020-04-08'), status: '已办结' },
  // 4月
  { id: '019', title: '清明节期间森林防火和文明祭扫安全工作', source: 常务会, lead: '县自然资源局', co: '东塘镇、城西镇', leader: '王立新', assigned: d('2020-04-03'), deadline: txt('4月6日前'), completed: d('2020-04-07'), status: '已办结' },
  { id: '020', title: '长江十年禁渔退捕渔民安置和转产就业', source: 部署, lead: '县农业农村局', co: '县人社局', leader: '周国强', assigned: d('2020-04-08'), deadline: txt('长期'), status: '持续推进' },
  { id: '021', title: '洞庭湖生态环境专项整治反馈问题整改', source: 常务会, lead: '县生态环境局', co: '县农业农村局、东塘镇', leader: '王立新', assigned: d('2020-04-13'), deadline: d('2020-05-15'), completed: d('2020-05-19'), status: '已办结' },
  { id: '022', title: '义务教育阶段控辍保学专项行动', source: 部署, lead: '县教育局', leader: '赵晓梅', assigned: d('2020-04-17'), deadline: d('2020-05-29'), completed: d('2020-05-28'), status: '已办结' },
  { id: '023', title: '城区占道经营和“牛皮癣”小广告集中整治', source: 常务会, lead: '县城管局', co: '文星街道办事处', leader: '王立新', assigned: d('2020-04-20'), deadline: d('2020-04-30'), completed: d('2020-05-20'), status: '已办结', extension: [d('2020-06-15'), d('2020-05-08'), '县政府办主任'], remark: '5月8日申请延期，已过办理时限' },
  { id: '024', title: '城区公共停车位规划建设', source: 常务会, lead: '县住建局', co: '县自然资源局、县城管局', leader: '王立新', assigned: d('2020-04-24'), deadline: txt('9月底前'), completed: d('2020-09-28'), status: '已办结' },
  { id: '025', title: '关于白泥湖片区非法采砂问题群众来信的批示', source: 批示, lead: '县自然资源局', leader: '王立新', assigned: txt('2020/4/28'), status: '办理中' },
  { id: '026', title: '关于城区部分小区二次供水水质投诉的批示', source: 批示, lead: '县住建局', leader: '王立新', assigned: d('2020-04-28'), completed: d('2020-05-14'), status: '已办结' },
  { id: '027', title: '关于高标准农田建设项目进度滞后的批示', source: 批示, lead: '县农业农村局', leader: '周国强', assigned: txt('2020年4月28日'), completed: d('2020-05-18'), status: '已办结' },
  // 5月
  { id: '028', title: '一季度经济运行分析及重点项目调度', source: 常务会, lead: '县发改局', co: '县财政局、县税务局', leader: '刘建华', assigned: txt('2020年5月6日'), deadline: d('2020-05-22'), completed: d('2020-05-21'), status: '已办结' },
  { id: '029', title: '洋沙湖片区征拆遗留问题化解', source: 部署, lead: '文星街道办事处', co: '县自然资源局', leader: '王立新', assigned: d('2020-05-08'), deadline: d('2020-05-29'), status: '办理中', extension: [d('2020-06-30'), d('2020-05-25'), '常务副县长'], remark: '涉及历史遗留问题，按时申请延期' },
  { id: '030', title: '城区老旧供水管网改造项目资金筹措与开工', source: 常务会, lead: '县住建局、县财政局', leader: '王立新', assigned: d('2020-05-11'), deadline: txt('5月底前'), completed: d('2020-06-15'), status: '已办结' },
  { id: '031', title: '关于城区夜间施工噪声扰民投诉的批示', source: 批示, lead: '县生态环境局', co: '县城管局', leader: '王立新', assigned: d('2020-05-13'), completed: d('2020-05-21'), status: '已办结' },
  { id: '032', title: '县政府常务会议议定事项落实情况季度通报', source: 部署, lead: '县政府办', leader: '刘建华', assigned: d('2020-05-15'), deadline: txt('6月10日前'), completed: d('2020-06-09'), status: '已办结' },
  { id: '033', title: '左宗棠故居文化旅游景区提质改造', source: 常务会, lead: '县文旅广体局', co: '县住建局', leader: '赵晓梅', assigned: d('2020-05-18'), deadline: txt('年底前'), status: '正在推进' },
  { id: '034', title: '编制湘阴县国民经济和社会发展第十四个五年规划纲要', source: 部署, lead: '县发改局', co: '县政府办公室', leader: '刘建华', assigned: d('2020-05-20'), deadline: d('2020-11-30'), completed: d('2020-11-27'), status: '已办结' },
  { id: '035', title: '关于东塘镇防汛物资储备不足问题的批示', source: 批示, lead: '东塘镇', co: '县农业农村局', leader: '周国强', assigned: d('2020-05-25'), completed: d('2020-06-02'), status: '已办结' },
  { id: '036', title: '公布县级政务服务“一件事一次办”事项清单', source: 常务会, lead: '县行政审批服务局', leader: '刘建华', assigned: d('2020-05-27'), deadline: d('2020-06-12'), completed: d('2020-06-11'), status: '已办结' },
  // 6月
  { id: '037', title: '汛期地质灾害隐患点排查和监测预警', source: 常务会, lead: '县自然资源局', co: '东塘镇、城西镇', leader: '王立新', assigned: txt('2020.6.1'), deadline: d('2020-06-12'), completed: d('2020-06-11'), status: '已办结' },
  { id: '038', title: '城区“两违”建筑专项整治第一阶段验收', source: 常务会, lead: '县城管局', co: '文星街道办事处', leader: '王立新', assigned: d('2020-06-03'), deadline: d('2020-06-10'), completed: d('2020-06-08'), status: '退回', remark: '6月9日验收不合格，退回整改' },
  { id: '039', title: '城乡居民基本医疗保险费征缴扩面', source: 部署, lead: '县税务局', co: '县人社局', leader: '刘建华', assigned: d('2020-06-05'), deadline: d('2020-06-20'), status: '办理中' },
  { id: '040', title: '关于县二中学生宿舍改造的批示', source: 批示, lead: '县教育局', co: '县住建局', leader: '赵晓梅', assigned: d('2020-06-08'), completed: d('2020-06-16'), status: '已办结' },
  { id: '041', title: '城西镇集镇污水处理厂建设', source: 常务会, lead: '城西镇', co: '县生态环境局', leader: '周国强', assigned: d('2020-06-10'), deadline: txt('上半年'), status: '办理中' },
  { id: '042', title: '2020年高考、中考考点安全保障', source: 常务会, lead: '县教育局', leader: '赵晓梅', assigned: d('2020-06-12'), deadline: d('2020-06-30'), completed: d('2020-06-24'), status: '已办结' },
  { id: '043', title: '关于城区部分路段路灯不亮问题的批示', source: 批示, lead: '县城管局', leader: '王立新', assigned: d('2020-06-15'), completed: d('2020-06-23'), status: '已办结' },
  { id: '044', title: '关于防汛抗旱应急物资调拨储备的批示', source: 批示, lead: '县发改局', co: '县农业农村局', leader: '刘建华', assigned: d('2020-06-19'), status: '办理中' },
  { id: '045', title: '上半年重点项目建设“双过半”调度', source: 部署, lead: '县发改局', leader: '刘建华', assigned: d('2020-06-22'), deadline: d('2020-07-15'), completed: d('2020-07-14'), status: '已办结' },
  // The clerk copied the row above and forgot to renumber: a duplicate id.
  { id: '045', title: '城区农贸市场提质改造', source: 常务会, lead: '县城管局', co: '县住建局', leader: '王立新', assigned: d('2020-06-24'), deadline: d('2020-09-30'), completed: d('2020-09-25'), status: '已办结' },
  { id: '046', title: '主汛期防汛值班值守和信息报送', source: 常务会, lead: '县政府办公室', leader: '刘建华', assigned: d('2020-06-29'), deadline: txt('持续推进'), status: '办理中' },
  // 7月—11月
  { id: '047', title: '关于城区内涝点排水问题的批示', source: 批示, lead: '文星街道', co: '县城管局、县住建局', leader: '王立新', assigned: d('2020-07-06'), completed: d('2020-07-14'), status: '已办结' },
  { id: '048', title: '下半年重点项目建设攻坚', source: 常务会, lead: '县发改局', co: '县财政局', leader: '刘建华', assigned: d('2020-07-13'), deadline: txt('9月底前'), completed: d('2020-09-28'), status: '已办结' },
  { id: '049', title: '城西镇农村危房改造竣工验收', source: 部署, lead: '城西镇', co: '县住建局', leader: '王立新', assigned: d('2020-08-03'), deadline: txt('9月底前'), completed: d('2020-09-25'), status: '已办结' },
  { id: '050', title: '关于东塘镇农村饮水安全问题的批示', source: 批示, lead: '东塘镇', co: '县生态环境局', leader: '周国强', assigned: d('2020-08-17'), completed: d('2020-08-25'), status: '已办结' },
  { id: '051', title: '城乡居民养老保险参保缴费', source: 常务会, lead: '县人社局', co: '县税务局', leader: '赵晓梅', assigned: d('2020-08-24'), deadline: txt('9月底前'), completed: d('2020-09-29'), status: '已办结' },
  { id: '052', title: '国庆中秋期间市场保供稳价', source: 常务会, lead: '县发改局', co: '县农业农村局', leader: '刘建华', assigned: d('2020-09-07'), deadline: d('2020-09-30'), completed: d('2020-09-29'), status: '已办结' },
  { id: '053', title: '关于政务服务中心窗口服务投诉的批示', source: 批示, lead: '县行政审批服务局', leader: '刘建华', assigned: d('2020-09-25'), completed: d('2020-10-13'), status: '已办结' },
  { id: '054', title: '秋冬季大气污染防治', source: 常务会, lead: '县生态环境局', co: '县城管局', leader: '王立新', assigned: d('2020-10-12'), deadline: txt('11月底前'), status: '办理中' },
  { id: '055', title: '2021年县级财政预算编制', source: 部署, lead: '县财政局', leader: '刘建华', assigned: d('2020-10-19'), deadline: txt('年底前'), status: '办理中' },
  { id: '056', title: '关于城西镇土地流转纠纷的批示', source: 批示, lead: '城西镇', co: '县农业农村局', leader: '周国强', assigned: d('2020-11-02'), completed: d('2020-11-10'), status: '已办结' },
  { id: '057', title: '年度绩效考核准备工作', source: 常务会, lead: '政府办', co: '县人社局', leader: '刘建华', assigned: d('2020-11-16'), deadline: d('2020-12-25'), status: '办理中' },
  { id: '058', title: '东塘镇冬春农田水利建设和沟渠清淤', source: 部署, lead: '东塘镇', co: '县农业农村局', leader: '周国强', assigned: d('2020-11-23'), deadline: txt('年底前'), status: '办理中' },
];

const LEDGER_COLUMNS = [
  ['督办编号', 12],
  ['督办事项', 34],
  ['事项来源', 12],
  ['牵头单位', 15],
  ['配合单位', 17],
  ['责任领导', 8],
  ['交办时间', 14],
  ['办理时限', 14],
  ['完成时间', 14],
  ['办理状态', 9],
  ['延期至', 14],
  ['延期申请日期', 14],
  ['延期批准人', 11],
  ['备注', 22],
];

// ---------------------------------------------------------------------------------------------
// The unit register (单位名册). 城西镇 has not filed its assessment scheme (§22 ƒ).

const UNITS = [
  ['县政府办公室', '县政府办、政府办', '县直部门', '张建国', 46, 26000],
  ['县发改局', '', '县直部门', '李卫东', 10, 24000],
  ['县财政局', '', '县直部门', '王志刚', 52, 25000],
  ['县教育局', '', '县直部门', '刘国华', 35, 22000],
  ['县人社局', '', '县直部门', '陈海波', 38, 22000],
  ['县农业农村局', '', '县直部门', '杨永红', 64, 20000],
  ['县自然资源局', '', '县直部门', '赵德明', 58, 23000],
  ['县住建局', '', '县直部门', '周立平', 29, 24000],
  ['县城管局', '', '县直部门', '吴振华', 112, 18000],
  ['县生态环境局', '', '县直部门', '孙晓东', 23, 21000],
  ['县行政审批服务局', '', '县直部门', '马文涛', 41, 21000],
  ['县税务局', '', '驻县单位', '朱建平', 96, 30000],
  ['文星街道办事处', '文星街道', '乡镇/街道', '胡振宇', 120, 19000],
  ['东塘镇', '', '乡镇/街道', '郭志明', 86, 18000],
  ['城西镇', '', '乡镇/街道', '何红英', 68, 18000, '未报备'],
];

// ---------------------------------------------------------------------------------------------
// Staff assessment (人员考核) for three units (and 城西镇, below). Scores are listed high to low with their 等次;
// the sheet shows them in a shuffled roster order. Ties, by design:
//   县发改局 (10): 91/91 at ranks 2–3, across the 20% tier-1 cap of 2.
//   县住建局 (29): 92/92, 87/87, 83/83, 78/78 inside tiers; the one 不称职 scores 74, not last.
//   县教育局 (35): 92/92 at ranks 7–8, across the tier-1 cap of 7; 70/70 at ranks 31–32,
//                  across the tier-3 floor of 4 (10% of 35, rounded up).
const 优 = '优秀';
const 称 = '称职';
const 基 = '基本称职';
const 不 = '不称职';
const STAFF = [
  ['县发改局', [[95, 优], [91, 称], [91, 称], [88, 称], [86, 称], [85, 称], [83, 称], [80, 称], [76, 称], [70, 基]]],
  [
    '县住建局',
    [
      [97, 优], [94, 优], [92, 优], [92, 优], [90, 称], [89, 称], [88, 称], [87, 称], [87, 称], [86, 称],
      [85, 称], [84, 称], [83, 称], [83, 称], [82, 称], [81, 称], [80, 称], [79, 称], [78, 称], [78, 称],
      [77, 称], [76, 称], [75, 称], [74, 不], [73, 称], [71, 称], [68, 称], [65, 基], [62, 基],
    ],
  ],
  [
    '县教育局',
    [
      [98, 优], [96, 优], [95, 优], [94, 优], [93, 优], [93, 称], [92, 称], [92, 称], [91, 称], [90, 称],
      [89, 称], [88, 称], [88, 称], [87, 称], [86, 称], [85, 称], [85, 称], [84, 称], [83, 称], [82, 称],
      [81, 称], [80, 称], [80, 称], [79, 称], [78, 称], [77, 称], [76, 称], [75, 称], [74, 称], [72, 称],
      [70, 称], [70, 称], [66, 称], [63, 基], [60, 基],
    ],
  ],
];

// 城西镇 (68 people, as in the register) has not filed its assessment scheme: its staff are listed
// so the bonus sheet shows its error row (未分配, §22 ƒ) instead of amounts. Its names and scores
// come from a PRNG of their own, so the three units above keep their names and roster order.
const UNFILED = { unit: '城西镇', headcount: 68, seed: 20200702 };

function unfiledStaff(taken) {
  const random = makeRandom(UNFILED.seed);
  const names = makeNames(random, UNFILED.headcount, taken);
  return names.map((name) => {
    const score = 62 + Math.floor(random() * 36);
    return [name, score, score >= 93 ? 优 : score < 66 ? 基 : 称];
  });
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏丁沈姚卢谭陆汪范廖贺易龙彭钟文';
const GIVEN =
  '建国卫东志刚国华海波永红德明立平振华晓东文涛红英丽娟春燕小平伟军秀兰桂芳新民明辉敏慧思远俊杰雪梅艳萍家豪子涵宇航静怡瑞林晨曦' +
  '湘云立新海燕春生益民向荣少华正清玉兰金凤冬梅秋菊湘平长生光明卫华爱军铁军淑芬慧敏雅琴晓燕文斌志勇建军国庆';

function makeNames(random, count, taken = []) {
  const given = [];
  for (let i = 0; i + 1 < GIVEN.length; i += 2) given.push(GIVEN.slice(i, i + 2));
  const seen = new Set(['张建国', '李卫东', '王志刚', '刘国华', '陈海波', '杨永红', '赵德明', '周立平', ...taken]);
  const names = [];
  while (names.length < count) {
    const surname = SURNAMES[Math.floor(random() * SURNAMES.length)];
    // About one in five people has a one-character given name, as in any real roster.
    const name = random() < 0.2 ? surname + GIVEN[Math.floor(random() * GIVEN.length)] : surname + given[Math.floor(random() * given.length)];
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}

function shuffle(random, list) {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sheets

function styleCell(cell, { bold = false, wrap = true, align = 'left', size } = {}) {
  cell.font = { ...BODY_FONT, bold, ...(size ? { size } : {}) };
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', horizontal: align, wrapText: wrap };
}

function put(cell, value) {
  if (value === undefined || value === null || value === '') return;
  if (typeof value === 'string') {
    cell.value = value;
  } else if (value.date) {
    cell.value = value.date;
    cell.numFmt = DATE_FORMAT;
  } else {
    cell.value = value.text;
  }
}

/** Display width of a text in column-width units: a CJK character at 10 pt is about 1.5 units. */
function textWidth(text) {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 1.55 : 0.8;
  return w;
}

/** Rows get an explicit height (wrapped lines × line height): not every viewer re-fits rows. */
function rowHeight(item) {
  let lines = 1;
  const wrapped = [[item.title, 1], [item.lead, 3], [item.co || '', 4], [item.remark || '', 13]];
  for (const [text, column] of wrapped) {
    lines = Math.max(lines, Math.ceil(textWidth(text) / (LEDGER_COLUMNS[column][1] - 1)));
  }
  return 6 + 13.5 * lines;
}

function addLedger(workbook) {
  const sheet = workbook.addWorksheet('督办台账', {
    views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:2',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  sheet.columns = LEDGER_COLUMNS.map(([, width]) => ({ width }));
  const last = LEDGER_COLUMNS.length;

  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getCell(1, 1);
  title.value = '湘阴县人民政府督查室2020年督办事项台账';
  title.font = { name: '宋体', size: 18, bold: true };
  title.alignment = { vertical: 'middle', horizontal: 'center' };
  sheet.getRow(1).height = 36;

  const header = sheet.getRow(2);
  header.height = 30;
  LEDGER_COLUMNS.forEach(([name], i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    styleCell(cell, { bold: true, align: 'center', size: 11 });
    cell.fill = HEADER_FILL;
  });

  ITEMS.forEach((item, i) => {
    const row = sheet.getRow(3 + i);
    row.height = rowHeight(item);
    const [extUntil, extApplied, approver] = item.extension || [];
    const values = [
      item.id === '' ? '' : `DB2020-${item.id}`,
      item.title,
      item.source,
      item.lead,
      item.co,
      item.leader,
      item.assigned,
      item.deadline,
      item.completed,
      item.status,
      extUntil,
      extApplied,
      approver,
      item.remark,
    ];
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      put(cell, value);
      const centered = c !== 1 && c !== 4 && c !== 13;
      styleCell(cell, { align: centered ? 'center' : 'left' });
    });
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + ITEMS.length, column: last } };
}

function addRegister(workbook) {
  const sheet = workbook.addWorksheet('单位名册', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const columns = [
    ['单位名称', 18],
    ['别名', 18],
    ['类别', 11],
    ['主要负责人', 11],
    ['联系电话', 14],
    ['人数', 7],
    ['奖金标准', 11],
    ['考核方案报备', 13],
  ];
  sheet.columns = columns.map(([, width]) => ({ width }));
  const header = sheet.getRow(1);
  header.height = 24;
  columns.forEach(([name], i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    styleCell(cell, { bold: true, align: 'center', size: 11 });
    cell.fill = HEADER_FILL;
  });
  UNITS.forEach(([name, aliases, category, head, headcount, bonus, filed = '已报备'], i) => {
    const row = sheet.getRow(2 + i);
    const phone = `0730-${String(i + 1).padStart(7, '0')}`;
    [name, aliases, category, head, phone, headcount, bonus, filed].forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (value !== '') cell.value = value;
      styleCell(cell, { align: c === 0 || c === 1 ? 'left' : 'center' });
    });
    row.getCell(7).numFmt = '#,##0';
  });
}

function addStaff(workbook) {
  const sheet = workbook.addWorksheet('人员考核', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  const columns = [
    ['姓名', 10],
    ['单位', 16],
    ['考核得分', 10],
    ['年度考核等次', 13],
  ];
  sheet.columns = columns.map(([, width]) => ({ width }));
  const header = sheet.getRow(1);
  header.height = 24;
  columns.forEach(([name], i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    styleCell(cell, { bold: true, align: 'center', size: 11 });
    cell.fill = HEADER_FILL;
  });
  const random = makeRandom(20200701);
  const total = STAFF.reduce((n, [, people]) => n + people.length, 0);
  const names = makeNames(random, total);
  let r = 2;
  let n = 0;
  const addPerson = (name, unit, score, grade) => {
    const row = sheet.getRow(r++);
    [name, unit, score, grade].forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      styleCell(cell, { align: 'center' });
    });
  };
  for (const [unit, people] of STAFF) {
    for (const [score, grade] of shuffle(random, people)) addPerson(names[n++], unit, score, grade);
  }
  for (const [name, score, grade] of unfiledStaff(names)) addPerson(name, UNFILED.unit, score, grade);
}

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '湘阴县人民政府督查室';
  workbook.lastModifiedBy = '湘阴县人民政府督查室';
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  addLedger(workbook);
  addRegister(workbook);
  addStaff(workbook);
  const buffer = stampZip(Buffer.from(await workbook.xlsx.writeBuffer()), BEIJING_DOCUMENT_TIME, 'demo-ledger.xlsx');
  fs.writeFileSync(OUT, buffer);

  // Read it back: the file must open and hold what was written.
  const check = new ExcelJS.Workbook();
  await check.xlsx.load(fs.readFileSync(OUT));
  const ledger = check.getWorksheet('督办台账');
  const staffRows = STAFF.reduce((n, [, people]) => n + people.length, 0) + UNFILED.headcount;
  const expected = [
    ['督办台账', ledger && ledger.rowCount, 2 + ITEMS.length],
    ['单位名册', check.getWorksheet('单位名册') && check.getWorksheet('单位名册').rowCount, 1 + UNITS.length],
    ['人员考核', check.getWorksheet('人员考核') && check.getWorksheet('人员考核').rowCount, 1 + staffRows],
  ];
  for (const [name, got, want] of expected) {
    if (got !== want) throw new Error(`${name}: read back ${got} rows, expected ${want}`);
  }
  const title = ledger.getCell('A1').value;
  if (title !== '湘阴县人民政府督查室2020年督办事项台账' || !ledger.getCell('N1').isMerged) {
    throw new Error('督办台账: the merged title did not read back');
  }
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)} (${buffer.length} bytes, ${ITEMS.length} items, ${UNITS.length} units, ${staffRows} staff)\n`);
}

main().catch((e) => {
  process.stderr.write(`make-demo-ledger: ${e.stack || e}\n`);
  process.exitCode = 1;
});
