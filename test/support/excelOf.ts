import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

/**
 * What a port has written so far, as the file it saves: its toBuffer() opened with ExcelJS, for
 * tests to inspect. A separate copy: changing it changes nothing of the port. ExcelJS reads a
 * number with a date format as a Date (see serialOf) and does not read manual page breaks.
 */
export async function excelOf(port: { toBuffer(): Promise<Buffer> }): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

/**
 * A change made between two runs as a user makes it in Excel: the port's output opened, changed,
 * saved, and loaded as a new port. The old port is left as it was. What ExcelJS cannot read
 * (manual page breaks, charts, pictures) is not in the new file.
 */
export async function withExcel(port: { toBuffer(): Promise<Buffer> }, change: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<XlsxWorkbook> {
  const wb = await excelOf(port);
  await change(wb);
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

/**
 * A cell value as the file holds it: ExcelJS reads a date-formatted serial as a Date whose UTC
 * fields are the date; this gives the serial back (1900 date system). Other values are unchanged.
 *
 * @example
 * serialOf(new Date(Date.UTC(2020, 4, 11))) // → 43962
 */
export function serialOf(value: unknown): unknown {
  return value instanceof Date ? (value.getTime() - EPOCH_1900_MS) / MS_PER_DAY : value;
}
