// Onboarding in the browser, opened from file:// and over HTTP (with a strict
// Content-Security-Policy): "mark as done" survives a reload and shows on the
// training index and the progress page; answers survive a reload, export as a
// Markdown file with every question and answer, and clear after a confirmation;
// two locales keep separate journals; corrupt or foreign storage and disabled
// storage do not break a page; without JavaScript the questions and the plan show
// and the page says saving is unavailable; the onboarding script makes no network
// request; and axe-core finds no WCAG 2.1 A/AA violation on the onboarding pages
// with progress and answers filled in.
//
// Needs the bundled site built into public/ (tests/run does it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launch, site, fileUrl } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const FI = {
  module: 'fi/koulutus/arvot/index.html',
  index: 'fi/koulutus/index.html',
  progress: 'fi/koulutus/edistyminen/index.html',
  journal: 'fi/koulutus/oppimispaivakirja/index.html',
  plan: 'fi/koulutus/perehdytyssuunnitelma/index.html',
};
const SELKO = { module: 'selko/koulutus/arvot/index.html', journal: 'selko/koulutus/oppimispaivakirja/index.html' };
const SV = { module: 'sv/utbildning/varderingar/index.html', journal: 'sv/utbildning/reflektionsdagbok/index.html' };
const EN = {
  module: 'en/training/values/index.html',
  progress: 'en/training/progress/index.html',
  journal: 'en/training/journal/index.html',
  plan: 'en/training/onboarding-plan/index.html',
};
const VALUES = 'training/03-values';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

let browser;
let server;
let base;
before(async () => {
  assert.ok(fs.existsSync(path.join(site, FI.journal)), `no onboarding pages in ${site}: build the site first`);
  browser = await launch();
  server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(site, rel.endsWith('/') || rel === '' ? rel + 'index.html' : rel);
    if (rel === 'favicon.ico') { res.writeHead(204); res.end(); return; }
    if (!file.startsWith(site) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Security-Policy': CSP });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
});
after(async () => {
  await browser?.close();
  server?.close();
});

const MODES = {
  file: (rel) => fileUrl(rel),
  http: (rel) => base + rel,
};

/** A fresh browser context (empty storage) with a page that collects script errors and requests. */
async function session(mode, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  const go = async (rel) => {
    await page.goto(MODES[mode](rel));
    await page.waitForFunction(() => document.readyState === 'complete');
  };
  return { context, page, errors, requests, go, close: () => context.close() };
}

const stateOf = (page, key) => page.locator(`[data-luukku-state="${key}"]`).first().textContent();

for (const mode of Object.keys(MODES)) {
  test(`${mode}: mark as done is a labelled check box, announced, kept over a reload and shown on the index and progress page`, async () => {
    const s = await session(mode);
    await s.go(FI.module);
    const box = s.page.getByRole('checkbox', { name: 'Osio on tehty: Arvot ohjaavat työtä' });
    assert.equal(await box.getAttribute('data-luukku-done'), VALUES);
    assert.equal(await box.isChecked(), false);
    await box.focus();
    await s.page.keyboard.press('Space');
    await s.page.waitForFunction(() => document.querySelector('[data-luukku-live]').textContent === 'Osio merkitty tehdyksi.');
    assert.equal(await s.page.locator('[data-luukku-live]').first().getAttribute('role'), 'status');
    await s.page.reload();
    assert.equal(await s.page.locator('[data-luukku-done]').isChecked(), true);
    await s.go(FI.index);
    assert.equal(await stateOf(s.page, VALUES), 'Tehty');
    assert.equal(await stateOf(s.page, 'training/04-solution-focus'), 'Ei aloitettu');
    // 167 known minutes in all, 47 of them in the module done; not every module has a time.
    assert.equal(await s.page.locator('[data-luukku-summary]').textContent(),
      '1/11 osiota tehty, vähintään 2 h jäljellä (kaikille osioille ei ole annettu kestoa).');
    await s.go(FI.progress);
    assert.equal(await stateOf(s.page, VALUES), 'Tehty');
    assert.match(await s.page.locator('[data-luukku-summary]').textContent(), /^1\/11 osiota tehty/);
    // The plan's check box for the module shares the same mark.
    await s.go(FI.plan);
    assert.equal(await s.page.locator(`[data-luukku-done="${VALUES}"]`).isChecked(), true);
    await s.page.locator(`[data-luukku-done="${VALUES}"]`).uncheck();
    await s.go(FI.progress);
    assert.equal(await stateOf(s.page, VALUES), 'Avattu');
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test(`${mode}: answers are kept as typed, the journal collects, exports and clears them`, async () => {
    const s = await session(mode);
    await s.go(FI.module);
    const first = s.page.getByRole('textbox', { name: 'Mitä uutta tajusin tämän teeman parissa?' });
    assert.equal(await first.getAttribute('data-luukku-journal'), VALUES);
    await first.pressSequentially('Arvot näkyvät teoissa.');
    await s.page.reload();
    assert.equal(await s.page.locator('[data-luukku-journal]').first().inputValue(), 'Arvot näkyvät teoissa.');
    await s.go(FI.progress);
    assert.equal(await stateOf(s.page, VALUES), 'Pohdintoja kirjoitettu');
    await s.go(FI.journal);
    const field = s.page.locator(`[data-luukku-journal="${VALUES}"][data-luukku-question="0"]`);
    assert.equal(await field.inputValue(), 'Arvot näkyvät teoissa.');
    await s.page.locator(`[data-luukku-journal="training/06-channels"][data-luukku-question="2"]`).fill('Chat on nopea.');
    // Export: a Markdown file with every question of the journal and every answer.
    const questions = await s.page.locator('.journal-module label.question').allTextContents();
    assert.ok(questions.length >= 60, `expected every module's questions, found ${questions.length}`);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-luukku-export]').click()]);
    assert.equal(download.suggestedFilename(), 'oppimispaivakirja.md');
    const text = fs.readFileSync(await download.path(), 'utf8');
    for (const q of questions) assert.ok(text.includes(q.replace(/\s+/g, ' ').trim()), `the export lacks the question ${q}`);
    assert.ok(text.includes('Arvot näkyvät teoissa.') && text.includes('Chat on nopea.'), text.slice(0, 500));
    assert.match(text, /^# Oppimispäiväkirja – Turun palveluopas\n/);
    assert.match(text, /## 3\. Arvot ohjaavat työtä\n\n1\. Mitä uutta tajusin tämän teeman parissa\?\n\nArvot näkyvät teoissa\.\n/);
    // Printed, the journal shows the answers as text and no buttons or fields.
    await s.page.emulateMedia({ media: 'print' });
    const printed = s.page.locator(`[data-luukku-journal="${VALUES}"][data-luukku-question="0"] + [data-luukku-print-answer]`);
    assert.equal(await printed.textContent(), 'Arvot näkyvät teoissa.');
    assert.ok(await printed.isVisible() && await field.isHidden() && await s.page.locator('[data-luukku-export]').isHidden());
    await s.page.emulateMedia({ media: 'screen' });
    // Clear: nothing happens when the confirmation is dismissed, everything goes when accepted.
    s.page.once('dialog', (d) => d.dismiss());
    await s.page.locator('[data-luukku-clear]').click();
    assert.equal(await field.inputValue(), 'Arvot näkyvät teoissa.');
    s.page.once('dialog', (d) => d.accept());
    await s.page.locator('[data-luukku-clear]').click();
    assert.equal(await field.inputValue(), '');
    await s.page.reload();
    const values = await s.page.locator('[data-luukku-journal]').evaluateAll((els) => els.map((e) => e.value).join(''));
    assert.equal(values, '');
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test(`${mode}: two locales keep separate journals and progress`, async () => {
    const s = await session(mode);
    await s.go(FI.module);
    await s.page.locator('[data-luukku-journal]').first().fill('suomeksi');
    await s.page.locator('[data-luukku-done]').check();
    for (const other of [SELKO, SV]) {
      await s.go(other.module);
      assert.equal(await s.page.locator('[data-luukku-journal]').first().inputValue(), '', other.module);
      assert.equal(await s.page.locator('[data-luukku-done]').isChecked(), false, other.module);
      await s.page.locator('[data-luukku-journal]').first().fill(`vastaus ${other.module}`);
    }
    await s.go(FI.journal);
    assert.equal(await s.page.locator(`[data-luukku-journal="${VALUES}"]`).first().inputValue(), 'suomeksi');
    await s.go(SELKO.journal);
    assert.equal(await s.page.locator(`[data-luukku-journal="${VALUES}"]`).first().inputValue(), `vastaus ${SELKO.module}`);
    const keys = await s.page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ['fi', 'fi-selko', 'sv'].map((c) => `luukku-onboarding:https://palveluopas.example.fi:${c}`));
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test(`${mode}: corrupt or foreign stored values are ignored, not a broken page`, async () => {
    const key = 'luukku-onboarding:https://palveluopas.example.fi:fi';
    const bad = [
      '{not json',
      'null',
      '[1,2,3]',
      JSON.stringify({ v: 99, modules: { [VALUES]: { done: true } } }),
      JSON.stringify({ v: 1, modules: 'x', answers: { [VALUES]: { 0: 5, x: 'y' }, __proto__: 1 }, plan: [true] }),
      JSON.stringify({ v: 1, modules: { [VALUES]: { done: 'yes' } }, answers: { [VALUES]: ['a'] } }),
    ];
    for (const value of bad) {
      const s = await session(mode);
      await s.go(FI.index);
      await s.page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
      for (const rel of [FI.module, FI.index, FI.progress, FI.journal, FI.plan]) {
        await s.go(rel);
        assert.ok(await s.page.locator('[data-luukku-nojs]').first().isHidden(), `${rel} with ${value}: the script did not start`);
      }
      await s.go(FI.progress);
      assert.equal(await stateOf(s.page, VALUES), 'Avattu', value);
      await s.go(FI.module);
      assert.equal(await s.page.locator('[data-luukku-journal]').first().inputValue(), '', value);
      await s.page.locator('[data-luukku-done]').check();
      await s.page.reload();
      assert.equal(await s.page.locator('[data-luukku-done]').isChecked(), true, value);
      assert.deepEqual(s.errors, [], value);
      await s.close();
    }
  });

  test(`${mode}: the onboarding script makes no network request`, async () => {
    const s = await session(mode);
    for (const rel of [FI.module, FI.index, FI.progress, FI.journal, FI.plan]) {
      s.requests.length = 0;
      await s.go(rel);
      // At load: the page itself and the files its own <link> and <script> elements name, nothing else.
      const named = await s.page.evaluate(() => [location.href,
        ...[...document.querySelectorAll('link[rel=stylesheet][href], script[src]')].map((e) => e.href || e.src)]);
      assert.deepEqual(s.requests.filter((u) => !named.includes(u)), [], rel);
      s.requests.length = 0;
      // Then: every onboarding control used, and not one request.
      for (const box of await s.page.locator('[data-luukku-done], [data-luukku-plan]').all()) {
        if (await box.isVisible()) await box.click();
      }
      for (const field of (await s.page.locator('[data-luukku-journal]').all()).slice(0, 3)) await field.fill('teksti');
      if (rel === FI.journal) {
        await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-luukku-export]').click()]);
        s.page.once('dialog', (d) => d.accept());
        await s.page.locator('[data-luukku-clear]').click();
      }
      await s.page.reload();
      await s.page.waitForFunction(() => document.readyState === 'complete');
      const again = await s.page.evaluate(() => [location.href,
        ...[...document.querySelectorAll('link[rel=stylesheet][href], script[src]')].map((e) => e.href || e.src)]);
      assert.deepEqual(s.requests.filter((u) => !again.includes(u) && !u.startsWith('blob:')), [], rel);
    }
    assert.deepEqual(s.errors, []);
    await s.close();
  });
}

test('with storage disabled every page works and says progress cannot be kept', async () => {
  for (const mode of Object.keys(MODES)) {
    const s = await session(mode);
    await s.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    for (const rel of [FI.module, FI.index, FI.progress, FI.journal, FI.plan]) {
      await s.go(rel);
      assert.ok(await s.page.locator('[data-luukku-nostorage]').first().isVisible(), `${mode} ${rel}: no note`);
      assert.match(await s.page.locator('[data-luukku-nostorage]').first().textContent(), /ei anna tallentaa/);
    }
    await s.go(FI.module);
    await s.page.locator('[data-luukku-done]').check();
    await s.page.waitForFunction(() => document.querySelector('[data-luukku-live]').textContent === 'Osio merkitty tehdyksi.');
    await s.page.locator('[data-luukku-journal]').first().fill('ei tallennu');
    assert.deepEqual(s.errors, [], mode);
    await s.close();
  }
});

test('without JavaScript the questions and the plan show, and the pages say saving is unavailable', async () => {
  for (const mode of Object.keys(MODES)) {
    const s = await session(mode, { javaScriptEnabled: false });
    await s.go(FI.module);
    assert.ok(await s.page.locator('[data-luukku-nojs]').first().isVisible());
    assert.match(await s.page.locator('[data-luukku-nojs]').first().textContent(), /ei tallenneta/);
    assert.equal(await s.page.getByRole('textbox', { name: 'Mitä uutta tajusin tämän teeman parissa?' }).count(), 1);
    assert.ok(await s.page.locator('[data-luukku-nostorage]').first().isHidden());
    await s.go(FI.journal);
    assert.ok(await s.page.locator('[data-luukku-nojs]').first().isVisible());
    assert.ok((await s.page.locator('[data-luukku-journal]').count()) >= 60);
    assert.ok(await s.page.locator('[data-luukku-export]').isHidden(), 'a button that cannot work is shown');
    await s.go(FI.plan);
    assert.ok(await s.page.locator('[data-luukku-nojs]').first().isVisible());
    assert.equal(await s.page.locator('.plan-module').count(), 11);
    assert.ok((await s.page.locator('[data-luukku-plan]').count()) >= 5);
    assert.match(await s.page.locator('.plan-module').nth(2).textContent(), /vähintään 47 min/);
    await s.close();
  }
});

test('axe-core: no WCAG 2.1 A/AA violation on the onboarding pages with progress and answers filled in', async () => {
  const violations = [];
  for (const scheme of ['light', 'dark']) {
    for (const pages of [FI, EN]) {
      const s = await session('file', { colorScheme: scheme });
      await s.go(pages.module);
      await s.page.locator('[data-luukku-done]').check();
      for (const field of await s.page.locator('[data-luukku-journal]').all()) await field.fill('Vastaus, joka on kirjoitettu testissä.');
      await s.go(pages.plan);
      for (const box of (await s.page.locator('[data-luukku-plan]').all()).slice(0, 3)) await box.check();
      await s.page.locator('[data-luukku-done="training/02-key-concepts"]').check();
      for (const rel of Object.values(pages)) {
        await s.go(rel);
        await s.page.evaluate(axeSource);
        const result = await s.page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'],
        }));
        for (const v of result.violations) {
          violations.push(`${scheme} ${rel}: ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      // The states really were filled in while auditing.
      await s.go(pages.progress);
      assert.notEqual(await stateOf(s.page, VALUES), '');
      await s.close();
    }
  }
  assert.deepEqual(violations, []);
});
