/**
 * TEST and bench helper: the one production build of the add-in that the browser test, the
 * security checks and the bench share, and the office.js stub bundle. A build is reused while its
 * output is newer than every input of the build, so a test run (or the bench) builds at most once.
 */
import { execFile } from 'node:child_process';
import { existsSync, promises as fs, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** What the webpack build of the add-in reads, relative to the repository root. */
export const ADDIN_BUILD_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json', 'tsconfig.json'];

/** Newest modification time under the given files and folders (one deleted meanwhile is skipped). */
export function newestMtime(paths: readonly string[]): number {
  let latest = 0;
  const visit = (p: string) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (stat === undefined) return;
    if (stat.isDirectory()) for (const entry of readdirSync(p)) visit(path.join(p, entry));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const p of paths) visit(p);
  return latest;
}

/** `output` exists and is newer than every one of `inputs` (relative to `root`). */
export function isBuildFresh(root: string, output: string, inputs: readonly string[] = ADDIN_BUILD_INPUTS): boolean {
  return existsSync(output) && statSync(output).mtimeMs >= newestMtime(inputs.map((p) => path.join(root, p)));
}

/** The deployment address the shared build is made for (any https address of the county's own will do). */
export const DEPLOYMENT_URL = 'https://duban.xiangyin.gov.cn/addin/';
/** Where the shared build goes, relative to the root: never dist/, which `npm run build` cleans. */
export const ADDIN_BUILD_DIR = 'build/addin-dist';
/** What a complete build has: the bundles (shared.js: what the ribbon's and the pane's have in common), the page that loads them, the deployable manifest. */
export const ADDIN_BUILD_FILES = ['taskpane.js', 'functions.js', 'shared.js', 'commands.js', 'taskpane.html', 'manifest.xml'] as const;
/** What the office.js stub bundle (officeStub.ts over the fake Excel) reads. */
const STUB_INPUTS = ['test/browser/officeStub.ts', 'test/browser/manifestExcelApi.browser.ts', 'test/browser/webpack.stub.config.js', 'manifest.xml', 'test/fakes', 'test/taskpane', 'src'];
/** A lock older than this is a crashed holder's (a production build takes 1–2 minutes). */
const LOCK_STALE_MS = 10 * 60_000;

const run = promisify(execFile);
const webpack = (root: string) => path.join(root, 'node_modules/webpack-cli/bin/cli.js');

/** Whether the process that wrote a lock is gone (an unreadable pid counts as alive). */
function holderGone(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) return true;
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs `work` while holding `lock` (a directory: mkdir is atomic), so that jest workers running
 * the browser and the security tests side by side, or the bench, do not build the same thing at
 * once. A lock left by a crashed process is taken over.
 */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      await fs.mkdir(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (holderGone(lock)) await fs.rm(lock, { recursive: true, force: true });
    else await new Promise((r) => setTimeout(r, 500));
  }
  try {
    await fs.writeFile(path.join(lock, 'pid'), String(process.pid));
    return await work();
  } finally {
    await fs.rm(lock, { recursive: true, force: true });
  }
}

/**
 * Builds with `build(into)` into a fresh folder next to `out` and then swaps it in, so a reader
 * never sees a half-written build. The output is dated to the build's start: a source saved while
 * webpack ran leaves it stale.
 */
async function buildAndSwap(out: string, marker: string, build: (into: string) => Promise<void>): Promise<void> {
  const started = new Date();
  const partial = `${out}.partial`;
  await fs.rm(partial, { recursive: true, force: true });
  await build(partial);
  await fs.utimes(path.join(partial, marker), started, started);
  await fs.rm(out, { recursive: true, force: true });
  await fs.rename(partial, out);
}

function isAddinBuildFresh(root: string, out: string): boolean {
  if (!ADDIN_BUILD_FILES.every((f) => existsSync(path.join(out, f)))) return false;
  if (!readFileSync(path.join(out, 'manifest.xml'), 'utf8').includes(DEPLOYMENT_URL)) return false;
  return isBuildFresh(root, path.join(out, 'taskpane.js'));
}

/**
 * The production build of the add-in as it would be deployed (DUBAN_ADDIN_URL set, so it has the
 * re-pointed manifest), in build/addin-dist: made when missing or stale, else reused. Returns its
 * folder. `root` is the repository root (the bench runs compiled from elsewhere).
 */
export async function ensureAddinBuild(root: string): Promise<string> {
  const out = path.join(root, ADDIN_BUILD_DIR);
  if (isAddinBuildFresh(root, out)) return out;
  await withLock(`${out}.lock`, async () => {
    if (isAddinBuildFresh(root, out)) return; // built by whoever held the lock before
    await buildAndSwap(out, 'taskpane.js', async (into) => {
      await run(process.execPath, [webpack(root), '--mode', 'production', '--output-path', into], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, DUBAN_ADDIN_URL: DEPLOYMENT_URL },
      });
    });
  });
  return out;
}

/** The browser test's office.js stub, bundled into build/office-stub when missing or stale; its text. */
export async function ensureOfficeStub(root: string): Promise<string> {
  const out = path.join(root, 'build/office-stub');
  const file = path.join(out, 'officeStub.js');
  if (!isBuildFresh(root, file, STUB_INPUTS)) {
    await withLock(`${out}.lock`, async () => {
      if (isBuildFresh(root, file, STUB_INPUTS)) return;
      await buildAndSwap(out, 'officeStub.js', async (into) => {
        const config = path.join(root, 'test/browser/webpack.stub.config.js');
        await run(process.execPath, [webpack(root), '--config', config, '--env', `out=${into}`], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
      });
    });
  }
  return fs.readFile(file, 'utf8');
}
