// The site root shows the language choice and stays on it; after a reader picks a
// language, the root lists that one first (remembered in this browser only).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, fileUrl } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const order = (page) => page.evaluate(() => [...document.querySelectorAll('.root-languages a')].map((a) => a.getAttribute('data-locale')));

test('the root page shows every language and does not redirect', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(fileUrl('index.html'));
  await page.waitForLoadState('load');
  assert.match(page.url(), /\/index\.html$/, 'still on the root page');
  assert.deepEqual(await order(page), ['fi', 'sv', 'en', 'fi-selko']);
  for (const name of ['Suomeksi', 'På svenska', 'In English', 'Selkosuomeksi']) {
    assert.ok(await page.getByRole('link', { name: new RegExp(name) }).isVisible(), `${name} is visible`);
  }
  await context.close();
});

test('a returning reader finds the language chosen last time first, and still every choice', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(fileUrl('index.html'));
  await Promise.all([page.waitForURL(/\/sv\/index\.html$/), page.getByRole('link', { name: /På svenska/ }).click()]);
  await page.goto(fileUrl('index.html'));
  await page.waitForLoadState('load');
  assert.match(page.url(), /\/index\.html$/, 'no redirect for a returning reader either');
  assert.deepEqual(await order(page), ['sv', 'fi', 'en', 'fi-selko']);
  assert.equal(await page.evaluate(() => document.querySelector('.root-last a').getAttribute('data-locale')), 'sv');
  await context.close();
});
