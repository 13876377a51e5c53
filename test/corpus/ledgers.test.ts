/**
 * The corpus of real-shaped ledgers (test/corpus/ledgers, see its README): layouts copied from
 * public 督办 systems and modelled on what county offices keep, written by ExcelJS and by
 * LibreOffice. Each has a sidecar with the mapping a clerk reads in its header. Every ledger
 * is checked against it, and `duban run` on each either maps it without a question or stops
 * with the `--map` hint; at least 95% must need no question.
 */
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { columnNumber } from '../../src/core/cells';
import { missingRequired, type Concept } from '../../src/core/ledger/concepts';
import { detectLedger } from '../../src/core/ledger/detectLedger';
import { parseLedger } from '../../src/core/ledger/parseLedger';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { readXlsxSnapshot } from '../../src/xlsx/readXlsxSnapshot';
import { dateOnly } from '../support/dateOnly';

interface Sidecar {
  description: string;
  producer: string;
  sheet: string;
  headerRows: number[];
  firstDataRow: number;
  items: number;
  /** Concept → column letter, every concept the ledger has. */
  columns: Partial<Record<Concept, string>>;
  /** null: maps with no question; else the required concepts it lacks, or the ones it makes ambiguous. */
  question: null | { missing?: Concept[]; ambiguous?: Concept[] };
}

const DIR = path.join(__dirname, 'ledgers');
const ledgers = readdirSync(DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((file) => ({ file, sidecar: JSON.parse(readFileSync(path.join(DIR, file.replace(/\.xlsx$/, '.json')), 'utf8')) as Sidecar }));

const asNumbers = (columns: Partial<Record<Concept, string>>) =>
  Object.fromEntries(Object.entries(columns).map(([concept, letters]) => [concept, columnNumber(letters as string)]));

// As long as a ledger takes: the header scan and the run of each are quick, but LibreOffice's files are not small.
jest.setTimeout(30_000);

describe('corpus of real-shaped ledgers', () => {
  it('holds at least 30 ledgers, from more than one producer', () => {
    expect(ledgers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ledgers.map((l) => l.sidecar.producer)).size).toBeGreaterThan(1);
  });

  describe.each(ledgers)('$file', ({ file, sidecar }) => {
    it(`maps the header as a clerk reads it: ${sidecar.description}`, async () => {
      const sheet = await readXlsxSnapshot(path.join(DIR, file), sidecar.sheet);
      const { mapping, missing } = detectLedger(sheet, XIANGYIN_2020);
      expect(mapping).not.toBeNull();
      expect({ headerRows: mapping?.headerRows, firstDataRow: mapping?.firstDataRow }).toEqual({
        headerRows: sidecar.headerRows,
        firstDataRow: sidecar.firstDataRow,
      });
      const expected = asNumbers(sidecar.columns);
      const ambiguous = sidecar.question?.ambiguous ?? [];
      for (const concept of ambiguous) delete expected[concept];
      expect(mapping?.columns).toEqual(expected);
      expect(Object.keys(mapping?.ambiguous ?? {}).sort()).toEqual([...ambiguous].sort());
      expect(missing).toEqual(missingRequired(mapping?.columns ?? {}));
      expect(missing.filter((c) => !ambiguous.includes(c))).toEqual(sidecar.question?.missing ?? []);
    });

    it('reads every item of the ledger once its columns are known', async () => {
      const sheet = await readXlsxSnapshot(path.join(DIR, file), sidecar.sheet);
      const detected = detectLedger(sheet, XIANGYIN_2020).mapping;
      if (detected === null) throw new Error(`${file}: no header found`);
      const mapping = { ...detected, columns: asNumbers(sidecar.columns) };
      const { items } = parseLedger(sheet, mapping, { rules: XIANGYIN_2020, ledgerYear: 2020 });
      expect(items).toHaveLength(sidecar.items);
    });
  });
});

describe('duban run on the corpus', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-corpus-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('maps at least 95% of the ledgers with no question, and stops on the rest with the exact --map to add', async () => {
    const asked: string[] = [];
    for (const { file, sidecar } of ledgers) {
      let err = '';
      const io = { stdout: () => undefined, stderr: (t: string) => void (err += t), today: () => dateOnly('2020-07-01') };
      const args = ['run', path.join(DIR, file), '--sheet', sidecar.sheet, '--out', path.join(dir, file), '--force', '--json'];
      const status = await main(args, io);
      if (sidecar.question === null) {
        expect([file, status, err]).toEqual([file, 0, '']);
      } else {
        expect([file, status]).toEqual([file, 2]);
        expect(err).toMatch(/请用 --map 指定，例如：--map \S+=/);
        asked.push(file);
      }
    }
    const rate = (ledgers.length - asked.length) / ledgers.length;
    process.stdout.write(
      `\n台账语料 / ledger corpus: ${ledgers.length} 份，${ledgers.length - asked.length} 份无须询问即识别（${(rate * 100).toFixed(1)}%）；需指定列：${asked.join('、') || '无'}\n`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('says so when a ledger has no date column at all, instead of offering a column that is not a date', async () => {
    let err = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (err += t), today: () => dateOnly('2020-07-01') };
    const file = 'p4-public-rectification-overview-layout.xlsx';
    expect(await main(['run', path.join(DIR, file), '--out', path.join(dir, file), '--force'], io)).toBe(2);
    expect(err).toBe(
      [
        'duban: 工作表「整治督办」缺少必需的列：交办时间（或办理时限）',
        '  表头（第2行）：A 序号 | B 责任单位(部门) | C 牵头单位(部门) | D 配合单位(部门) | E 督办部门(单位) | F 基本概况 | G 整治目标 | H 整治方案 | I 整治情况',
        '  请用 --map 指定，例如：--map 交办时间=列字母或表头文字（表头中没有日期列：请先在台账中加一列交办时间或办理时限）',
        '',
      ].join('\n'),
    );
  });
});
