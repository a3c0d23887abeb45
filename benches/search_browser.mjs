// The browser half of `cargo bench --bench search`: for each query, in a fresh
// headless Chromium context (empty cache), the bytes downloaded and the time taken
// by luukku's search and, when the site also holds a Pagefind index (pagefind/), by
// Pagefind's, over HTTP from a local server that counts every byte it sends.
//
//   node benches/search_browser.mjs SITE_DIR PAGE QUERIES_JSON RESULTS
//
// PAGE is the page both searches run on (its <html lang> picks Pagefind's language),
// RESULTS how many results' data each loads. Prints one JSON object.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'tests', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const [siteDir, pagePath, queriesJson, resultsArg] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);
const results = Number(resultsArg || 5);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm' };

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

const sum = (list, keep) => list.filter((s) => keep(s.path)).reduce((n, s) => n + s.bytes, 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };

async function measure(name, run, isClient) {
  const out = [];
  for (let i = 0; i < queries.length; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    sent = [];
    await page.goto(base + pagePath, { waitUntil: 'load' });
    const atLoad = sent;
    sent = [];
    const q = queries[i], next = queries[(i + 1) % queries.length];
    const cold = await page.evaluate(run, { q, results });
    const queryFiles = sent;
    sent = [];
    const warm = await page.evaluate(run, { q: next, results });
    out.push({
      query: q,
      hits: cold.hits,
      client: sum(atLoad, isClient.client) + sum(queryFiles, isClient.client),
      ui: sum(atLoad, isClient.ui),
      data: sum(queryFiles, (p) => !isClient.client(p)),
      files: queryFiles.length,
      coldMs: cold.ms,
      warmMs: warm.ms,
    });
    await context.close();
  }
  const perQuery = out.map((o) => o.client + o.data);
  return {
    name,
    queries: out,
    medianBytesPerQuery: median(perQuery),
    medianClientBytes: median(out.map((o) => o.client)),
    medianDataBytes: median(out.map((o) => o.data)),
    uiBytes: median(out.map((o) => o.ui)),
    medianColdMs: median(out.map((o) => o.coldMs)),
    medianWarmMs: median(out.map((o) => o.warmMs)),
  };
}

const report = {};
report.luukku = await measure('luukku', async ({ q, results }) => {
  const t0 = performance.now();
  const hits = await window.luukkuSearch.search(q, { limit: results });
  return { ms: performance.now() - t0, hits: hits.length };
}, {
  client: (p) => /assets\/search-(engine|stem-[a-z]+)\.[0-9a-f]+\.js$/.test(p),
  ui: (p) => /assets\/search\.[0-9a-f]+\.(js|css)$/.test(p),
});

if (fs.existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))) {
  report.pagefind = await measure('pagefind', async ({ q, results }) => {
    const t0 = performance.now();
    window.pf = window.pf || await import('/pagefind/pagefind.js');
    await window.pf.init();
    const search = await window.pf.search(q);
    const data = await Promise.all(search.results.slice(0, results).map((r) => r.data()));
    return { ms: performance.now() - t0, hits: data.length };
  }, {
    client: (p) => /^pagefind\/(pagefind\.js|wasm\.[^/]+\.pagefind)$/.test(p),
    ui: () => false,
  });
  report.pagefind.uiBytes = ['pagefind-ui.js', 'pagefind-ui.css']
    .map((f) => path.join(siteDir, 'pagefind', f))
    .filter((f) => fs.existsSync(f))
    .reduce((n, f) => n + fs.statSync(f).size, 0);
}

await browser.close();
server.close();
console.log(JSON.stringify(report));
