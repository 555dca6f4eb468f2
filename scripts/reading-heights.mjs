// Reading on a phone (docs/decisions/reading-on-a-phone.md): for each reading page, measured at 390 × 844 in the
// test Chromium: the page height in screens, the height above the source list ("body"), the height up to the
// prev/next links, where the answer and the first paragraph of the body start, and the HTML's size gzipped. Serves dist/ itself; prints a Markdown table.
// `node scripts/reading-heights.mjs [/path/ …]` (default: the pages of the audit's table, every guide chapter and
// scenario, the FAQ pages, glossary and /changes/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';
import { startServer } from './static-server.mjs';
import { PHONE, readingLayout } from './measure.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const dirs = (d) => readdirSync(`${dist}${d}`).filter((e) => statSync(`${dist}${d}/${e}`).isDirectory()).map((e) => `/${d}/${e}/`);
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [
  '/', '/guide/', ...dirs('guide'), '/scenarios/', ...dirs('scenarios'), '/faq/', ...dirs('faq'), '/glossary/', '/changes/',
  '/check/result/settle-fresh/applied/', '/sources/',
];
const server = await startServer({ root: dist, port: 0 });
const base = server.url.replace('localhost', '127.0.0.1');
const executablePath = process.env.CHROME_PATH ?? (await sparticuz.executablePath());
const args = process.env.CHROME_PATH ? ['--no-sandbox'] : sparticuz.args.filter((a) => a !== '--single-process' && a !== '--no-zygote');
const browser = await chromium.launch({ executablePath, args });
const page = await (await browser.newContext({ viewport: PHONE })).newPage();
const screens = (px) => (px === null ? 'n/a' : (px / PHONE.height).toFixed(1));
console.log('| Page | Total | Body | Up to prev/next | Answer y | First paragraph y | HTML gzip |\n|---|---|---|---|---|---|---|');
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'load' });
  const m = await readingLayout(page);
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const gz = gzipSync(readFileSync(`${dist}${file.slice(1)}`)).length;
  console.log(`| ${path} | ${screens(m.documentHeight)} | ${screens(m.sourcesTop)} | ${screens(m.mainBottom)} | ${m.answerTop ?? '–'} | ${m.firstParagraphTop ?? '–'} | ${gz.toLocaleString('en')} |`);
}
await browser.close();
await server.close?.();
process.exit(0);
