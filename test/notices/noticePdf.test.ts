import { promises as fs } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { PlannedNotice } from '../../src/core/notices/planNotices';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { buildNoticeSheet } from '../../src/sheets/noticeSheet';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { dateOnly } from '../support/dateOnly';

const red: PlannedNotice = {
  number: '督〔2020〕红1号',
  color: 'red',
  sequence: 1,
  itemId: 'A3',
  itemRow: 5,
  title: '关于全面推进城区老旧小区改造、背街小巷提质改造和城市管网改造的若干重点工作任务落实情况'.repeat(4),
  source: '县政府常务会议',
  unit: '县住建局',
  head: '张三',
  dueDate: dateOnly('2020-05-28'),
  issueDate: dateOnly('2020-05-28'),
  deadline: dateOnly('2020-05-11'),
  deadlineExtended: false,
  daysOverdue: 17,
  rectifyBy: null,
  signatory: '县长',
  requirement:
    '该事项规定完成时限为2020年5月11日，已逾期17天，黄色督办单发出后仍未完成。现发出红色督办单，对该事项持续督办，直至该事项督办完成。' +
    '请单位主要负责人亲自研究部署，立即整改，并书面说明未完成原因。仍未完成的，每10天再次发出红色督办单。' +
    '年度内累计2次或同一督办事项2次收到红色督办单的，全县通报批评。（依据《“蓝、黄、红”三色督办单制度》第六条、第十条）',
  sms: '【县督查室】县住建局：“关于全面推进城区老旧小区改造、背街小巷提质改造和城市管网改造…”已超时限（5月11日），现发红色督办单，请立即整改。',
};
const yellow: PlannedNotice = { ...red, number: '督〔2020〕黄2号', color: 'yellow', title: '背街小巷提质改造', signatory: '常务副县长' };
const blue: PlannedNotice = { ...red, number: '督〔2020〕蓝3号', color: 'blue', title: '农贸市场改造', unit: '县财政局', head: null, signatory: '县政府督查室' };

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const soffice = has('soffice');

describe('a printed notice sheet', () => {
  // LibreOffice prints the sheet model as Excel would: one A4 page per notice, red → yellow → blue.
  (soffice ? it : it.skip)('has exactly one page per notice', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-pdf-'));
    try {
      // A workbook has a sheet to begin with: this one is hidden and empty, so it prints nothing.
      const seed = new ExcelJS.Workbook();
      seed.addWorksheet('seed', { state: 'hidden' });
      const port = await XlsxWorkbook.load(Buffer.from(await seed.xlsx.writeBuffer()));
      await port.addSheet(buildNoticeSheet([blue, red, yellow], dateOnly('2020-05-28'), XIANGYIN_2020));
      const xlsx = path.join(dir, 'notices.xlsx');
      await fs.writeFile(xlsx, await port.toBuffer());
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'ignore', timeout: 120_000 });
      const pdf = await fs.readFile(path.join(dir, 'notices.pdf'));
      const pages = has('pdfinfo')
        ? Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'notices.pdf')]).toString())?.[1])
        : (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBe(3);
      if (has('pdftotext')) {
        const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path.join(dir, 'notices.pdf'), '-']).toString();
        expect(page(1)).toMatch(/红色督办单[\s\S]*督〔2020〕红1号[\s\S]*签发人（县长）/);
        expect(page(2)).toMatch(/黄色督办单[\s\S]*督〔2020〕黄2号[\s\S]*签发人（常务副县长）/);
        expect(page(3)).toMatch(/蓝色督办单[\s\S]*督〔2020〕蓝3号[\s\S]*（单位名册中未登记）[\s\S]*签发人（县政府督查室）/);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
