import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main, type Io } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A ledger whose title column is headed 批示摘要, a header the recognition does not know; its
 * header is on row 3, under a merged title and a blank row. As of 2020-07-01 (SPEC §3):
 * row 4, deadline 05-11, open → 红; row 5, done 05-14 → 已办结; row 6, due 12-31 → —;
 * row 7, deadline 06-30, open → 蓝.
 */
async function writeLedger(file: string, header = ['序号', '批示摘要', '承办部门', '交办时间', '办理时限', '完成时间']): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '2020年县长批示件督办台账';
  ws.getRow(3).values = header;
  ws.getRow(4).values = [1, '背街小巷提质改造', '县住建局', d('2020-04-28'), d('2020-05-11'), null];
  ws.getRow(5).values = [2, '农贸市场改造', '县财政局', d('2020-04-28'), d('2020-05-11'), d('2020-05-14')];
  ws.getRow(6).values = [3, '城区停车场建设', '县城管局', d('2020-06-01'), d('2020-12-31'), null];
  ws.getRow(7).values = [4, '农村公路安保工程', '县交通局', d('2020-03-07'), d('2020-06-30'), null];
  for (let r = 4; r <= 7; r++) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = 'yyyy-mm-dd';
  await wb.xlsx.writeFile(file);
}

function capture(today = dateOnly('2020-07-01')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => today };
  return io;
}

async function statuses(file: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('督办台账')!;
  return ['G3', 'G4', 'G5', 'G6', 'G7'].map((a) => ws.getCell(a).value);
}

const exists = (file: string) => fs.access(file).then(() => true, () => false);

const HEADER_LINE = '  表头（第3行）：A 序号 | B 批示摘要 | C 承办部门 | D 交办时间 | E 办理时限 | F 完成时间';

describe('--map: the column mapping on the command line', () => {
  let dir: string;
  let ledger: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-map-'));
    ledger = path.join(dir, '台账.xlsx');
    await writeLedger(ledger);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  /** Exit 2, exactly this on stderr, and no output file. */
  const expectRefused = async (args: string[], stderr: string, out: string) => {
    const io = capture();
    expect(await main([...args, '--out', out], io)).toBe(2);
    expect(io.err).toBe(`${stderr}\n`);
    expect(io.out).toBe('');
    expect(await exists(out)).toBe(false);
  };

  it('refuses a ledger whose title column it cannot recognise, showing the header by letter and the --map to add', async () => {
    await expectRefused(
      ['run', ledger, '--as-of', '2020-07-01'],
      ['duban: 工作表「督办台账」缺少必需的列：督办事项', HEADER_LINE, '  请用 --map 指定，例如：--map 督办事项=B'].join('\n'),
      path.join(dir, 'refused.xlsx'),
    );
  });

  it('prints the README’s example', async () => {
    const file = path.join(dir, 'readme.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('督办台账');
    ws.mergeCells('A1:E1');
    ws.getCell('A1').value = '2020年县长批示件督办台账';
    ws.getRow(3).values = ['序号', '批示摘要', '承办部门', '交办时间', '办理时限'];
    ws.getRow(4).values = [1, '背街小巷提质改造', '县住建局', d('2020-04-28'), d('2020-05-11')];
    await wb.xlsx.writeFile(file);
    const printed = [
      'duban: 工作表「督办台账」缺少必需的列：督办事项',
      '  表头（第3行）：A 序号 | B 批示摘要 | C 承办部门 | D 交办时间 | E 办理时限',
      '  请用 --map 指定，例如：--map 督办事项=B',
    ];
    await expectRefused(['run', file], printed.join('\n'), path.join(dir, 'readme-督办.xlsx'));
    const readme = await fs.readFile(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const example = /```console\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### 列映射 `--map`')))?.[1];
    expect(example).toBe(['$ node bin/duban.js run 台账.xlsx', ...printed, ''].join('\n'));
  });

  it.each([
    ['a column letter', '督办事项=B'],
    ['a lower-case letter with 列', '督办事项=b列'],
    ['the header text', '督办事项=批示摘要'],
    ['the header text with spaces and the English concept key', 'title= 批示 摘要 '],
  ])('runs with the title column given by %s (--map %s)', async (_how, map) => {
    const out = path.join(dir, `mapped-${map.length}-${_how.length}.xlsx`);
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--map', map, '--out', out], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out.split('\n').slice(0, 2)).toEqual(['截止日期：2020-07-01（台账：督办台账）', '督办事项 4 项：红 1、黄 0、蓝 1、临期 0、已办结 1、长期 0、未到期 1']);
    expect(await statuses(out)).toEqual(['督办状态', '红', '已办结', '—', '蓝']);
  });

  it('unmaps a column with 无: without its 完成时间 the item done on 05-14 is red', async () => {
    const out = path.join(dir, 'unmapped.xlsx');
    const io = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--map', '督办事项=B', '--map', '完成时间=无', '--out', out], io)).toBe(0);
    expect(await statuses(out)).toEqual(['督办状态', '红', '红', '—', '蓝']);
    const json = path.join(dir, 'unmapped-none.xlsx');
    const io2 = capture();
    expect(await main(['run', ledger, '--as-of', '2020-07-01', '--map', 'title=B', '--map', 'completed=NONE', '--out', json, '--json'], io2)).toBe(0);
    expect(JSON.parse(io2.out).items.map((i: { status: string }) => i.status)).toEqual(['红', '红', '—', '蓝']);
  });

  it('unmapping a required column refuses the ledger, suggesting the freed column', async () => {
    await expectRefused(
      ['run', ledger, '--as-of', '2020-07-01', '--map', '督办事项=B', '--map', '责任单位=无'],
      ['duban: 工作表「督办台账」缺少必需的列：责任单位（或牵头单位）', HEADER_LINE, '  请用 --map 指定，例如：--map 责任单位=C'].join('\n'),
      path.join(dir, 'unmapped-required.xlsx'),
    );
  });

  it('takes --map on duban bulletin', async () => {
    const out = path.join(dir, 'bulletin.xlsx');
    const io = capture();
    expect(await main(['bulletin', ledger, '--month', '2020-05', '--map', '督办事项=批示摘要', '--out', out], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out.split('\n').slice(1, 3)).toEqual([
      '统计期间：2020-05-01 至 2020-05-31，数据截至 2020-05-31（台账：督办台账）',
      // Done in May: row 5 (late); open at the end: rows 4 and 7, row 4 overdue; no notice log.
      '本期无新交办事项，办结1项（其中按时办结0项），无督办单发出；期末在办2项，其中逾期未办结1项。',
    ]);
    const refused = path.join(dir, 'bulletin-refused.xlsx');
    const io2 = capture();
    expect(await main(['bulletin', ledger, '--month', '2020-05', '--out', refused], io2)).toBe(2);
    expect(io2.err).toBe(['duban: 工作表「督办台账」缺少必需的列：督办事项', HEADER_LINE, '  请用 --map 指定，例如：--map 督办事项=B', ''].join('\n'));
    expect(await exists(refused)).toBe(false);
    const io3 = capture();
    expect(await main(['bulletin', ledger, '--month', '2020-05', '--map', '事项=B', '--out', refused], io3)).toBe(2);
    expect(io3.err.split('\n')[0]).toBe('duban: --map 事项=B 有误：没有「事项」这一列；可用：督办编号、督办事项、事项来源、责任单位、牵头单位、配合单位、责任领导、交办时间、办理时限、完成时间、办理状态、延期至、延期申请日期、延期批准人、是否批准延期、备注（或英文名 id、title、source、units、leadUnits、coUnits、leader、assigned、deadline、completed、status、extendedTo、extensionAppliedOn、extensionApprover、extensionApproved、remark）');
  });

  describe('every bad --map exits 2 with what is wrong', () => {
    const refused = () => path.join(dir, 'bad.xlsx');
    const run = (...maps: string[]) => ['run', ledger, '--as-of', '2020-07-01', ...maps.flatMap((m) => ['--map', m])];

    it('an unknown concept lists the valid ones', async () => {
      await expectRefused(
        run('事项=B'),
        'duban: --map 事项=B 有误：没有「事项」这一列；可用：督办编号、督办事项、事项来源、责任单位、牵头单位、配合单位、责任领导、交办时间、办理时限、完成时间、办理状态、延期至、延期申请日期、延期批准人、是否批准延期、备注（或英文名 id、title、source、units、leadUnits、coUnits、leader、assigned、deadline、completed、status、extendedTo、extensionAppliedOn、extensionApprover、extensionApproved、remark）',
        refused(),
      );
    });
    it('no = in the option', async () => {
      await expectRefused(run('督办事项B'), 'duban: --map 应写成 概念=列（如 --map 督办事项=B）：--map 督办事项B', refused());
    });
    it('the same concept twice, by label and by key', async () => {
      await expectRefused(run('督办事项=B', 'title=C'), 'duban: 督办事项指定了两次：--map 督办事项=B 和 --map title=C，每个概念只能指定一次', refused());
    });
    it('a letter beyond XFD', async () => {
      await expectRefused(run('督办事项=XFE'), ['duban: --map 督办事项=XFE 有误：列「XFE」超出了 Excel 的最后一列 XFD', HEADER_LINE].join('\n'), refused());
    });
    it('a cell address or a number is not a column', async () => {
      await expectRefused(run('督办事项=B4'), ['duban: --map 督办事项=B4 有误：「B4」不是列：请写列字母（如 B）或表头文字', HEADER_LINE].join('\n'), refused());
      await expectRefused(run('督办事项=2'), ['duban: --map 督办事项=2 有误：「2」不是列：请写列字母（如 B）或表头文字', HEADER_LINE].join('\n'), refused());
    });
    it('no column after =', async () => {
      await expectRefused(
        run('督办事项='),
        ['duban: --map 督办事项= 有误：没有写列：请写列字母（如 B）、表头文字，或“无”（不映射）', HEADER_LINE].join('\n'),
        refused(),
      );
    });
    it('a header text in no header cell lists the header cells', async () => {
      await expectRefused(run('督办事项=批示要点'), ['duban: --map 督办事项=批示要点 有误：工作表「督办台账」的表头中没有「批示要点」', HEADER_LINE].join('\n'), refused());
    });
    it('two concepts on one column', async () => {
      await expectRefused(run('督办事项=B', '备注=批示摘要'), ['duban: --map 备注=批示摘要 有误：备注与督办事项指定了同一列 B', HEADER_LINE].join('\n'), refused());
    });
    it('every bad choice at once, one line each', async () => {
      await expectRefused(
        run('督办事项=XFE', '备注=批示要点'),
        [
          'duban: --map 督办事项=XFE 有误：列「XFE」超出了 Excel 的最后一列 XFD',
          '  --map 备注=批示要点 有误：工作表「督办台账」的表头中没有「批示要点」',
          HEADER_LINE,
        ].join('\n'),
        refused(),
      );
    });
    it('a header text in two header cells names both', async () => {
      const twice = path.join(dir, '两列同名.xlsx');
      await writeLedger(twice, ['序号', '批示摘要', '承办部门', '交办时间', '办理时限', '批示摘要']);
      await expectRefused(
        ['run', twice, '--as-of', '2020-07-01', '--map', '督办事项=批示摘要'],
        [
          'duban: --map 督办事项=批示摘要 有误：工作表「督办台账」的表头「批示摘要」出现在 B 列和 F 列，请改用列字母（B 或 F）',
          '  表头（第3行）：A 序号 | B 批示摘要 | C 承办部门 | D 交办时间 | E 办理时限 | F 批示摘要',
        ].join('\n'),
        refused(),
      );
    });
  });

  it('names both columns when two headers fit the title equally', async () => {
    const ambiguous = path.join(dir, '两列都像.xlsx');
    await writeLedger(ambiguous, ['序号', '工作任务', '重点工作', '交办时间', '办理时限', '承办部门']);
    await expectRefused(
      ['run', ambiguous, '--as-of', '2020-07-01'],
      [
        'duban: 工作表「督办台账」缺少必需的列：督办事项',
        '  表头（第3行）：A 序号 | B 工作任务 | C 重点工作 | D 交办时间 | E 办理时限 | F 承办部门',
        '  B 列「工作任务」和C 列「重点工作」都可作为督办事项，未自动选择',
        '  请用 --map 指定，例如：--map 督办事项=B 或 --map 督办事项=C',
      ].join('\n'),
      path.join(dir, 'ambiguous-refused.xlsx'),
    );
  });

  describe('no header found', () => {
    let other: string;
    beforeAll(async () => {
      other = path.join(dir, '工资.xlsx');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('工资表').addRows([['姓名', '工资'], ['张三', 5000]]);
      wb.addWorksheet('说明').getCell('A1').value = '本表由督查室维护';
      await wb.xlsx.writeFile(other);
    });

    it('says which sheets were looked at, where the header must be, and --sheet', async () => {
      await expectRefused(
        ['run', other, '--as-of', '2020-07-01'],
        [
          'duban: 没有找到督办台账：找不到含「督办事项」「责任单位」「交办时间」等列的表头',
          '  已查看的工作表：工资表、说明',
          '  表头须在工作表的前 30 行内，且至少含督办事项、责任单位（或牵头单位）、交办时间（或办理时限）中的两列，或其中一列和另外两个可识别的列',
          '  台账在其他工作表时，用 --sheet 表名 指定',
        ].join('\n'),
        path.join(dir, 'no-header.xlsx'),
      );
    });

    it('with --sheet and --map: the sheet named, the sheets there are, and that --map needs a header', async () => {
      await expectRefused(
        ['run', other, '--as-of', '2020-07-01', '--sheet', '工资表', '--map', '督办事项=A'],
        [
          'duban: 工作表「工资表」看起来不是督办台账：找不到含「督办事项」「责任单位」「交办时间」等列的表头',
          '  表头须在工作表的前 30 行内，且至少含督办事项、责任单位（或牵头单位）、交办时间（或办理时限）中的两列，或其中一列和另外两个可识别的列；--map 只能在找到表头之后指定其余的列',
          '  台账在其他工作表时，用 --sheet 表名 指定（现有：工资表、说明）',
        ].join('\n'),
        path.join(dir, 'no-header-sheet.xlsx'),
      );
    });
  });

  it('documents --map in both commands’ help', async () => {
    const help = [
      '  --map     指定一列：--map 概念=列，可重复。识别不出或识别错的列用它指定，例如：',
      '              --map 督办事项=B --map 完成时间=销号日期 --map 备注=无',
      '            概念：督办编号 督办事项 事项来源 责任单位 牵头单位 配合单位 责任领导 交办时间',
      '                  办理时限 完成时间 办理状态 延期至 延期申请日期 延期批准人 是否批准延期 备注',
      '                  也可写英文名：id title source units leadUnits coUnits',
      '                  leader assigned deadline completed status extendedTo',
      '                  extensionAppliedOn extensionApprover extensionApproved remark',
      '            列：  列字母（B），或表头文字（批示摘要），或 无 / none / 0（不映射这一概念）',
    ].join('\n');
    for (const args of [['run', '--help'], ['bulletin', '--help'], ['--help']]) {
      const io = capture();
      expect(await main(args, io)).toBe(0);
      expect(io.out).toContain(help);
      expect(io.out).toContain(args[0] === 'bulletin' ? '[--sheet 表名] [--map 概念=列]... [--out 输出.xlsx]' : 'duban run 台账.xlsx [--sheet 表名] [--map 概念=列]... [--as-of YYYY-MM-DD]');
    }
  });
});
