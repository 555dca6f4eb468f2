// The last build step (npm run build, after Astro, Pagefind and search-index.mjs): writes dist/sw.js, the
// service worker that keeps the tools, the checklist, the ledger and the pages a seller read usable
// offline (issue 25; what it does and why: src/client/service-worker.ts).
//  1. esbuild bundles src/client/service-worker.ts with Workbox's modules into one same-origin file
//     (no importScripts, nothing from a CDN; the strict CSP is untouched).
//  2. Workbox's injectManifest writes the pre-cache list into it: the files src/lib/offline/precache.ts
//     selects from dist/ by pattern, each with a revision (a hash of its content) unless its name is hashed.
// Prints what is pre-cached and the worker's size; the numbers are in docs/decisions/offline.md.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { HASHED_FILE, precacheUrl, selectPrecache } from '../src/lib/offline/precache.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
export const SW_FILE = 'sw.js';

/** Every file in dist/, relative to it with "/". */
function distFiles() {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'));
}

const files = selectPrecache(distFiles());
const tmp = mkdtempSync(join(tmpdir(), 'sw-'));
try {
  const bundled = join(tmp, SW_FILE);
  await build({
    entryPoints: [join(root, 'src/client/service-worker.ts')],
    outfile: bundled,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    // Workbox drops its development logging and checks in production builds.
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '~': join(root, 'src') },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(dist, SW_FILE),
    globDirectory: dist,
    globPatterns: files,
    // The tools' pages are 30–70 kB; nothing selected should come near this.
    maximumFileSizeToCacheInBytes: 512 * 1024,
    dontCacheBustURLsMatching: HASHED_FILE,
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((e) => ({ ...e, url: precacheUrl(e.url), revision: HASHED_FILE.test(e.url) ? null : e.revision })),
        warnings: [],
      }),
    ],
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  if (count !== files.length) throw new Error(`service worker: ${files.length} files selected, ${count} pre-cached`);
  const sw = readFileSync(join(dist, SW_FILE));
  const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  console.log(
    `service worker: ${SW_FILE} ${sw.length} B (${gzipSync(sw).length} B gzip); pre-caches ${count} files, ` +
      `${size} B (${gzipped} B gzip), ${files.filter((f) => f.endsWith('.html')).length} of them pages`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
