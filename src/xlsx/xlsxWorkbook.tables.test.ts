import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { XlsxWorkbook } from './xlsxWorkbook';

/** The tables' XML of a package, by part name. */
async function tableParts(data: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
  return Promise.all(names.map((n) => (zip.file(n) as JSZip.JSZipObject).async('string')));
}

describe('XlsxWorkbook with an Excel table written by LibreOffice', () => {
  // LibreOffice saves a named range as a table with no <tableStyleInfo>; ExcelJS alone fails to write it back.
  const input = readFileSync(path.join(__dirname, '../../test/corpus/ledgers/m38-deputy-suggestions-2025-lo-table.xlsx'));

  it('keeps the table part as it was, byte for byte, still without a table style', async () => {
    const [before] = await tableParts(input);
    expect(before).not.toContain('tableStyleInfo');
    const workbook = await XlsxWorkbook.load(input);
    const [after] = await tableParts(await workbook.toBuffer());
    expect(after).toBe(before);
  });
});
