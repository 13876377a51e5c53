/**
 * TEST helper: the production build of the add-in as it would be deployed, for the security checks
 * on what ships. A deployable build needs DUBAN_ADDIN_URL (webpack.config.js re-points the manifest
 * there), so this builds with a county-intranet-shaped address of its own, into build/security-dist
 * rather than dist/ (another test may be building or serving dist/ at the same moment, and webpack
 * cleans its output folder). The build is reused while it is newer than every input, so the second
 * time-zone pass of the suite does not build again.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { isBuildFresh } from '../browser/buildFreshness';

export const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'build', 'security-dist');
const WEBPACK = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
/** The deployment address the test build is made for (any https address of the county's own will do). */
export const DEPLOYMENT_URL = 'https://duban.xiangyin.gov.cn/addin/';
/** The files of a build these checks read: the three bundles, the page that loads them, the manifest. */
export const BUNDLES = ['taskpane.js', 'functions.js', 'commands.js'] as const;
const FILES = [...BUNDLES, 'taskpane.html', 'manifest.xml'];
/** A production build on the shared 2-core machine takes 1–2 minutes. */
export const BUILD_TIMEOUT_MS = 300_000;

const run = promisify(execFile);

function isFresh(dir: string): boolean {
  return FILES.every((f) => existsSync(path.join(dir, f))) && isBuildFresh(ROOT, path.join(dir, 'taskpane.js'));
}

async function readAll(dir: string): Promise<Record<string, string>> {
  const entries = await Promise.all(FILES.map(async (f) => [f, await fs.readFile(path.join(dir, f), 'utf8')] as const));
  return Object.fromEntries(entries);
}

export interface BuiltAddin {
  /** File name → text, for the FILES above. */
  files: Record<string, string>;
  /** Where they were read. */
  from: string;
}

/** The deployable production build, made (or reused when fresh) in build/security-dist. */
export async function loadBuiltAddin(): Promise<BuiltAddin> {
  if (!isFresh(OUT)) {
    await run(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', OUT], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DUBAN_ADDIN_URL: DEPLOYMENT_URL },
    });
  }
  return { files: await readAll(OUT), from: OUT };
}
