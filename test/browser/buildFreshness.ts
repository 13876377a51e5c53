/**
 * TEST and bench helper: when a build of the add-in is stale. A build is reused while its output
 * is newer than every input of the build, so a test run (or the bench) builds at most once.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
