// Minifies the search client (src/search/client/*.js) into src/search/client/dist/,
// which the luukku binary embeds and the site serves. The sources stay readable and
// are what people edit; after an edit, run `npm run minify-client` here (the test
// `search-client-dist.test.mjs` fails while dist/ is out of date).
//
// Terser compresses and shortens local names only: the globals the files share
// (`luukkuSearch`, `luukkuSearch.entry`, `.forgiver`, the stemmers' registrations)
// and every property name stay as written.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

export const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'search', 'client');
export const distDir = join(clientDir, 'dist');

const LICENCE = '/* luukku search client (src/search/client/), MIT OR Apache-2.0. */\n';

/** The files the site serves: output name and the sources it is made of. */
export const BUNDLES = [
  // The engine, the Snowball runtime and the synonym rules share one scope.
  { name: 'search-engine.js', sources: ['snowball.js', 'synonyms.js', 'engine.js'], wrap: true },
  { name: 'search-forgive.js', sources: ['forgive.js'] },
  { name: 'search-stem-fi.js', sources: ['stem-fi.js'] },
  { name: 'search-stem-sv.js', sources: ['stem-sv.js'] },
  { name: 'search-stem-en.js', sources: ['stem-en.js'] },
];

/** The minified text of one bundle. */
export async function build(bundle) {
  const parts = await Promise.all(bundle.sources.map((s) => readFile(join(clientDir, s), 'utf8')));
  const code = bundle.wrap ? '(function () {\n' + parts.join('\n') + '\n})();\n' : parts.join('\n');
  const out = await minify(code, {
    ecma: 2017,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, ascii_only: true },
  });
  return LICENCE + out.code + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(distDir, { recursive: true });
  for (const bundle of BUNDLES) {
    const text = await build(bundle);
    await writeFile(join(distDir, bundle.name), text);
    console.log(`${bundle.name}: ${Buffer.byteLength(text)} bytes`);
  }
}
