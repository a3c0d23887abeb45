// The forgiving half of `cargo bench --bench search`: for groups of queries (exact,
// typo, compound, synonym), in headless Chromium over HTTP with an empty cache,
// the bytes a query downloads (the client scripts included, the page and its UI
// apart), the time to its first result (the first query on a fresh page, cold)
// and the time of the next query of its group on the same page (warm).
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
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
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
    const warm = await page.evaluate(run, queries[(i + 1) % queries.length]);
    out.push({
      query: queries[i], first: cold.first,
      bytes: bytes.reduce((n, s) => n + s.bytes, 0),
      client: bytes.filter((s) => isClient(s.path)).reduce((n, s) => n + s.bytes, 0),
      files: sent.length, typoFiles: typoFiles.length, typoBytes: typoFiles.reduce((n, s) => n + s.bytes, 0),
      coldMs: cold.ms, warmMs: warm.ms,
    });
    await context.close();
  }
  report[group] = {
    queries: out,
    medianBytes: median(out.map((o) => o.bytes)),
    maxBytes: Math.max(...out.map((o) => o.bytes)),
    medianColdMs: median(out.map((o) => o.coldMs)),
    medianWarmMs: median(out.map((o) => o.warmMs)),
    maxWarmMs: Math.max(...out.map((o) => o.warmMs)),
  };
}
await browser.close();
server.close();
console.log(JSON.stringify(report));
