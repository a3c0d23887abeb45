// The minified search client in src/search/client/dist/ (what the binary embeds)
// is exactly what minify-client.mjs makes of today's sources: an edit to a source
// without `npm run minify-client` fails here, not silently in the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLES, build, distDir } from './minify-client.mjs';

for (const bundle of BUNDLES) {
  test(`dist/${bundle.name} is the minified form of ${bundle.sources.join(' + ')}`, async () => {
    const shipped = await readFile(join(distDir, bundle.name), 'utf8');
    const fresh = await build(bundle);
    assert.ok(fresh.length < 0.8 * (await Promise.all(bundle.sources.map((s) => readFile(join(distDir, '..', s), 'utf8')))).join('').length,
      'minifying makes the file at least a fifth smaller');
    assert.equal(shipped, fresh, `src/search/client/dist/${bundle.name} is out of date: run \`npm run minify-client\` in tests/browser`);
  });
}
