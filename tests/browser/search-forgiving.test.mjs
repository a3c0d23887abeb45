// Search that forgives, in the browser from file://: typos, everyday words from
// the site's synonyms, compounds the site never writes; a corrected query offered
// as "did you mean"; a search that finds nothing offers the A–Ö index and the
// service centre's phone and chat; and only words that match nothing cost a
// download of the typo index.
//
// Needs the bundled site built into public/ (tests/run does it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, site, fileUrl } from './lib.mjs';

let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(site, 'search')), `no search index in ${site}: build the site first`);
  browser = await launch();
});
after(async () => { await browser?.close(); });

async function open(rel) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(fileUrl(rel));
  return { page, errors, close: () => context.close() };
}

async function searchPage(rel, q) {
  const opened = await open(rel);
  await opened.page.goto(opened.page.url() + '?q=' + encodeURIComponent(q));
  await opened.page.locator('.search-page .search-status').filter({ hasText: /\S/ }).waitFor();
  return opened;
}

const titles = (page) => page.locator('.search-page-results a.search-result-title').allTextContents();

test('a typo finds its page and the page offers the corrected query', async () => {
  const { page, errors, close } = await searchPage('fi/haku/index.html', 'kirjsto lainaus');
  assert.equal((await titles(page))[0], 'Kirjastokortti');
  const suggest = page.locator('.search-page .search-suggest');
  assert.equal(await suggest.isVisible(), true, 'did you mean');
  const link = suggest.locator('a');
  assert.equal(await link.textContent(), 'kirjaston lainaus');
  await Promise.all([page.waitForURL(/\?q=kirjaston%20lainaus$/), link.click()]);
  await page.locator('.search-page-results a.search-result-title').first().waitFor();
  assert.equal(await page.locator('.search-page .search-suggest').isVisible(), false, 'nothing left to correct');
  assert.equal(await page.locator('.search-page .search-none').isVisible(), false);
  assert.deepEqual(errors, []);
  await close();
});

test('a search with few results shows what a similar word finds below them, marked as such', async () => {
  const { page, errors, close } = await searchPage('fi/haku/index.html', 'luotettavan');
  const items = page.locator('.search-page-results .search-result');
  assert.equal(await items.count(), 3);
  assert.equal(await items.nth(0).locator('.search-result-similar').count(), 0, 'the exact match is not marked');
  for (const i of [1, 2]) {
    assert.equal(await items.nth(i).locator('.search-result-similar').textContent(), 'löytyi samankaltaisella sanalla');
  }
  assert.equal(await page.locator('.search-page .search-status').textContent(), '3 tulosta');
  assert.deepEqual(errors, []);
  await close();
});

test('everyday words from the synonyms file find their pages in every locale', async () => {
  for (const [rel, q, title] of [['sv/sok/index.html', 'dagis', 'Ansökan till småbarnspedagogik'],
    ['fi/haku/index.html', 'tarhapaikka', 'Varhaiskasvatushakemus'],
    ['en/search/index.html', 'bus pass', 'Bus card'],
    ['selko/haku/index.html', 'uimala', 'Liikuntaranneke']]) {
    const { page, errors, close } = await searchPage(rel, q);
    assert.equal((await titles(page))[0], title, `${rel} ${q}`);
    assert.deepEqual(errors, []);
    await close();
  }
});

test('the search box splits a compound the site never writes, as you type', async () => {
  const { page, errors, close } = await open('fi/index.html');
  await page.locator('#search-box-q').pressSequentially('asiointitulkki', { delay: 10 });
  await page.waitForFunction(() => document.querySelector('#search-box-results [role=option] .search-result-title')?.textContent === 'Tulkkaus asioinnissa');
  const plan = await page.evaluate(() => window.luukkuSearch.explain('päivähoitohakemus').then((e) => e.plan));
  assert.deepEqual(plan.filter((w) => w.origin === 'part').map((w) => w.word), ['paivahoito', 'hakemus']);
  assert.deepEqual(errors, []);
  await close();
});

test('a search that finds nothing offers the A–Ö index and the service centre\'s phone and chat', async () => {
  const { page, errors, close } = await searchPage('en/search/index.html', 'qwxzv');
  assert.equal(await page.locator('.search-page .search-status').textContent(), 'No results');
  const none = page.locator('.search-page .search-none');
  assert.equal(await none.isVisible(), true);
  const links = await none.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.ok(links.some(([text, href]) => text === 'Services A–Z' && /en\/services\/(index\.html)?$/.test(href)), JSON.stringify(links));
  assert.ok(links.some(([text, href]) => text === '+358 2 000 1100' && href === 'tel:+35820001100'), JSON.stringify(links));
  assert.ok(links.some(([text, href]) => text === 'Monitori chat' && href === 'https://example.fi/chat'), JSON.stringify(links));
  assert.ok(links.some(([text, href]) => text === 'Monitori service point' && /service-point\/index\.html$/.test(href)), JSON.stringify(links));
  // A query that finds something hides it again.
  await page.fill('#search-page-q', 'library card');
  await page.waitForFunction(() => document.querySelector('.search-page .search-none').hidden);
  assert.deepEqual(errors, []);
  await close();
});

test('only a word that matches nothing loads the typo index: a few small files', async () => {
  const { page, close } = await open('fi/index.html');
  const loaded = () => page.evaluate(() => Array.from(document.querySelectorAll('script[src*="search"]'), (s) => s.getAttribute('src')));
  const typoFiles = (scripts) => scripts.filter((s) => /\/k\d+\.js$/.test(s));
  await page.evaluate(() => window.luukkuSearch.search('bussikortin lataus', { limit: 3 }));
  assert.deepEqual(typoFiles(await loaded()), [], 'an exact query loads no typo file');
  const hits = await page.evaluate(() => window.luukkuSearch.search('kirjatokortti', { limit: 3 }));
  assert.equal(hits[0].key, 'services/library-card');
  const entry = fs.readFileSync(path.join(site, 'search/fi/index.js'), 'utf8');
  const all = JSON.parse(entry.slice(entry.indexOf(',') + 1, -3)).typo;
  const typo = typoFiles(await loaded());
  assert.ok(typo.length >= 1 && typo.length <= 12 && typo.length < all / 4, `${typo.length} of ${all} typo files`);
  const bytes = typo.reduce((n, s) => n + fs.statSync(path.join(site, s.replace(/^(\.\.\/)+/, ''))).size, 0);
  assert.ok(bytes < 20 * 1024, `${bytes} bytes of typo index`);
  await close();
});
