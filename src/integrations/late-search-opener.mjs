// The search opener (src/client/search-opener.ts) is the one script of every page. Sent as Astro renders it,
// `<script type="module" src>`, it is fetched and run before the first paint on a fast connection, and
// Lighthouse's simulation then makes the page's largest text wait for its two chained requests (measured on
// the self-check result page: LCP 1,059 ms with it, 654 ms without; docs/decisions/reading-on-a-phone.md).
// After the build, every page gets instead a one-line loader that imports the same file once the page has
// loaded and painted. The header's 搜索 is a link to /search/, so a tap before then still finds search.
// Runs before deployHeaders, whose <meta> narrowing gives the loader its CSP hash.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The opener's tag as Astro writes it (the bundle is named after src/layouts/Base.astro, where it is declared). */
const OPENER_TAG = /<script type="module" src="(\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js)"><\/script>/;

/** The page with its opener loaded after load and the next frame, or undefined when the page has no opener. */
export function loadOpenerAfterPaint(html) {
  const m = OPENER_TAG.exec(html);
  if (!m) return undefined;
  const loader = `<script type="module">addEventListener("load",()=>requestAnimationFrame(()=>setTimeout(()=>import(${JSON.stringify(m[1])}))))</script>`;
  return html.replace(m[0], () => loader);
}

export default function lateSearchOpener() {
  return {
    name: 'late-search-opener',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const changed = loadOpenerAfterPaint(readFileSync(file, 'utf8'));
          if (changed === undefined) continue;
          writeFileSync(file, changed);
          pages++;
        }
        // A renamed bundle would leave every page loading the opener early again, silently: stop instead.
        if (pages === 0) throw new Error('late-search-opener: no page has the search opener\'s <script>; has Base.astro\'s script moved?');
        logger.info(`search opener loaded after the first paint on ${pages} pages`);
      },
    },
  };
}
