import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** manifest.xml of the repository: the nearest one up from here (tests run from source, the bench from build/bench). */
function findManifest(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'manifest.xml');
    if (existsSync(file) && existsSync(join(dir, 'package.json'))) return file;
    if (dirname(dir) === dir) throw new Error(`manifest.xml not found above ${from}`);
  }
}

/**
 * The ExcelApi MinVersion manifest.xml requires: what the add-in may use without a feature check,
 * and so the fake Excel's version unless a test asks for another. (The browser stub's bundle gets
 * the same value from test/browser/webpack.stub.config.js, which reads the manifest at build.)
 */
export const MANIFEST_EXCEL_API: string = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(readFileSync(findManifest(__dirname), 'utf8'))?.[1] ?? '1.1';
