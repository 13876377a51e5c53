/**
 * What ships: the production bundles and the manifest that `npm run build` writes to dist/.
 *
 * The bundles make no network calls: the add-in works on the open workbook only (README: no
 * network at run time). office.js itself talks to Office, but it is loaded by taskpane.html from
 * Microsoft's CDN and is not part of dist/.
 *
 * Checked on the production bundles (see builtAddin.ts for when a build is made). Today the
 * bundles (our code, React, Fluent UI, chinese-days) contain none of these names at all, not even
 * in dead code, so there is no allowlist: a library update that brings one in fails here and its
 * use must be looked at before it is allowed.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUILD_TIMEOUT_MS, BUNDLES, DEPLOYMENT_URL, ROOT, loadBuiltAddin, type BuiltAddin } from './builtAddin';

interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}
/** The checks of `npm run validate`, reused rather than written twice. */
const validator = createRequire(__filename)(path.join(ROOT, 'scripts/validate-manifest.js')) as {
  parseXml(text: string): XmlElement;
  checkManifest(root: XmlElement): string[];
};

/** Browser APIs that reach the network (a bare `fetch` too: `globalThis.fetch`, `self["fetch"]`). */
const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts'];

/**
 * Addresses a bundle may spell out, none of them requested: XML namespace names React DOM uses for
 * SVG/MathML elements, and the page React's minified error messages point the reader to.
 */
const ALLOWED_URLS = [
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/XML/1998/namespace',
  'https://reactjs.org/docs/error-decoder.html?invariant=',
];

/** Each place a name occurs as a whole word, with some text around it to tell what it is. */
function occurrences(text: string, name: string): string[] {
  const found: string[] = [];
  const word = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g');
  for (const m of text.matchAll(word)) found.push(text.slice(Math.max(0, m.index - 40), m.index + name.length + 40));
  return found;
}

let built: BuiltAddin;

beforeAll(async () => {
  built = await loadBuiltAddin();
}, BUILD_TIMEOUT_MS);

describe('the production bundles', () => {
  it.each(BUNDLES.map((b) => [b]))('%s calls no network API', (bundle) => {
    const text = built.files[bundle];
    expect(text.length).toBeGreaterThan(1000);
    const found = Object.fromEntries(NETWORK_APIS.map((name) => [name, occurrences(text, name)]));
    expect(found).toEqual(Object.fromEntries(NETWORK_APIS.map((name) => [name, []])));
  });

  it.each(BUNDLES.map((b) => [b]))('%s names no address beyond the known, never-requested ones', (bundle) => {
    const urls = [...new Set(built.files[bundle].match(/\b(?:https?|wss?):\/\/[^\s"'`)<>\\]*/g) ?? [])];
    expect(urls.filter((u) => !ALLOWED_URLS.includes(u))).toEqual([]);
  });

  it('are loaded by a page whose only outside script is office.js from Microsoft', () => {
    const html = built.files['taskpane.html'];
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'shared.js', 'commands.js', 'taskpane.js']);
    // Nothing else is pulled in from outside: no stylesheets, images, frames or inline handlers to a host.
    expect(html.match(/\b(?:href|src)=["']?https?:\/\/[^"'\s>]+/g)).toEqual(['src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});

/** Every address the manifest gives Office to load (attribute values and texts; not xmlns names). */
function manifestUrls(el: XmlElement): string[] {
  const values = Object.entries(el.attrs)
    .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .map(([, v]) => v);
  if (el.children.length === 0) values.push(el.text);
  const own = values.flatMap((v) => v.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi) ?? []);
  return [...own, ...el.children.flatMap(manifestUrls)];
}

describe('the production manifest (dist/manifest.xml of a build with DUBAN_ADDIN_URL)', () => {
  const root = () => validator.parseXml(built.files['manifest.xml']);

  it('passes the checks of npm run validate: https only, no placeholder domain, well-formed', () => {
    expect(validator.checkManifest(root())).toEqual([]);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    const permissions = root().children.filter((c) => c.local === 'Permissions');
    expect(permissions.map((p) => p.text.trim())).toEqual(['ReadWriteDocument']);
  });

  it('points Office at a deployment, not at the dev server on localhost', () => {
    const urls = manifestUrls(root());
    expect(urls.length).toBeGreaterThan(0);
    const local = urls.filter((u) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])([:/]|$)/i.test(u));
    expect(local).toEqual([]);
  });

  it('points every address at the deployment it was built for (DUBAN_ADDIN_URL)', () => {
    expect(manifestUrls(root()).filter((u) => !u.startsWith(DEPLOYMENT_URL))).toEqual([]);
  });
});
