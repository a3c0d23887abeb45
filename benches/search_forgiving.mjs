// The forgiving half of `cargo bench --bench search`: for groups of queries (exact,
// typo, compound, synonym), in headless Chromium over HTTP with an empty cache,
// the bytes a query downloads (the client scripts included, the page and its UI
// apart), the time to its first result (the first query on a fresh page, cold)
// the time of the next query of its group on the same page (warm: the client is
// loaded, the new query's data is not), and the time of the same query again
// (repeat: everything is loaded, so the client's own work), and the same query on
// a second visit (cached: a new page, the browser's cache holding its files).
//
// Playwright drives Chromium through the DevTools protocol, which reports every
// request to this script as it happens; on a 2-core machine that traffic costs
// a few milliseconds per file loaded, which no reader's browser pays. So the cold
// and warm times are measured a second time in a Chromium with no DevTools client
// (`plain`): a fresh profile per query, the page given a small script that runs,
// a second after the page has loaded, the query and the next one of its group
// and posts their times back here.
//
//   node benches/search_forgiving.mjs SITE_DIR PAGE GROUPS_JSON
//
// GROUPS_JSON is {"exact": [queries], "typo": [...], ...}. Prints one JSON object:
// per group the medians and every query's figures.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const [siteDir, pagePath, groupsJson] = process.argv.slice(2);
const groups = JSON.parse(groupsJson);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let sent = [];
// The plain runs: the queries the injected script runs, and where its times go.
let plainQueries = null, plainDone = null;
const plainScript = () => `(async function () {
  var qs = ${JSON.stringify(plainQueries)}, out = [];
  // A reader types a second or so after the page has loaded, when the browser
  // is done setting up a fresh profile.
  await new Promise(function (r) { setTimeout(r, 1000); });
  for (var i = 0; i < qs.length; i++) {
    var t0 = performance.now();
    await window.luukkuSearch.search(qs[i], { limit: 5 });
    out.push(performance.now() - t0);
  }
  await fetch('/__plain-result', { method: 'POST', body: JSON.stringify(out) });
})();`;
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  if (rel === '__plain-result') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => { res.end(); plainDone(JSON.parse(body)); });
    return;
  }
  if (rel === '__plain.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end(plainScript());
    return;
  }
  const file = path.join(siteDir, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
  if (!file.startsWith(siteDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404);
    res.end();
    return;
  }
  let body = fs.readFileSync(file);
  sent.push({ path: rel, bytes: body.length });
  if (plainQueries && rel === pagePath) {
    body = Buffer.from(body.toString().replace('</body>', '<script src="/__plain.js" defer></script></body>'));
  }
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
// Runs `queries` one after another on a fresh page of a Chromium with no DevTools
// client and a fresh profile; resolves to their times.
const plain = async (queries) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'luukku-plain-'));
  plainQueries = queries;
  const times = new Promise((resolve) => { plainDone = resolve; });
  const chromium = spawn(process.env.CHROMIUM || '/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', `--user-data-dir=${profile}`, base + pagePath,
  ], { stdio: 'ignore', detached: true });
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no times for ${queries}`)), 60000); });
  try {
    return await Promise.race([times, timeout]);
  } finally {
    clearTimeout(timer);
    plainQueries = null;
    const exited = new Promise((r) => chromium.once('exit', r));
    process.kill(-chromium.pid, 'SIGKILL'); // its whole process group
    await exited;
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
};
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
  for (let i = 0; i < queries.length; i++) {
    const [cold, warm] = await plain([queries[i], queries[(i + 1) % queries.length]]);
    Object.assign(out[i], { plainColdMs: cold, plainWarmMs: warm });
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
    medianPlainColdMs: median(out.map((o) => o.plainColdMs)),
    medianPlainWarmMs: median(out.map((o) => o.plainWarmMs)),
    maxPlainWarmMs: Math.max(...out.map((o) => o.plainWarmMs)),
  };
}
await browser.close();
server.close();
console.log(JSON.stringify(report));
