import { fakeWorkbookFrom, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import { OfficeWriteError, officeWriteMessage, toWriteError } from './officeErrors';
import { OfficeWorkbook } from './officeWorkbook';

const richApiError = (code: string, message: string) => Object.assign(new Error(message), { name: 'RichApi.Error', code });
describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('officeWriteMessage', () => {
    it('says a protected or read-only sheet refused the write, and how to unprotect it', () => {
      expect(officeWriteMessage('AccessDenied', '台账')).toBe(
        '工作表「台账」受保护或工作簿为只读，未能写入：请先撤消工作表保护（审阅 → 撤消工作表保护），或以可编辑方式打开工作簿，再重试',
      );
    });

    it('names the sheet for a request too large and a sheet gone', () => {
      expect(officeWriteMessage('RequestPayloadSizeLimitExceeded', '督办单登记')).toBe(
        '要写入工作表「督办单登记」的内容超出了 Excel 单次请求的大小上限，分批写入后仍未成功：请减少行数后重试',
      );
      expect(officeWriteMessage('ItemNotFound', '2019台账')).toBe('工作表「2019台账」不存在或已被删除');
    });

    it('gives any other Excel code in a sentence, and nothing for an error that is not Excel\'s', () => {
      expect(officeWriteMessage('GeneralException', '台账')).toBe('Excel 未能完成对工作表「台账」的写入（错误代码 GeneralException），请重试');
      expect(officeWriteMessage(undefined, '台账')).toBeNull();
    });
  });

  describe('toWriteError', () => {
    it('turns an Excel error into one in Chinese, keeping the code and the original', () => {
      const original = richApiError('AccessDenied', 'You cannot perform the requested operation.');
      const e = toWriteError(original, '台账');
      expect(e).toBeInstanceOf(OfficeWriteError);
      expect(e).toMatchObject({ code: 'AccessDenied', cause: original });
      expect((e as Error).message).toContain('工作表「台账」受保护');
    });

    it('passes the add-in\'s own errors through unchanged', () => {
      const own = new Error('工作表「督办单登记」不存在');
      expect(toWriteError(own, '督办单登记')).toBe(own);
    });
  });

  describe('OfficeWorkbook on a protected sheet', () => {
    it('refuses writing the status column in words, and changes nothing', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['督办事项', '责任单位', '交办时间'], ['修路', '县交通局', 43897]] });
      fake.protectSheet('台账');
      const before = fake.dump();
      const range = { top: 2, left: 1, bottom: 2, right: 4 };
      const write = new OfficeWorkbook(fake.run).writeLedgerDecoration({
        sheet: '台账',
        column: 4,
        headerRows: [1],
        firstDataRow: 2,
        lastDataRow: 2,
        values: ['红'],
        range,
        rules: [{ range, formula: '$D2="红"', fill: 'FFC7CE', fontColor: '9C0006' }],
      });
      await expect(write).rejects.toThrow('工作表「台账」受保护或工作簿为只读，未能写入');
      expect(fake.dump()).toBe(before);
    });

    it('still adds the add-in\'s own sheets', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['督办事项']] });
      fake.protectSheet('台账');
      expect(await new OfficeWorkbook(fake.run).addSheet({ name: '单位得分 2020', rows: [[{ value: '单位' }]] })).toBe('单位得分 2020');
      expect(fake.values('单位得分 2020', 'A1')).toEqual([['单位']]);
    });
  });
});
