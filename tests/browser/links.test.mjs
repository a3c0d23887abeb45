// Every href and src of the built site resolves, from every page as it is opened
// from disk (file://) and as a web server serves it (HTTP), and from the 404 page
// served at deep URLs of missing pages. Links into a page (#id) must find their id.
// External links (other hosts, mailto:, tel:) are not followed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { pages, site } from './lib.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.xml': 'application/xml', '.txt': 'text/plain' };

let server;
let base;

before(async () => {
  // A static host: directories serve their index.html, anything missing the
  // locale's 404 page (status 404), as hosts and `luukku serve` do.
  server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(site, path.normalize(rel));
    if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      const prefix = rel.split('/')[1];
      const localized = path.join(site, prefix || '', '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(fs.readFileSync(fs.existsSync(localized) ? localized : path.join(site, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
});

after(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** The href and src values of an HTML document (entities decoded). */
function links(html) {
  const out = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) out.push(m[1].replace(/&amp;/g, '&'));
  return out;
}

const ids = new Map();
/** The ids of a built file (empty for non-HTML). */
function idsOf(file) {
  if (!ids.has(file)) {
    const html = file.endsWith('.html') ? fs.readFileSync(file, 'utf8') : '';
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
  }
  return ids.get(file);
}

const external = (url, origin) => !['file:', 'http:'].includes(url.protocol) || (url.protocol === 'http:' && url.origin !== origin);

/** What is wrong with `target` from a page opened from disk, or null. */
function brokenOnDisk(target) {
  const file = fileURLToPath(target);
  if (!fs.existsSync(file)) return 'no such file';
  if (fs.statSync(file).isDirectory()) return 'a folder (a browser shows a listing, not its index.html)';
  const hash = decodeURIComponent(target.hash.slice(1));
  if (hash && !idsOf(file).has(hash)) return `no id "${hash}"`;
  return null;
}

const is404 = (rel) => path.basename(rel) === '404.html';

test('every link and source resolves from every page opened from disk (file://)', () => {
  const broken = [];
  let checked = 0;
  // The 404 pages are served by a web server in place of missing pages, so their
  // links are paths from the site's base; they are checked over HTTP below.
  for (const rel of pages().filter((r) => !is404(r))) {
    const from = pathToFileURL(path.join(site, rel));
    for (const href of links(fs.readFileSync(path.join(site, rel), 'utf8'))) {
      const target = new URL(href, from);
      if (external(target, 'file://')) continue;
      checked++;
      const why = brokenOnDisk(target);
      if (why) broken.push(`${rel}: ${href} → ${why}`);
    }
  }
  console.log(`file://: ${checked} links checked, ${broken.length} broken`);
  assert.ok(checked > 5000, `checked ${checked} links`);
  assert.deepEqual(broken, []);
});

async function get(url) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

/** Checks every link of `html` served at `at` over HTTP. */
async function checkServed(at, html, label, cache, broken) {
  let checked = 0;
  for (const href of links(html)) {
    const target = new URL(href, at);
    if (external(target, new URL(base).origin)) continue;
    checked++;
    const key = target.href.replace(/#.*/, '');
    // A link within the page (the skip link) is checked against the page itself.
    const same = key === new URL(at).href.replace(/#.*/, '');
    if (!same && !cache.has(key)) cache.set(key, await get(key));
    const { status, body } = same ? { status: 200, body: html } : cache.get(key);
    if (status !== 200) {
      broken.push(`${label}: ${href} → HTTP ${status}`);
    } else if (target.hash) {
      const id = decodeURIComponent(target.hash.slice(1));
      if (!new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(body)) broken.push(`${label}: ${href} → no id "${id}"`);
    }
  }
  return checked;
}

test('every link and source resolves over HTTP, and from the 404 page at any depth', async () => {
  const cache = new Map();
  const broken = [];
  let checked = 0;
  for (const rel of pages()) {
    const url = base + rel.split(path.sep).join('/');
    checked += await checkServed(url, fs.readFileSync(path.join(site, rel), 'utf8'), rel, cache, broken);
  }
  // Missing pages at several depths, in every locale and outside any: the server
  // answers with a 404 page whose links must still work from there.
  const prefixes = [...new Set(pages().filter(is404).map((r) => r.split(path.sep).slice(0, -1).join('/')))];
  for (const prefix of prefixes) {
    for (const missing of ['nope.html', 'a/b/', 'a/b/c/d/missing/index.html']) {
      const url = base + (prefix ? `${prefix}/` : '') + missing;
      const { status, body } = await get(url);
      assert.equal(status, 404, url);
      checked += await checkServed(url, body, `404 at ${url.slice(base.length - 1)}`, cache, broken);
    }
  }
  console.log(`http: ${checked} links checked (${prefixes.length} 404 pages at 3 depths each), ${broken.length} broken`);
  assert.ok(prefixes.length >= 4, `found 404 pages under ${prefixes.join(', ')}`);
  assert.deepEqual(broken, []);
});
