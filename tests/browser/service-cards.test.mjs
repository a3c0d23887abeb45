// Every bundled service card as a citizen meets it on a phone and on a desktop:
// the phone number and today's hours on the first screen, "open now" right for a
// fixed clock in the service's time zone (whatever the reader's own zone), nothing
// wider than a 320 px screen, the example notice on one line with a working link,
// and screenshots of three cards' first screens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, pages, fileUrl, site, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every translated service card (not the not-yet-translated pages). */
const cards = pages().filter((rel) => /<body class="kind-service">/.test(fs.readFileSync(path.join(site, rel), 'utf8')));

// Instants in UTC; Helsinki is UTC+2 in winter.
const TUESDAY_MORNING = '2026-12-01T08:30:00Z'; // Tue 10.30 in Helsinki
const TUESDAY_EARLY = '2026-12-01T05:00:00Z'; // Tue 7.00
const THURSDAY_EVENING = '2026-12-03T15:30:00Z'; // Thu 17.30 (Monitori open until 18)
const SATURDAY = '2026-12-05T10:00:00Z'; // Sat 12.00
const SUNDAY = '2026-12-06T10:00:00Z'; // Sun 12.00
const CHRISTMAS_EVE = '2026-12-24T08:00:00Z'; // Thu 10.00, listed as closed

/** The "open now" box's text on a card at a fixed instant; null when it is not shown. */
async function status(context, rel, instant) {
  const page = context.pages()[0] ?? await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(fileUrl(rel));
  const text = await page.evaluate(() => {
    const el = document.querySelector('.contact-box .open-status');
    return el && !el.hidden ? el.innerText.replace(/\s+/g, ' ').trim() : null;
  });
  return text;
}

test('bundled service cards are found in every locale', () => {
  const perPrefix = {};
  for (const rel of cards) perPrefix[rel.split(path.sep)[0]] = (perPrefix[rel.split(path.sep)[0]] || 0) + 1;
  assert.deepEqual(Object.keys(perPrefix).sort(), ['en', 'fi', 'selko', 'sv']);
  assert.ok(cards.length >= 40, `found ${cards.length} service cards`);
});

for (const width of [375, 1280]) {
  test(`the phone link and today's hours are inside the first 800 px at ${width} px on every card`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(TUESDAY_MORNING));
    const late = [];
    const deepest = { phone: 0, today: 0 };
    for (const rel of cards) {
      await page.goto(fileUrl(rel));
      const found = await page.evaluate(() => {
        const bottom = (sel) => {
          const el = document.querySelector(sel);
          if (!el || el.hidden || !el.offsetParent) return null;
          return el.getBoundingClientRect().bottom + window.scrollY;
        };
        return { phone: bottom('.contact-box a.phone-link[href^="tel:"]'), today: bottom('.contact-box .open-today') };
      });
      for (const [what, y] of Object.entries(found)) {
        if (y !== null) deepest[what] = Math.max(deepest[what], Math.round(y));
        if (y === null) late.push(`${rel}: no visible ${what}`);
        else if (y > 800) late.push(`${rel}: ${what} ends at ${Math.round(y)} px`);
      }
    }
    await context.close();
    console.log(`${width} px, ${cards.length} cards: phone link ends by ${deepest.phone} px, today's hours by ${deepest.today} px`);
    assert.deepEqual(late, []);
  });
}

test('"open now" is right for a fixed clock, in Helsinki time whatever the reader\'s zone', async () => {
  // The reader's computer is in New York: the card must still speak Helsinki time.
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const monitori = 'fi/palvelut/palvelupiste-monitori/index.html';
  assert.ok(cards.includes(monitori.split('/').join(path.sep)), `${monitori} is a bundled card`);
  const expect = [
    [TUESDAY_MORNING, 'Avoinna nyt. Sulkeutuu klo 16.00. Tänään 8.00–16.00'],
    [TUESDAY_EARLY, 'Suljettu nyt. Avautuu tänään klo 8.00. Tänään 8.00–16.00'],
    [THURSDAY_EVENING, 'Avoinna nyt. Sulkeutuu klo 18.00. Tänään 8.00–18.00'],
    [SATURDAY, 'Suljettu nyt. Seuraavan kerran avoinna: maanantai klo 8.00. Tänään suljettu'],
    [SUNDAY, 'Suljettu nyt. Avautuu huomenna klo 8.00. Tänään suljettu'],
    [CHRISTMAS_EVE, 'Suljettu nyt. Avautuu huomenna klo 8.00. Tänään suljettu (Jouluaatto)'],
  ];
  for (const [instant, text] of expect) assert.equal(await status(context, monitori, instant), text, instant);
  // The other languages say the same in their own words and time formats.
  assert.equal(await status(context, 'sv/tjanster/servicepunkten-monitori/index.html', SUNDAY), 'Stängt nu. Öppnar i morgon kl. 08:00. I dag stängt');
  assert.equal(await status(context, 'en/services/monitori-service-point/index.html', CHRISTMAS_EVE), 'Closed now. Opens tomorrow at 8:00 AM. Today closed (Christmas Eve)');
  assert.equal(await status(context, 'selko/palvelut/palvelupiste-monitori/index.html', TUESDAY_MORNING), 'Nyt auki. Menee kiinni kello 16.00. Tänään kello 8.00–16.00');
  // A card without a service point takes the hours of its first channel that has them (the chat).
  assert.equal(await status(context, 'fi/palvelut/chat/index.html', TUESDAY_MORNING), 'Avoinna nyt. Sulkeutuu klo 15.00. Tänään 9.00–15.00');
  await context.close();
});

test('every card shows an "open now" line for a weekday morning, a Sunday and a listed exception day', async () => {
  const context = await browser.newContext();
  const missing = [];
  for (const rel of cards) {
    for (const instant of [TUESDAY_MORNING, SUNDAY, CHRISTMAS_EVE]) {
      const text = await status(context, rel, instant);
      if (!text) missing.push(`${rel} at ${instant}`);
    }
  }
  await context.close();
  assert.deepEqual(missing, []);
});

test('without JavaScript the box still gives the week, closed days included', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(fileUrl('fi/palvelut/palvelupiste-monitori/index.html'));
  assert.equal(await page.evaluate(() => document.querySelector('.open-status').hidden), true);
  const week = await page.evaluate(() => document.querySelector('.contact-hours').textContent.trim());
  assert.match(week, /^ma–ke 8\.00–16\.00, to 8\.00–18\.00, pe 8\.00–16\.00, la–su suljettu$/);
  const rows = await page.evaluate(() => [...document.querySelector('.channel-service-point table.hours').rows].map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(rows, ['ma–ke 8.00–16.00', 'to 8.00–18.00', 'pe 8.00–16.00', 'la–su suljettu']);
  await context.close();
});

test('no element is wider than a 320 px screen on any card', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const wide = [];
  for (const rel of cards) {
    await page.goto(fileUrl(rel));
    const over = await page.evaluate(() => {
      const out = [];
      const limit = document.documentElement.clientWidth + 0.5;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > limit && !el.closest('.visually-hidden, .skip-link')) out.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(r.right)}`);
      }
      // Words: no text runs past the element that holds it.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const parent = node.parentElement;
        if (!node.textContent.trim() || !parent || parent.closest('.visually-hidden, .skip-link, script, style')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = parent.getBoundingClientRect();
        for (const r of range.getClientRects()) {
          if (r.right > box.right + 1 && r.right > limit - 1) out.push(`text "${node.textContent.trim().slice(0, 30)}" right ${Math.round(r.right)}`);
        }
      }
      return out;
    });
    for (const o of over) wide.push(`${rel}: ${o}`);
  }
  await context.close();
  assert.deepEqual(wide, []);
});

test('the example notice is one line at 375 px and links to its explanation', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  for (const rel of cards.filter((r) => /^(fi|sv|en|selko)[/\\][^/\\]+[/\\](bussikortti|busskort|bus-card)[/\\]/.test(r))) {
    await page.goto(fileUrl(rel));
    const link = page.locator('.example-notice a');
    const lines = await link.evaluate((a) => a.getClientRects().length);
    if (lines !== 1) problems.push(`${rel}: the notice takes ${lines} lines`);
    const href = await link.getAttribute('href');
    await Promise.all([page.waitForURL(/#/), link.click()]);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = await page.evaluate((i) => !!document.getElementById(i), id);
    if (!target) problems.push(`${rel}: ${href} has no heading #${id}`);
  }
  await context.close();
  assert.deepEqual(problems, []);
});

test('no page shows a date in ISO form: machine dates stay in datetime attributes and JSON-LD', () => {
  const iso = [];
  for (const rel of pages()) {
    const visible = fs.readFileSync(path.join(site, rel), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]*>/g, ' ');
    for (const m of visible.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) iso.push(`${rel}: ${m[0]}`);
  }
  assert.deepEqual(iso, []);
});

test('screenshots of three cards\' first screens at 375 px (fi, sv, selko)', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(TUESDAY_MORNING));
  const shots = [];
  for (const [name, rel] of [
    ['card-fi-bussikortti-375', 'fi/palvelut/bussikortti/index.html'],
    ['card-sv-smabarnspedagogik-375', 'sv/tjanster/ansokan-till-smabarnspedagogik/index.html'],
    ['card-selko-liikuntaranneke-375', 'selko/palvelut/liikuntaranneke/index.html'],
  ]) {
    assert.ok(fs.existsSync(path.join(site, rel)), `${rel} exists`);
    await page.goto(fileUrl(rel));
    const file = path.join(artifacts, `${name}.png`);
    await page.screenshot({ path: file });
    assert.ok(fs.statSync(file).size > 10_000, `${file} is a real screenshot`);
    shots.push(path.relative(process.cwd(), file));
  }
  await context.close();
  console.log(`card screenshots: ${shots.join(', ')}`);
});
