// Every page passes the Nu HTML Checker (vnu-jar) with no errors, and the markup
// keeps to a strict Content-Security-Policy: no inline script (JSON-LD data
// excepted), no <style> element, no style= attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pages, site } from './lib.mjs';

const require = createRequire(import.meta.url);

test('every page passes the Nu HTML Checker with no errors', () => {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  let report;
  try {
    report = execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', site], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    // vnu exits 1 when it finds errors and writes its JSON report to stderr.
    report = e.stderr || e.stdout;
  }
  const text = report.trim() || '{"messages":[]}';
  const messages = JSON.parse(text.slice(text.indexOf('{'))).messages.filter((m) => m.type === 'error');
  const summary = messages.slice(0, 20).map((m) => `${path.relative(site, decodeURIComponent((m.url || '').replace('file:', '')))}:${m.lastLine}: ${m.message}`);
  console.log(`vnu: ${pages().length} pages checked, ${messages.length} errors`);
  assert.deepEqual(summary, []);
});

test('no page needs an inline script or style (strict CSP)', () => {
  const problems = [];
  for (const rel of pages()) {
    const html = fs.readFileSync(path.join(site, rel), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1];
      if (!/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs)) problems.push(`${rel}: inline <script>`);
    }
    if (/<style\b/.test(html)) problems.push(`${rel}: <style> element`);
    if (/\sstyle=/.test(html)) problems.push(`${rel}: style= attribute`);
    if (/\son[a-z]+=/.test(html)) problems.push(`${rel}: inline event handler`);
  }
  assert.deepEqual(problems, []);
});
