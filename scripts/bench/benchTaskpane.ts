import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureAddinBuild, ensureOfficeStub } from '../../test/browser/buildFreshness';
import { serveDir } from '../../test/browser/serveDir';

/** The repository root (this file runs from build/bench/scripts/bench/). */
const ROOT = path.resolve(__dirname, '../../../..');

/** The local scripts taskpane.html loads (office.js comes from Microsoft's CDN and is not ours). */
async function paneScripts(dist: string): Promise<string[]> {
  const html = await fs.readFile(path.join(dist, 'taskpane.html'), 'utf8');
  // Minified HTML: the attribute may be quoted or not.
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\//.test(src));
  if (sources.length === 0) throw new Error(`${path.join(dist, 'taskpane.html')} loads no script`);
  return sources.map((src) => path.join(dist, src.split('?')[0]));
}

export interface PaneSize {
  /** Sum of each script gzipped on its own, as a server sends them. */
  gzipKB: number;
  rawKB: number;
  files: Array<{ name: string; gzipKB: number }>;
}

/** The task pane page's JavaScript, gzipped (level 9), from the production build. */
export async function benchPaneSize(): Promise<PaneSize> {
  const dist = await ensureAddinBuild(ROOT);
  const files: PaneSize['files'] = [];
  let gzip = 0;
  let raw = 0;
  for (const file of await paneScripts(dist)) {
    const body = await fs.readFile(file);
    const zipped = gzipSync(body, { level: 9 }).length;
    gzip += zipped;
    raw += body.length;
    files.push({ name: path.basename(file), gzipKB: zipped / 1024 });
  }
  return { gzipKB: gzip / 1024, rawKB: raw / 1024, files };
}

/** Chromium flags of the browser test: headless, no network of its own. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Records, inside the page, when the pane's heading first stands in the DOM with a size (rendered
 * by React), on the page's clock: performance.now() counts from the navigation's start.
 */
const RECORD_FIRST_RENDER = `(() => {
  // The deferred bundles have run by DOMContentLoaded: what comes after is onReady and React.
  document.addEventListener('DOMContentLoaded', () => { window.__domContentLoadedMs = performance.now(); });
  const seen = () => {
    const h1 = document.querySelector('#container h1');
    if (!h1 || h1.getBoundingClientRect().height === 0) return false;
    window.__firstRenderMs = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();`;

/**
 * Milliseconds from navigation to the pane's first render (its h1), in headless Chromium at
 * 320 px, office.js answered by the browser test's stub; each load in a fresh context (no cache).
 * One untimed load first (Chromium's own start-up), then the median of `repeat`.
 */
export interface FirstRender {
  median: number;
  all: number[];
  /** DOMContentLoaded of the median load: the bundles downloaded, parsed and run. */
  scriptsMs: number;
}

export async function benchFirstRender(repeat = 5): Promise<FirstRender> {
  const [stub, dist] = await Promise.all([ensureOfficeStub(ROOT), ensureAddinBuild(ROOT)]);
  // Served from a copy: a rebuild swapped in meanwhile cannot pull files from under the page.
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-bench-pane-'));
  const served = path.join(tempDir, 'dist');
  await fs.cp(dist, served, { recursive: true });
  const server = await serveDir(served);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const once = async (): Promise<{ render: number; scripts: number }> => {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      try {
        const errors: string[] = [];
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith(`${server.origin}/`)) return route.continue();
          if (url.startsWith('https://appsforoffice.microsoft.com/')) {
            return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: stub });
          }
          errors.push(`blocked ${url}`);
          return route.abort('blockedbyclient');
        });
        await context.addInitScript(RECORD_FIRST_RENDER);
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${server.origin}/taskpane.html`);
        await page.locator('#container h1').waitFor({ state: 'visible', timeout: 30_000 });
        type Marks = { __firstRenderMs?: number; __domContentLoadedMs?: number };
        const marks = await page
          .waitForFunction(() => {
            const w = window as unknown as Marks;
            return w.__firstRenderMs !== undefined && w.__domContentLoadedMs !== undefined && { render: w.__firstRenderMs, scripts: w.__domContentLoadedMs };
          })
          .then((h) => h.jsonValue());
        if (errors.length > 0) throw new Error(`task pane: ${errors.join('; ')}`);
        if (marks === false) throw new Error('task pane: no render time recorded');
        return marks;
      } finally {
        await context.close();
      }
    };
    await once();
    const loads: Array<{ render: number; scripts: number }> = [];
    for (let i = 0; i < repeat; i++) loads.push(await once());
    const median = [...loads].sort((a, b) => a.render - b.render)[Math.floor(loads.length / 2)];
    return { median: median.render, all: loads.map((l) => l.render), scriptsMs: median.scripts };
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(tempDir, { recursive: true, force: true });
  }
}
