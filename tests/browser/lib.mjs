// Shared helpers for the browser tests: launch Debian's Chromium headless, find the
// built site, list its pages.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundled site, built by tests/run before the browser tests start. */
export const site = process.env.LUUKKU_SITE ? path.resolve(process.env.LUUKKU_SITE) : path.join(repo, 'public');
/** Where screenshots and reports go (not committed). */
export const artifacts = path.join(repo, 'target', 'browser-artifacts');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}

/** Every HTML file of the built site, as paths relative to its root, sorted. */
export function pages(root = site) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(path.relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

export const fileUrl = (rel, root = site) => 'file://' + path.join(root, rel);
