// Every page passes the Nu HTML Checker (vnu-jar) with no errors, and the markup
// keeps to a strict Content-Security-Policy: no inline script (JSON-LD data
// excepted), no <style> element, no style= attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pages, site } from './lib.mjs';

const require = createRequire(import.meta.url);

test('every page passes the Nu HTML Checker with no errors', () => {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const all = pages();
  assert.ok(all.length > 100, `expected the whole bundled site, found ${all.length} pages`);
  // Every page by name; --verbose writes the name of each file checked to stdout,
  // the JSON report goes to stderr (exit 1 when it has errors).
  const run = spawnSync('java', ['-jar', jar, '--verbose', '--errors-only', '--format', 'json', ...all.map((rel) => path.join(site, rel))],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.error, undefined, `java could not run: ${run.error}`);
  const report = run.stderr.trim();
  assert.ok(report.includes('{'), `vnu wrote no JSON report (exit ${run.status}): ${report.slice(0, 500)}`);
  const messages = JSON.parse(report.slice(report.indexOf('{'))).messages;
  const where = (m) => path.relative(site, decodeURIComponent((m.url || '').replace('file:', '')));
  // Errors in a page, and files vnu could not check at all (non-document-error).
  const problems = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  const checked = new Set(run.stdout.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => path.relative(site, l.replace(/^file:/, ''))));
  const unchecked = all.filter((rel) => !checked.has(rel));
  console.log(`vnu: ${checked.size} of ${all.length} pages checked, ${problems.filter((m) => m.type === 'error').length} errors, ` +
    `${problems.filter((m) => m.type === 'non-document-error').length} non-document errors`);
  assert.deepEqual(problems.slice(0, 20).map((m) => `${where(m)}:${m.lastLine ?? 0}: ${m.type}: ${m.message}`), []);
  assert.deepEqual(unchecked.slice(0, 20), [], `${unchecked.length} pages were not checked`);
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
