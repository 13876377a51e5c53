import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The ExcelApi MinVersion manifest.xml requires: what the add-in may use without a feature check,
 * and so the fake Excel's version unless a test asks for another. (The browser stub's bundle gets
 * the same value from test/browser/webpack.stub.config.js, which reads the manifest at build.)
 */
export const MANIFEST_EXCEL_API: string = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8'))?.[1] ?? '1.1';
