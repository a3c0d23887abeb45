// Stemmer parity at scale: the client's Snowball stemmers (src/search/client/
// stem-*.js, ports of the Snowball sources that the pinned frostem crate compiles)
// stem every distinct word form of a generated 10,000-page site (about 10,000
// forms per language, benches/search_gen_content.py, deterministic) exactly as the
// Rust analyzer does. One mismatch fails. (The bundled site's own text is compared
// word for word in search.test.mjs.)
//
// Needs python3 and the bundled site built into public/ (tests/run does it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, repo, fileUrl } from './lib.mjs';

const bin = process.env.LUUKKU_BIN || ['debug', 'release']
  .map((profile) => path.join(repo, 'target', profile, 'luukku'))
  .filter((file) => fs.existsSync(file))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0] || 'luukku';
const HOME = { fi: 'fi/index.html', sv: 'sv/index.html', en: 'en/index.html', 'fi-selko': 'selko/index.html' };

let browser, generated;
before(async () => {
  browser = await launch();
  generated = fs.mkdtempSync(path.join(os.tmpdir(), 'luukku-stemmers-'));
  execFileSync('python3', [path.join(repo, 'benches', 'search_gen_content.py'), '--n', '10000', '--out', generated],
    { stdio: 'ignore' });
});
after(async () => {
  await browser?.close();
  if (generated) fs.rmSync(generated, { recursive: true, force: true });
});

/** The distinct word forms of every Markdown file under `dir`. */
function forms(dir) {
  const seen = new Set();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.md')) for (const m of fs.readFileSync(full, 'utf8').matchAll(/[\p{Alphabetic}\p{N}]+/gu)) seen.add(m[0]);
    }
  };
  walk(dir);
  return Array.from(seen);
}

test('the client stems every word form of a generated 10,000-page site exactly as Rust does', async () => {
  for (const [code, home] of Object.entries(HOME)) {
    const all = forms(path.join(generated, 'hugo', 'content', code));
    const pieces = [''];
    for (const f of all) {
      if (pieces[pieces.length - 1].length + f.length > 60000) pieces.push('');
      pieces[pieces.length - 1] += f + ' ';
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fileUrl(home));
    let compared = 0;
    for (const text of pieces) {
      const rust = JSON.parse(execFileSync(bin, ['search', '--explain', '--locale', code, '--root', repo, '--', text],
        { encoding: 'utf8', maxBuffer: 64 << 20 })).words;
      const js = (await page.evaluate((t) => window.luukkuSearch.explain(t), text)).words;
      const wrong = rust.filter((w, i) => !js[i] || js[i][0] !== w[0] || js[i][1] !== w[1]);
      assert.equal(js.length, rust.length, `${code}: as many words`);
      assert.deepEqual(wrong.slice(0, 20), [], `${code}: ${wrong.length} forms stemmed differently`);
      compared += rust.length;
    }
    assert.ok(compared >= 4000 && compared >= all.length * 0.99, `${code}: only ${compared} of ${all.length} forms compared`);
    await context.close();
  }
});
