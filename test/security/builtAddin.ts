/**
 * TEST helper: the production build of the add-in as it would be deployed, for the security checks
 * on what ships. It is the build the browser test and the bench share (ensureAddinBuild), made with
 * DUBAN_ADDIN_URL set so that it has the deployable manifest, and reused while it is newer than
 * every input, so the second time-zone pass of the suite does not build again.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEPLOYMENT_URL, ensureAddinBuild } from '../browser/buildFreshness';

export const ROOT = path.resolve(__dirname, '../..');
/** The deployment address the build is made for. */
export { DEPLOYMENT_URL };
/** The files of a build these checks read: the bundles, the page that loads them, the manifest. */
export const BUNDLES = ['taskpane.js', 'functions.js', 'shared.js', 'commands.js'] as const;
const FILES = [...BUNDLES, 'taskpane.html', 'manifest.xml'];
/** A production build on the shared 2-core machine takes 1–2 minutes. */
export const BUILD_TIMEOUT_MS = 300_000;

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

/** The deployable production build, made (or reused when fresh) by ensureAddinBuild. */
export async function loadBuiltAddin(): Promise<BuiltAddin> {
  const out = await ensureAddinBuild(ROOT);
  return { files: await readAll(out), from: out };
}
