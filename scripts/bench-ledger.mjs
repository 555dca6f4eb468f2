// The case ledger with 100 saved cases on the benchmark's phone profile: a 390 px screen and Lighthouse's
// mobile CPU slowdown (4×). Seeds localStorage, reloads /cases/, and takes the time from navigation start to
// the frame after every open case's row is in the page (median of 5 loads).
import { ledgerSeed } from './ledger-seed.mjs';

const CPU_SLOWDOWN = 4;

export async function benchLedger(browser, base, cases = 100) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const seed = ledgerSeed(cases);
  const open = Object.keys(seed).filter((k) => k.startsWith('shouhou-jieru:case:')).length - Object.keys(seed).filter((k) => k.startsWith('shouhou-jieru:outcome:')).length;
  await page.goto(`${base}/cases/`);
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, seed);
  await page.addInitScript((want) => {
    // Rows painted: all open rows are in the page, then two animation frames (the second starts after the paint).
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('.ledger > .ledger-rows > li').length < want) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => ((window).__rowsPainted = performance.now())));
    }).observe(document, { childList: true, subtree: true });
  }, open);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    times.push(await page.waitForFunction(() => window.__rowsPainted, undefined, { timeout: 60_000 }).then((h) => h.jsonValue()));
  }
  await context.close();
  times.sort((a, b) => a - b);
  return { cases, openRows: open, cpuSlowdown: CPU_SLOWDOWN, medianMs: Math.round(times[2]), runsMs: times.map(Math.round) };
}

// On its own: `node scripts/bench-ledger.mjs` against the built dist/ (no Lighthouse, no build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./static-server.mjs');
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const server = await startServer({ root: join(fileURLToPath(new URL('..', import.meta.url)), 'dist'), port: 0 });
  const args = sparticuz.args.filter((x) => x !== '--single-process' && x !== '--no-zygote');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? (await sparticuz.executablePath()), args });
  try {
    for (const n of [30, 100]) console.log(JSON.stringify(await benchLedger(browser, server.url.replace('localhost', '127.0.0.1'), n)));
  } finally {
    await browser.close();
    await server.close();
  }
}
