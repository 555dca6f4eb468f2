// Screenshots for reading pages as a seller would: `npm run shots -- 390 /check/ /faq/` writes PNGs to
// screenshots/ from the site served at BASE (default http://127.0.0.1:4321, i.e. `npm start`).
// FOLD=1 takes the first screen only, DARK=1 the dark theme, NOJS=1 turns JavaScript off.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';

const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const [, , width = '390', ...paths] = process.argv;
const executablePath = process.env.CHROME_PATH ?? (await sparticuz.executablePath());
const args = process.env.CHROME_PATH ? ['--no-sandbox'] : sparticuz.args.filter((a) => a !== '--single-process' && a !== '--no-zygote');
const browser = await chromium.launch({ executablePath, args });
const context = await browser.newContext({
  viewport: { width: Number(width), height: 844 },
  colorScheme: process.env.DARK ? 'dark' : 'light',
  javaScriptEnabled: !process.env.NOJS,
});
mkdirSync('screenshots', { recursive: true });
for (const path of paths.length > 0 ? paths : ['/']) {
  const page = await context.newPage();
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  const flags = `${process.env.DARK ? '-dark' : ''}${process.env.NOJS ? '-nojs' : ''}`;
  const file = `screenshots/${width}${flags}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: file, fullPage: !process.env.FOLD });
  console.log(file);
  await page.close();
}
await browser.close();
