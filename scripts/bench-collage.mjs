// npm run bench, the collage part: 20 and 50 noisy photos (the worst case for JPEG size) into one
// work-order image, timed in the same Chromium as the tests. These were browser tests until 2026-12; at
// minutes of image generation each on a busy machine they are measurements, not checks, so they live here.
// Each run still fails loudly if the tool does not deliver: one sheet, under the cap, no problem listed,
// no request made.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeImages } from './collage-images.mjs';
import { seededRandom } from '../tests/support/seeded-random.ts';

const CAP_BYTES = 2 * 1024 * 1024;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base the served site, e.g. http://127.0.0.1:4321
 * @param {number[]} counts
 */
export async function benchCollage(browser, base, counts = [20, 50]) {
  const results = [];
  for (const count of counts) {
    const seed = 20261126 + count;
    const random = seededRandom(seed);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const dir = mkdtempSync(join(tmpdir(), 'bench-collage-'));
    try {
      await page.goto(`${base}/tools/collage/`);
      await page.locator('.collage-tool').waitFor();
      const specs = Array.from({ length: count }, (_, i) => ({
        width: 300 + Math.floor(random() * 1500),
        height: 300 + Math.floor(random() * 2000),
        type: /** @type {const} */ (i % 3 === 0 ? 'image/png' : 'image/jpeg'),
        exif: i % 3 !== 0,
        noise: true,
        seed: random(),
      }));
      // Through files on disk: Playwright refuses more than 50 MB of buffers in one call.
      const paths = [];
      for (let i = 0; i < specs.length; i += 5) {
        for (const f of await makeImages(page, specs.slice(i, i + 5))) {
          const name = f.name.replace(/\d+/, String(paths.length + 1));
          writeFileSync(join(dir, name), f.buffer);
          paths.push(join(dir, name));
        }
      }
      const requests = [];
      page.on('request', (r) => {
        if (!/^(blob|data):/.test(r.url())) requests.push(r.url());
      });
      await page.getByRole('radio', { name: /工单/ }).check();
      await page.getByTestId('pick').setInputFiles(paths);
      await page.getByLabel('第 1 张（photo-1.png）的说明文字').fill('发货称重 1.25 kg');
      const t0 = Date.now();
      await page.getByTestId('build').click();
      await page.getByTestId('message').waitFor({ timeout: 240_000 });
      const ms = Date.now() - t0;
      const sheets = await page.locator('[data-testid="sheet"]').evaluateAll((els) =>
        els.map((e) => ({ bytes: Number(e.dataset.bytes), width: Number(e.dataset.width), height: Number(e.dataset.height), quality: Number(e.dataset.quality) })),
      );
      const problems = await page.getByTestId('file-problems').count();
      if (sheets.length !== 1 || sheets[0].bytes > CAP_BYTES || problems > 0 || requests.length > 0) {
        throw new Error(`collage ${count}: ${sheets.length} sheets ${JSON.stringify(sheets)}, ${problems} problem lists, requests ${requests.join(' ')}`);
      }
      results.push({ photos: count, seed, ms, ...sheets[0] });
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
