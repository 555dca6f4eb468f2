// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { INLINE_SCRIPTS } from './src/integrations/inline-scripts.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import glossaryLinks from './src/integrations/glossary-links.mjs';
import deployHeaders from './src/integrations/deploy-headers.mjs';
import lateSearchOpener from './src/integrations/late-search-opener.mjs';
import { isCheckStepPath } from './src/lib/self-check/urls.ts';
import { OFFLINE_PATH } from './src/lib/shared/paths.ts';

/** Glossary terms, linked at their first use on every guide and scenario page. */
const glossaryTerms = JSON.parse(readFileSync(new URL('./content/glossary.json', import.meta.url), 'utf8'));

// Question pages of the self-check (/check/<stage>/<question>/) are steps, not documents: keep them out
// of the sitemap. The start page /check/ and the result pages stay in. The scheme lives in one module.
// /offline/ is what the service worker shows offline (src/lib/offline/pages.ts), not a page to find.

export default defineConfig({
  // Placeholder origin for absolute URLs in the sitemap and Open Graph tags; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://shouhou-jieru.example',
  trailingSlash: 'always',
  // Inline the small stylesheet: a seller usually lands on one page from a search engine, and on a slow
  // phone network the extra round trip for a render-blocking file costs more than the repeated bytes.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Every page is static; keep prefetching and the dev toolbar out of the shipped HTML.
  devToolbar: { enabled: false },
  // No code blocks on this site; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [glossaryLinks({ terms: glossaryTerms.map(({ id, term }) => ({ id, term })) })] }),
  },
  // lateSearchOpener loads the one script of every page after the first paint; then deployHeaders writes
  // dist/_headers and dist/nginx.conf from the pages' CSP (docs/deploy.md). Their build:done hooks run in this order.
  integrations: [
    mdx(), preact(), sitemap({ filter: (url) => !isCheckStepPath(new URL(url).pathname) && new URL(url).pathname !== OFFLINE_PATH }), lateSearchOpener(), deployHeaders()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser. Inline scripts rendered with
      // is:inline are not hashed by Astro, so their hashes are added here from their one source.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: INLINE_SCRIPTS.map(
          (code) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(code).digest('base64')}`),
        ),
      },
    },
  },
});
