import { chromium } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';
const base = process.env.BASE ?? 'http://127.0.0.1:4455';
const [,, width, ...paths] = process.argv;
const args = sparticuz.args.filter((a) => a !== '--single-process' && a !== '--no-zygote');
const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), args });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 844 }, colorScheme: process.env.DARK ? 'dark' : 'light', javaScriptEnabled: !process.env.NOJS });
for (const p of paths) {
  const page = await ctx.newPage();
  await page.goto(base + p, { waitUntil: 'networkidle' });
  const name = `/tmp/shots/${width}${process.env.DARK ? '-dark' : ''}${process.env.NOJS ? '-nojs' : ''}${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: name, fullPage: !process.env.FOLD });
  console.log(name);
  await page.close();
}
await browser.close();
