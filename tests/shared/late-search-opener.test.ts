import { describe, expect, it } from 'vitest';
import { loadOpenerAfterPaint } from '~/integrations/late-search-opener.mjs';

describe('the search opener after the first paint', () => {
  const tag = '<script type="module" src="/_astro/Base.astro_astro_type_script_index_0_lang.C7AG4tdr.js"></script>';
  it('replaces the opener tag with a loader that imports the same file after load and a frame', () => {
    const html = `<main>text</main>${tag}</body>`;
    expect(loadOpenerAfterPaint(html)).toBe(
      '<main>text</main><script type="module">addEventListener("load",()=>requestAnimationFrame(()=>setTimeout(()=>import("/_astro/Base.astro_astro_type_script_index_0_lang.C7AG4tdr.js"))))</script></body>',
    );
  });
  it('leaves other scripts alone and says when a page has no opener', () => {
    expect(loadOpenerAfterPaint('<script type="module" src="/_astro/SelfCheck.x1.js"></script>')).toBeUndefined();
    expect(loadOpenerAfterPaint('<p>$&</p>' + tag)).toContain('<p>$&</p><script type="module">addEventListener');
  });
});
