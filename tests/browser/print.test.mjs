// Print views in headless Chromium: the handout's start-time control moves the
// printed clock times, print media hides the navigation, and axe-core finds no
// WCAG 2.1 A/AA violation on the handouts, worksheets, the whole package and
// the facilitator's guide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { launch, pages, fileUrl } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const all = pages();
const find = (re) => {
  const found = all.filter((p) => re.test(p));
  assert.ok(found.length > 0, `no page matches ${re}`);
  return found;
};

async function clocks(page) {
  return page.$$eval('[data-agenda] [data-clock]', (cells) => cells.map((c) => c.textContent.trim()));
}

test('the start time changes the clock times that print', async () => {
  const page = await browser.newPage();
  // Module 06: the first step has no minutes, the four rounds after it 20 each.
  const [handout] = find(/^fi\/koulutus\/asiakkaat-eri-kanavissa\/print\/index\.html$/);
  await page.goto(fileUrl(handout));
  assert.deepEqual((await clocks(page)).slice(0, 3), ['09:00', '–', '–']);
  await page.fill('[data-start-time]', '13:30');
  await page.fill('[data-minutes-input]', '10');
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual((await clocks(page)).slice(0, 4), ['13:30', '13:40', '14:00', '14:20']);
  const running = await page.$$eval('[data-agenda] [data-running]', (cells) => cells.map((c) => c.textContent.trim()));
  assert.deepEqual(running.slice(0, 3), ['10', '30', '50']);
  // The typed estimate prints; the control itself does not.
  assert.equal(await page.isVisible('[data-minutes-input]'), true);
  assert.equal(await page.isVisible('[data-start-time]'), false);
  await page.close();
});

test('print media hides navigation, search and the language switcher', async () => {
  const page = await browser.newPage();
  for (const rel of [...find(/^fi\/koulutus\/print\/index\.html$/), ...find(/^sv\/utbildning\/[^/]+\/worksheets\/index\.html$/).slice(0, 1), 'fi/palvelut/index.html']) {
    await page.goto(fileUrl(rel));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.isVisible('.main-nav'), true, `${rel}: navigation on screen`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.main-nav', 'nav.language', '.breadcrumbs', '.site-footer']) {
      assert.equal(await page.isVisible(sel), false, `${rel}: ${sel} prints`);
    }
    const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-footer'));
    assert.match(footer, /https:\/\/palveluopas\.example\.fi\/.* · .*\b2026\b/, `${rel}: running footer ${footer}`);
    assert.doesNotMatch(footer, /\d{4}-\d{2}-\d{2}/, `${rel}: the footer's date is written as the language writes dates`);
  }
  await page.close();
});

test('the print views and the guide pass axe WCAG 2.1 A and AA', async () => {
  const page = await browser.newPage();
  const targets = [
    ...find(/^(fi|sv)\/(koulutus|utbildning)\/print\/index\.html$/),
    ...find(/^(fi|sv|en|selko)\/(koulutus|utbildning|training)\/[^/]+\/(print|worksheets)\/index\.html$/).filter((p) => /(06|kanav|channel|ratkaisu|solution|losnings)/.test(p)),
    ...find(/^(fi|sv|en|selko)\/(ohjaajan-opas|handledarens-guide|facilitators-guide)\/index\.html$/),
  ];
  const violations = [];
  for (const rel of targets) {
    await page.goto(fileUrl(rel));
    await page.evaluate(axeSource);
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), WCAG);
    violations.push(...result.violations.map((v) => `${rel}: ${v.id} ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  }
  assert.ok(targets.length >= 10, `expected the new pages, found ${targets.length}`);
  assert.deepEqual(violations, []);
  await page.close();
});
