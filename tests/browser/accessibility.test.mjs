// Every page of the bundled site in headless Chromium: axe-core with the WCAG 2.1
// A and AA rules in light and dark colour schemes, no sideways scrolling at 320 px,
// and screenshots of the home page and a service card as artifacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launch, pages, fileUrl, site, artifacts } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const locale = (rel) => rel.split(path.sep)[0].replace(/\.html$/, '') || 'root';

/** Opens a page; the root page's instant redirect is taken out so it can be audited itself. */
async function open(page, rel) {
  const html = fs.readFileSync(path.join(site, rel), 'utf8');
  if (/http-equiv="refresh"/.test(html)) {
    await page.goto(fileUrl(rel).replace(/[^/]*$/, ''));
    await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
  } else {
    await page.goto(fileUrl(rel));
  }
}

/**
 * axe `incomplete` results (what axe could not decide), allowed by rule and element
 * with the reason, and each resolved by a measurement of its own.
 */
const ALLOWED_INCOMPLETE = {
  // The ☐/☑ of a task list are symbols, not text (axe: "only non-text characters"):
  // they need WCAG 1.4.11's 3:1 non-text contrast, measured here, not 4.5:1.
  'color-contrast .task-box': async (page, selector) => {
    const { color, bg } = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
      let bg = [255, 255, 255];
      for (let n = el; n; n = n.parentElement) {
        const b = rgb(getComputedStyle(n).backgroundColor);
        if (b.length === 3 || (b.length === 4 && b[3] > 0)) { bg = b; break; }
      }
      return { color: rgb(getComputedStyle(el).color), bg };
    }, selector);
    const ratio = contrast(color, bg);
    return ratio >= 3 ? null : `non-text contrast ${ratio.toFixed(2)}:1, expected 3:1`;
  },
};

async function audit(page, rel) {
  await open(page, rel);
  await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }), WCAG);
  const problems = result.violations.map((v) => `${rel}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  for (const rule of result.incomplete) {
    for (const node of rule.nodes) {
      const selector = node.target.join(' ');
      const allowed = ALLOWED_INCOMPLETE[`${rule.id} .${selector.split('.').pop()}`];
      const why = allowed ? await allowed(page, selector) : 'axe could not decide; resolve it or allow it by name with a reason';
      if (why) problems.push(`${rel}: incomplete ${rule.id} at ${selector}: ${why}`);
    }
  }
  return problems;
}

for (const scheme of ['light', 'dark']) {
  test(`every page passes axe WCAG 2.1 A and AA in the ${scheme} scheme`, async () => {
    const all = pages();
    assert.ok(all.length > 100, `expected the whole bundled site, found ${all.length} pages`);
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations = [];
    const perLocale = {};
    for (const rel of all) {
      violations.push(...await audit(page, rel));
      perLocale[locale(rel)] = (perLocale[locale(rel)] || 0) + 1;
    }
    await context.close();
    console.log(`axe (${scheme}): ${all.length} pages checked (${Object.entries(perLocale).map(([l, n]) => `${l} ${n}`).join(', ')}), ${violations.length} violations and undecided results`);
    assert.deepEqual(violations, []);
  });
}

test('no page scrolls sideways at 320 px', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const wide = [];
  for (const rel of pages()) {
    await open(page, rel);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${rel}: ${width}px`);
  }
  await context.close();
  assert.deepEqual(wide, []);
});

/** WCAG relative luminance contrast of two `[r, g, b]` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.slice(0, 3).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The focused element's outline and the opaque background it is drawn on. */
const focusRing = () => {
  const el = document.activeElement;
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  let bg = [255, 255, 255];
  for (let n = el.parentElement; n; n = n.parentElement) {
    const b = rgb(getComputedStyle(n).backgroundColor);
    if (b.length === 3 || (b.length === 4 && b[3] > 0)) { bg = b; break; }
  }
  const cs = getComputedStyle(el);
  return { name: `${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 30)}`, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: rgb(cs.outlineColor), bg };
};

/** Why the focus ring of the focused element is not visible enough, or null. */
async function weakFocus(page) {
  const ring = await page.evaluate(focusRing);
  if (ring.style === 'none' || ring.width < 2) return `${ring.name}: outline ${ring.style} ${ring.width}px`;
  const ratio = contrast(ring.color, ring.bg);
  return ratio < 3 ? `${ring.name}: outline contrast ${ratio.toFixed(2)}:1 against its background, expected 3:1` : null;
}

for (const scheme of ['light', 'dark']) {
  test(`every link and control on a service card shows a focus ring with 3:1 contrast (${scheme})`, async () => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(fileUrl('fi/palvelut/bussikortti/index.html'));
    const weak = [];
    const seen = new Set();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => { const e = document.activeElement; return e === document.body ? '' : e.outerHTML.slice(0, 120); });
      if (!id || seen.has(id)) break;
      seen.add(id);
      const why = await weakFocus(page);
      if (why) weak.push(why);
      // The ring is a change: without focus the element has none.
      const unfocused = await page.evaluate(() => { const e = document.activeElement; e.blur(); const o = getComputedStyle(e).outlineStyle; e.focus({ focusVisible: true }); return o; });
      if (unfocused !== 'none') weak.push(`${id}: an outline even without focus`);
    }
    await context.close();
    assert.ok(seen.size >= 10, `only ${seen.size} focusable elements reached`);
    assert.deepEqual(weak, []);
  });
}

test('the language switcher works with the keyboard alone', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(fileUrl('fi/palvelut/bussikortti/index.html'));
  // Tab from the top of the page until the Swedish option has focus.
  let focused = '';
  for (let i = 0; i < 30 && focused !== 'Svenska'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
  assert.equal(focused, 'Svenska', 'the Swedish option is reachable by Tab');
  assert.equal(await weakFocus(page), null, 'focus is visible');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('lang')), 'sv');
  await Promise.all([page.waitForURL(/\/sv\/tjanster\/busskort\/index\.html$/), page.keyboard.press('Enter')]);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  assert.equal(await page.evaluate(() => document.querySelector('h1').textContent.trim()), 'Busskort');
  // And on to plain Finnish, which is offered by its own name.
  const selko = page.getByRole('link', { name: 'Selkosuomi' });
  await selko.focus();
  await Promise.all([page.waitForURL(/\/selko\/palvelut\/bussikortti\/index\.html$/), page.keyboard.press('Enter')]);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fi');
  await context.close();
});

test('the skip link moves focus to the main content', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(fileUrl('en/services/bus-card/index.html'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok(await page.evaluate(() => document.activeElement.getBoundingClientRect().left >= 0), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await context.close();
});

test('screenshots of the home page and a service card at 375 and 1280 px', async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const shots = [];
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const [name, rel] of [['home', 'fi/index.html'], ['service-card', 'fi/palvelut/bussikortti/index.html']]) {
      await page.goto(fileUrl(rel));
      const file = path.join(artifacts, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      assert.ok(fs.statSync(file).size > 10_000, `${file} is a real screenshot`);
      shots.push(path.relative(process.cwd(), file));
    }
    await context.close();
  }
  console.log(`screenshots: ${shots.join(', ')}`);
});

test('the built site is the one under test', () => {
  assert.ok(fs.existsSync(path.join(site, 'index.html')), `no built site at ${site}; run luukku build first`);
});
