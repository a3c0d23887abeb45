// The forgiving half of `cargo bench --bench search`: for groups of queries (exact,
// typo, compound, synonym), in headless Chromium over HTTP with an empty cache,
// the bytes a query downloads (the client scripts included, the page and its UI
// apart), the time to its first result (the first query on a fresh page, cold)
// the time of the next query of its group on the same page (warm: the client is
// loaded, the new query's data is not), and the time of the same query again
// (repeat: everything is loaded, so the client's own work), and the same query on
// a second visit (cached: a new page, the browser's cache holding its files).
//
//   node benches/search_forgiving.mjs SITE_DIR PAGE GROUPS_JSON
//
// GROUPS_JSON is {"exact": [queries], "typo": [...], ...}. Prints one JSON object:
// per group the medians and every query's figures.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const [siteDir, pagePath, groupsJson] = process.argv.slice(2);
const groups = JSON.parse(groupsJson);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let sent = [];
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  const file = path.join(siteDir, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
  if (!file.startsWith(siteDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404);
    res.end();
    return;
  }
  const body = fs.readFileSync(file);
  sent.push({ path: rel, bytes: body.length });
  // Cacheable, as a host serves the hashed index folder; every measured query but
  // the last starts in a fresh browser context, whose cache is empty.
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
const isClient = (p) => /assets\/search-(engine|forgive|stem-[a-z]+)\.[0-9a-f]+\.js$/.test(p);
const isData = (p) => p.startsWith('search/');
const run = async (q) => {
  const t0 = performance.now();
  const hits = await window.luukkuSearch.search(q, { limit: 5 });
  return { ms: performance.now() - t0, first: hits[0] ? hits[0].key : null };
};

const report = {};
for (const [group, queries] of Object.entries(groups)) {
  const out = [];
  for (let i = 0; i < queries.length; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    sent = [];
    await page.goto(base + pagePath, { waitUntil: 'load' });
    const atLoad = sent;
    sent = [];
    const cold = await page.evaluate(run, queries[i]);
    const bytes = [...atLoad, ...sent].filter((s) => isClient(s.path) || isData(s.path));
    const typoFiles = sent.filter((s) => /\/k\d+\.js$/.test(s.path));
    // The same query again: everything it needs is loaded, so this is the client's own work.
    const repeat = await page.evaluate(run, queries[i]);
    const warm = await page.evaluate(run, queries[(i + 1) % queries.length]);
    out.push({
      query: queries[i], first: cold.first,
      bytes: bytes.reduce((n, s) => n + s.bytes, 0),
      client: bytes.filter((s) => isClient(s.path)).reduce((n, s) => n + s.bytes, 0),
      files: sent.length, typoFiles: typoFiles.length, typoBytes: typoFiles.reduce((n, s) => n + s.bytes, 0),
      coldMs: cold.ms, warmMs: warm.ms, repeatMs: repeat.ms,
    });
    // A second visit: a new page in the same browser, its cache holding what the
    // query loaded; the same query again, the client starting afresh.
    const again = await context.newPage();
    await again.goto(base + pagePath, { waitUntil: 'load' });
    const cached = await again.evaluate(run, queries[i]);
    out[out.length - 1].cachedMs = cached.ms;
    await context.close();
  }
  report[group] = {
    queries: out,
    medianBytes: median(out.map((o) => o.bytes)),
    maxBytes: Math.max(...out.map((o) => o.bytes)),
    medianColdMs: median(out.map((o) => o.coldMs)),
    medianWarmMs: median(out.map((o) => o.warmMs)),
    maxWarmMs: Math.max(...out.map((o) => o.warmMs)),
    medianRepeatMs: median(out.map((o) => o.repeatMs)),
    medianCachedMs: median(out.map((o) => o.cachedMs)),
    maxCachedMs: Math.max(...out.map((o) => o.cachedMs)),
    maxRepeatMs: Math.max(...out.map((o) => o.repeatMs)),
  };
}
await browser.close();
server.close();
console.log(JSON.stringify(report));
