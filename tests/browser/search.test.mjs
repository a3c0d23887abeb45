// Search in the browser: the client opened from file:// ranks exactly as
// `luukku search` does, analyzes text exactly as the Rust analyzer does, loads only
// what a query needs, and the search box and page work by keyboard, announce their
// result count, fall back to the A–Ö index without JavaScript and run under a
// strict Content-Security-Policy.
//
// Needs the bundled site built into public/ (tests/run does it) and the binary that
// built it: LUUKKU_BIN, or else the newer of target/debug/luukku and
// target/release/luukku.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { launch, repo, site, fileUrl } from './lib.mjs';

const bin = process.env.LUUKKU_BIN || ['debug', 'release']
  .map((profile) => path.join(repo, 'target', profile, 'luukku'))
  .filter((file) => fs.existsSync(file))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0] || 'luukku';
const root = process.env.LUUKKU_ROOT || repo;

const HOME = { fi: 'fi/index.html', sv: 'sv/index.html', en: 'en/index.html', 'fi-selko': 'selko/index.html' };

// Queries for the parity test: inflected, without diacritics, half-typed, compounds,
// several words, words the site does not have, and nothing at all; then typos (one
// and two edits, swaps), compounds the site never writes and everyday synonyms.
const FORGIVING = {
  fi: ['busikortti', 'bussikotri', 'kirjatokortti', 'kirjsto', 'kirjsto lainaus', 'päivähoitohakemus',
    'päiväkotihakemus', 'asiointitulkki', 'neuvontapiste', 'tarhapaikka', 'palatue', 'liikuntarannekeen',
    'kirjastokorttihakemus', 'bussikortti lataus kirjsto', 'luotettavan', 'ladattavat', 'luotettavan kortti'],
  sv: ['bibliotkort', 'dagis', 'barnomsorg', 'busskrot', 'biblioteket lånekort', 'tolkservice', 'simhal',
    'daghemsansökan'],
  en: ['libary', 'libary card', 'bus pass', 'daycare', 'intepreter', 'swiming pool', 'feedbak', 'nursery'],
  'fi-selko': ['bussikotri', 'kirjsto', 'päiväkotihakemus', 'tarhapaikka', 'tulkkipalvelu'],
};
const QUERIES = {
  fi: ['bussikortin lataus', 'bussikortilla', 'bussik', 'paivakoti haku', 'päiväkoti', 'asiakkaalle', 'kortti',
    'bussi kortti', 'palvelu', 'asiakaspalvelu', 'kirjastokortin katoaminen', 'tulkkia', 'uim', 'elakelainen',
    'puhelin vaihde numero', 'ratkaisukeskeisyys asiakastyössä', 'a', 'xyzzy', '', 'hakemus', 'lapsen', 'palv',
    'Asiakas asiakas ASIAKAS', 'monitorin aukioloajat'],
  sv: ['ladda busskort', 'busskortet', 'bussk', 'daghem ansökan', 'lanekort', 'bibliotekskort', 'kund', 'tjanst',
    'jag talar inte finska', 'simhall', 'växel', 'sommarlager', 'kundtjanstmedarbetare', 'xyzzy', 'resekort', 'ko'],
  en: ['top up bus card', 'bus ca', 'library card', 'lost library cards', 'daycare application', 'interpreters',
    "I don't speak Finnish", 'customer service', 'customers', 'wheelchair', 'swimming', 'xyzzy', 'book', 'ser'],
  'fi-selko': ['bussikortti', 'bussikortin lataaminen', 'paivakoti', 'kirjastokortti katosi', 'tulkki', 'palaute',
    'kenelle soitan', 'pyoratuolilla', 'nuoret', 'palv', 'asiakas'],
};

/** `luukku search` over the bundled site, its JSON output parsed. */
function cli(query, ...options) {
  const args = ['search', ...options, '--root', root, '--', query];
  return JSON.parse(execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'search')), `no search index in ${site}: build the site first`);
  assert.ok(fs.existsSync(bin), `no luukku binary at ${bin}: set LUUKKU_BIN`);
  browser = await launch();
});
after(async () => { await browser?.close(); });

/**
 * Waits until the search box shows the results of `query` itself (the titles the
 * engine returns for it, in order), not those of a query typed earlier.
 */
async function waitForResultsOf(page, query, kind) {
  const titles = (await page.evaluate(([q, k]) => window.luukkuSearch.search(q, { limit: 6, kind: k }), [query, kind]))
    .map((r) => r.title);
  assert.ok(titles.length > 0, `${JSON.stringify(query)} finds something`);
  await page.waitForFunction((want) => {
    const shown = Array.from(document.querySelectorAll('#search-box-results [role=option] .search-result-title'), (t) => t.textContent);
    return JSON.stringify(shown) === JSON.stringify(want);
  }, titles);
  return titles;
}

async function open(rel, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(rel.startsWith('http') ? rel : fileUrl(rel));
  return { page, errors, close: () => context.close() };
}

test('the client ranks exactly as luukku search: the same top 5 with the same scores, from file://', async () => {
  let compared = 0;
  for (const [code, home] of Object.entries(HOME)) {
    const { page, errors, close } = await open(home);
    for (const q of [...QUERIES[code], ...FORGIVING[code]]) {
      const expected = cli(q, '--locale', code, '--json', '--limit', '5');
      const actual = await page.evaluate((q) => window.luukkuSearch.search(q, { limit: 5 }), q);
      const shape = (r) => ({ key: r.key, url: r.url, title: r.title, kind: r.kind, score: Math.fround(r.score), corrected: !!r.corrected });
      assert.deepEqual(actual.map(shape), expected.map(shape), `${code} ${JSON.stringify(q)}`);
      compared += expected.length;
      const plan = cli(q, '--locale', code, '--explain');
      const clientPlan = await page.evaluate((q) => window.luukkuSearch.explain(q), q);
      assert.deepEqual(clientPlan, plan, `${code} ${JSON.stringify(q)}: the query plans differ`);
    }
    assert.deepEqual(errors, []);
    await close();
  }
  assert.ok(compared > 150, `only ${compared} results compared`);
});

test('the client analyzes all of the bundled text exactly as the Rust analyzer does', async () => {
  const files = { fi: 'fi.md', sv: 'sv.md', en: 'en.md', 'fi-selko': 'fi-selko.md' };
  for (const [code, home] of Object.entries(HOME)) {
    const texts = [];
    for (const section of fs.readdirSync(path.join(root, 'content'))) {
      for (const item of fs.readdirSync(path.join(root, 'content', section))) {
        const file = path.join(root, 'content', section, item, files[code]);
        if (fs.existsSync(file)) texts.push(fs.readFileSync(file, 'utf8'));
      }
    }
    // In pieces below the kernel's limit for one command-line argument.
    const pieces = [''];
    for (const t of texts) {
      if (pieces[pieces.length - 1].length + t.length > 60000) pieces.push('');
      pieces[pieces.length - 1] += t + '\n';
    }
    const { page, close } = await open(home);
    let words = 0;
    for (const text of pieces) {
      const rust = cli(text, '--locale', code, '--explain').words;
      const js = (await page.evaluate((t) => window.luukkuSearch.explain(t), text)).words;
      assert.deepEqual(js, rust, `${code}: the analyzers disagree`);
      words += rust.length;
    }
    assert.ok(words > 3000, `${code}: only ${words} words compared`);
    await close();
  }
});

test('a query loads the entry, the stemmer and only the group files, shards and fragments it needs', async () => {
  const { page, close } = await open('fi/index.html');
  const loaded = () => page.evaluate(() => Array.from(document.querySelectorAll('script[src*="search"]'), (s) => s.getAttribute('src')));
  assert.equal((await loaded()).filter((s) => s.includes('/t')).length, 0, 'nothing loads before the first query');
  const results = await page.evaluate(() => window.luukkuSearch.search('bussikortin lataus', { limit: 3 }));
  assert.equal(results[0].key, 'services/bus-card');
  const scripts = await loaded();
  const entry = fs.readFileSync(path.join(site, 'search/fi/index.js'), 'utf8');
  const { shards, group } = JSON.parse(entry.slice(entry.indexOf(',') + 1, -3));
  const shardLoads = scripts.filter((s) => /\/t\d+\.js$/.test(s)).length;
  const groupLoads = scripts.filter((s) => /\/g\d+\.js$/.test(s)).length;
  assert.ok(groupLoads >= 1 && groupLoads <= 2 && groupLoads < Math.ceil(shards / group), `${groupLoads} group files`);
  const docLoads = scripts.filter((s) => /\/d\d+\.js$/.test(s)).length;
  assert.ok(scripts.some((s) => s.endsWith('search/fi/index.js')), 'the entry');
  assert.ok(scripts.some((s) => /search-stem-fi\.[0-9a-f]+\.js$/.test(s)), 'the Finnish stemmer');
  assert.ok(shardLoads >= 1 && shardLoads <= 4 && shardLoads < shards / 2, `${shardLoads} of ${shards} shards`);
  assert.equal(docLoads, 3, 'one fragment per result shown');
  await close();
});

test('the search box shows results as you type, with kind, excerpt and count, and works by keyboard', async () => {
  const { page, errors, close } = await open('fi/palvelut/bussikortti/index.html');
  assert.equal(await page.isVisible('.search-box .search-fallback'), false, 'the no-script link hides');
  const input = page.locator('#search-box-q');
  await input.pressSequentially('bussikortin la', { delay: 20 });
  const options = page.locator('#search-box-results [role=option]');
  // Typing shows results for `b`, `bu`, …: wait for those of the whole query.
  await waitForResultsOf(page, 'bussikortin la');
  assert.equal(await options.first().locator('.search-result-title').textContent(), 'Bussikortti');
  assert.equal(await options.first().locator('.search-result-kind').textContent(), 'Palvelu');
  assert.ok((await options.first().locator('.search-result-excerpt mark').count()) > 0, 'matched words are marked');
  const status = page.locator('.search-box .search-status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.match(await status.textContent(), /^(\d+ tulosta|1 tulos)$/);
  assert.equal(await input.getAttribute('aria-expanded'), 'true');

  await input.press('ArrowDown');
  const first = await options.nth(0).getAttribute('id');
  assert.equal(await input.getAttribute('aria-activedescendant'), first);
  assert.equal(await options.nth(0).getAttribute('aria-selected'), 'true');
  await input.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), await options.nth(1).getAttribute('id'));
  await input.press('ArrowUp');
  assert.equal(await input.getAttribute('aria-activedescendant'), first);

  await input.press('Escape');
  assert.equal(await page.isVisible('.search-box .search-panel'), false, 'Escape closes the list');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');

  // The kind filter: only glossary terms.
  await page.selectOption('#search-box-kind', 'glossary');
  await input.fill('asiakas');
  await waitForResultsOf(page, 'asiakas', 'glossary');
  assert.equal(await page.locator('#search-box-results [role=option]:not(.search-kind-glossary)').count(), 0);
  await page.selectOption('#search-box-kind', '');
  await input.fill('');
  await input.pressSequentially('bussik', { delay: 20 });
  assert.equal((await waitForResultsOf(page, 'bussik'))[0], 'Bussikortti');
  await input.press('ArrowDown');
  await Promise.all([page.waitForURL(/fi\/palvelut\/bussikortti\/index\.html$/), input.press('Enter')]);
  assert.deepEqual(errors, []);
  await close();
});

test('the search page lists every result, filters by kind with counts, and moves by keyboard', async () => {
  const { page, errors, close } = await open('sv/sok/index.html');
  await page.goto(page.url() + '?q=kund');
  const links = page.locator('.search-page-results a.search-result-title');
  await links.first().waitFor();
  const all = await links.count();
  assert.ok(all > 5, `${all} results`);
  assert.match(await page.locator('.search-page .search-status').textContent(), /^\d+ resultat$/);
  const glossaryCount = await page.locator('[data-kind-count=glossary]').textContent();
  await page.check('input[name=kind][value=glossary]');
  await page.waitForFunction((n) => document.querySelectorAll('.search-page-results li').length === n,
    Number(glossaryCount.replace(/\D/g, '')));
  assert.equal(await page.locator('.search-page-results li:not(.search-kind-glossary)').count(), 0);
  await page.focus('#search-page-q');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'search-result-title');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll('.search-page-results a')[1]), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-page-q');
  assert.deepEqual(errors, []);
  await close();
});

test('without JavaScript the search forms stay hidden and a link leads to the A–Ö index', async () => {
  const { page, close } = await open('en/services/bus-card/index.html', { javaScriptEnabled: false });
  assert.equal(await page.isVisible('.search-box form'), false);
  const link = page.locator('.search-box .search-fallback a');
  assert.equal(await link.isVisible(), true);
  assert.equal(await link.textContent(), 'Services A–Z');
  await Promise.all([page.waitForURL(/en\/services\/index\.html$/), link.click()]);
  await close();
});

test('search works under a strict Content-Security-Policy over HTTP', async () => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml' };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(site, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
    if (rel === 'favicon.ico') { res.writeHead(204); res.end(); return; }
    if (!file.startsWith(site) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Security-Policy': csp });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { page, errors, close } = await open(`http://127.0.0.1:${server.address().port}/fi/index.html`);
    await page.locator('#search-box-q').pressSequentially('tulkki', { delay: 20 });
    await waitForResultsOf(page, 'tulkki');
    assert.equal(await page.locator('#search-box-results [role=option] .search-result-title').first().textContent(), 'Tulkkaus asioinnissa');
    assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/i.test(e)), []);
    assert.deepEqual(errors, []);
    await close();
  } finally {
    server.close();
  }
});
