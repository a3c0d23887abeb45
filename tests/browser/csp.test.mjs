// The site under a strict Content-Security-Policy, served over HTTP on loopback as
// a host would serve it: no page may trigger a CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch, pages, site } from './lib.mjs';

const CSP = "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain', '.svg': 'image/svg+xml', '.png': 'image/png' };

let server;
let base;
let browser;

before(async () => {
  server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(site, path.normalize(rel));
    if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'Content-Security-Policy': CSP, 'Content-Type': TYPES['.html'] });
      res.end(fs.readFileSync(path.join(site, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Security-Policy': CSP, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('no page triggers a Content-Security-Policy violation', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  // One page of every template, in every locale (the root page only redirects).
  const sample = pages().filter((rel) => rel !== 'index.html').filter((rel) => /^(index|[a-z-]+\/index|[a-z-]+\/[^/]+\/index|[a-z-]+\/404)\.html$/.test(rel.split(path.sep).join('/')) || rel.includes('bussikortti') || rel.includes('busskort') || rel.includes('bus-card') || rel.includes('johdanto') || rel.includes('introduction') || rel.includes('inledning'));
  assert.ok(sample.length >= 40, `sampled ${sample.length} pages`);
  for (const rel of sample) {
    const response = await page.goto(base + rel.split(path.sep).join('/'));
    assert.equal(response.headers()['content-security-policy'], CSP);
    await page.waitForLoadState('load');
  }
  await context.close();
  console.log(`csp: ${sample.length} pages loaded under "${CSP}", ${violations.length} violations`);
  assert.deepEqual(violations, []);
});
