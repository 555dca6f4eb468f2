// npm run bench — builds the site, serves dist/, and measures in the same Chromium as the tests:
//  1. bytes over the wire by type and request count for each page kind, with Lighthouse mobile scores;
//  2. search: what the first search loads (script, WebAssembly, index, fragments), median time from
//     typing to results, quality on the evaluation queries (hit@1, hit@3, MRR), bare Pagefind beside it,
//     and on the tuning set (with its misses), and the slowest of the hostile long queries (search-stress.mjs);
//  3. build time of the real site, and of a copy with 1,000 generated scenario pages added;
//  4. the collage tool with 20 and 50 noisy photos (scripts/bench-collage.mjs; --skip-collage leaves it out);
//  5. the case ledger with 100 saved cases on the phone profile, to rows painted (scripts/bench-ledger.mjs).
// Lighthouse figures are medians of 3 runs; every page kind's LCP is held to 1.0 s (issue 23): the table
// says 通过/未通过 per page and the run exits with status 1 when one misses it.
// Writes bench-results/bench.json and prints a short table.
// Options: --skip-build, --skip-scale, --search-only (build and search, no page weights or Lighthouse),
// --pages=/checklist/,/check/ (only these page kinds: a quicker look at one page while working on it).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { LCP_LIMIT_MS, benchKinds, measurePage, sumResponses, throttledLcp } from './measure.mjs';
import { bareSearch, percent, readQueries, score, siteSearch } from './search-quality.mjs';
import { benchCollage } from './bench-collage.mjs';
import { benchLedger } from './bench-ledger.mjs';
import { stressQueries } from './search-stress.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const onlyPages = process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
const node = process.execPath;
const kB = (n) => (n / 1024).toFixed(1);

function timedBuild(cwd) {
  const start = performance.now();
  execFileSync(node, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const astro = (performance.now() - start) / 1000;
  const p = performance.now();
  execFileSync(node, [join(cwd, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], { cwd, stdio: 'ignore' });
  execFileSync(node, [join(root, 'scripts/search-index.mjs'), join(cwd, 'dist')], { cwd, stdio: 'ignore' });
  const pagefind = (performance.now() - p) / 1000;
  return { astro, pagefind, total: astro + pagefind };
}

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

const countHtml = (dir) =>
  readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html') && !String(f).startsWith('pagefind')).length;

async function launch(port) {
  const extra = ['--disable-background-networking', '--disable-component-update', '--no-first-run', `--remote-debugging-port=${port}`];
  if (process.env.CHROME_PATH) {
    return chromium.launch({ executablePath: process.env.CHROME_PATH, args: ['--no-sandbox', '--disable-gpu', ...extra] });
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const a = sparticuz.args.filter((x) => x !== '--single-process' && x !== '--no-zygote');
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...a, ...extra] });
}

/**
 * What Lighthouse says about one run's LCP, for finding why a page is slow: the element (Lighthouse 13 names it
 * in the lcp-breakdown-insight, as a node item inside a list; largest-contentful-paint-element is gone), the
 * simulated FCP beside the LCP (equal when the LCP element is painted with the first paint, so the critical
 * path is the document and its render-blocking files), the observed subparts, the document's transfer size with
 * its headers (TCP's first window is about 14.6 kB), and the render-blocking requests.
 * @param {any} lhr
 */
function lcpDiagnosis(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
  const node = items.find((i) => i?.type === 'node');
  const subparts = items.find((i) => i?.type === 'table')?.items ?? [];
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const doc = requests.find((r) => r.resourceType === 'Document');
  return {
    element: node ? `${node.snippet ?? ''}${node.nodeLabel ? ` ${String(node.nodeLabel).slice(0, 30)}` : ''}` : undefined,
    selector: node?.selector,
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN),
    subpartsMs: Object.fromEntries(subparts.map((i) => [i.subpart, Math.round(i.duration)])),
    documentTransferBytes: doc?.transferSize,
    renderBlocking: (lhr.audits['render-blocking-insight']?.details?.items ?? []).map((i) => i.url).filter(Boolean),
    requests: requests.length,
  };
}

const report = { date: new Date().toISOString(), pages: [], search: {}, build: {}, collage: [], ledger: undefined };

// 1. Build the real site.
if (!args.has('--skip-build')) report.build.site = { ...timedBuild(root), pages: countHtml(join(root, 'dist')) };

// Lighthouse 13 gives up on every page sent with `Referrer-Policy: no-referrer` (FAILED_DOCUMENT_REQUEST,
// net::ERR_ABORTED: bisected 2026-12-02 on a one-line page, each header of dist/_headers alone; only this one
// breaks it). The header changes nothing about loading, so the bench's server leaves it out.
const server = await startServer({ root: join(root, 'dist'), port: 0, omitHeaders: ['Referrer-Policy'] });
const base = server.url.replace('localhost', '127.0.0.1');
const debugPort = 9300 + Math.floor(Math.random() * 500);
const browser = await launch(debugPort);

try {
  // 2. Page weights and Lighthouse, per page kind.
  for (const { kind, path } of args.has('--search-only') ? [] : benchKinds.filter((k) => !onlyPages || onlyPages.includes(k.path))) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const weight = await measurePage(page, base + path);
    await context.close();
    // Lighthouse's simulated timings vary from run to run on a busy 2-core machine: take the median of 3.
    const runs = [];
    for (let i = 0; i < 3 && !runs.some((r) => r.runtimeError); i++) {
      const run = await lighthouse(base + path, {
        port: debugPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(run.lhr);
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const score = (id) => median(runs.map((r) => Math.round((r.categories[id]?.score ?? 0) * 100)));
    // A run Lighthouse could not finish (its runtimeError says why) has no value for an audit: the median is of the others.
    const audit = (id) => median(runs.map((r) => r.audits[id]?.numericValue).filter((v) => typeof v === 'number')) ?? Number.NaN;
    const problems = runs.map((r) => r.runtimeError?.code).filter(Boolean);
    // When Lighthouse could not load the page at all, the LCP comes from the page itself under the same
    // throttling (median of 3 too), and the table says so.
    let observed;
    if (Number.isNaN(audit('largest-contentful-paint'))) {
      const tries = [];
      for (let i = 0; i < 3; i++) tries.push(await throttledLcp(browser, base + path));
      tries.sort((a, b) => a.lcpMs - b.lcpMs);
      observed = tries[1];
    }
    const why = observed ? undefined : lcpDiagnosis(runs[0]);
    console.error(
      `${path}: LCP ${observed ? `${observed.lcpMs} ms（页面内测得，Lighthouse：${problems.join('、')}）` : `${Math.round(audit('largest-contentful-paint'))} ms，FCP ${why?.fcpMs} ms，HTML ${why?.documentTransferBytes} B，${why?.element ?? '?'}`}`,
    );
    report.pages.push({
      kind,
      path,
      bytes: { html: weight.html, css: weight.css, js: weight.js, other: weight.other, total: weight.total },
      requests: weight.requests,
      lighthouse: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: observed ? observed.lcpMs : Math.round(audit('largest-contentful-paint')),
        lcpMethod: observed ? 'page (DevTools throttling)' : 'lighthouse (simulated)',
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
        lcpElement: observed ? observed.element : lcpDiagnosis(runs[0]).element,
      },
      // Per run, beside its LCP: what the page's LCP is made of (see lcpDiagnosis).
      lcpRuns: observed ? [] : runs.map((r) => ({ lcpMs: Math.round(r.audits['largest-contentful-paint']?.numericValue ?? Number.NaN), ...lcpDiagnosis(r) })),
    });
  }

  // 3. Search (left out when only some pages are asked for): what the first search loads (a short word and a whole sentence), how long a query takes,
  //    and quality on the evaluation queries through the site's search box and with bare Pagefind.
  if (!onlyPages) {
  // A first visit: no service worker yet (one left from the page weights above would answer from its cache and the sizes would mean nothing).
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  report.search.firstSearch = [];
  for (const query of ['空包', '平台介入了让我举证，只能传几张图']) {
    await page.goto(`${base}/guide/what-is-intervention/`, { waitUntil: 'networkidle' });
    await page.locator('html[data-search-ready]').waitFor({ state: 'attached' });
    const responses = [];
    const onResponse = (r) => responses.push(r);
    page.on('response', onResponse);
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor();
    await page.keyboard.type(query);
    await page.locator('.search-result').first().waitFor();
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    const first = await sumResponses(responses);
    report.search.firstSearch.push({ query, js: first.js, other: first.other, total: first.total, requests: first.requests });
  }
  const evaluation = readQueries(join(root, 'tests/search-eval.tsv'));
  const times = [];
  for (const { query } of evaluation.slice(0, 24)) {
    times.push(
      await page.evaluate(async (q) => {
        const input = document.querySelector('#search-input');
        const list = document.querySelector('.search-results');
        const start = performance.now();
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.query === q) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, query),
    );
  }
  times.sort((a, b) => a - b);
  // The box waits 120 ms after the last keystroke before it searches; that pause is not search time.
  report.search.medianQueryMs = Math.round(times[Math.floor(times.length / 2)] - 120);
  report.search.queries = times.length;
  const site = await score(evaluation, await siteSearch(page, base));
  const bare = await score(evaluation, await bareSearch(page, base));
  report.search.quality = { queries: site.n, site: { hit1: site.hit1, hit3: site.hit3, mrr: site.mrr }, barePagefind: { hit1: bare.hit1, hit3: bare.hit3, mrr: bare.mrr } };
  // The tuning set (may be read and tuned to, unlike the evaluation set): its misses are listed.
  const tuned = await score(readQueries(join(root, 'tests/search-tuning.tsv')), await siteSearch(page, base));
  report.search.tuning = { queries: tuned.n, hit1: tuned.hit1, hit3: tuned.hit3, mrr: tuned.mrr, misses: tuned.misses };
  // Hostile long input (scripts/search-stress.mjs, up to 10,000 characters): the slowest from setting the box to the results.
  let slowest = { ms: 0, name: '' };
  for (const { name, query } of stressQueries()) {
    const ms = await page.evaluate(async (q) => {
      const status = document.querySelector('#search-status');
      const input = document.querySelector('#search-input');
      let searching = false;
      const start = performance.now();
      const done = new Promise((resolve) => {
        // From the box's 正在搜索… to whatever it says next.
        const observer = new MutationObserver(() => {
          if (/正在搜索/.test(status.textContent)) searching = true;
          else if (searching) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
      });
      input.value = q;
      // A query of spaces only is no search (the box trims it).
      if (!input.value.trim()) return 0;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return done;
    }, query);
    if (ms > slowest.ms) slowest = { ms, name };
  }
  report.search.slowestLongQuery = { ms: Math.round(slowest.ms - 120), name: slowest.name, queries: stressQueries().length };
  await context.close();
  }

  // Collage: 20 and 50 noisy photos into one work-order image (left out when only some pages are asked for).
  if (!onlyPages && !args.has('--search-only') && !args.has('--skip-collage')) report.collage = await benchCollage(browser, base);
  if (!args.has('--search-only') && (!onlyPages || onlyPages.includes('/cases/'))) report.ledger = await benchLedger(browser, base);
} finally {
  await browser.close();
  await server.close();
}

// 4. Build scaling: the same site plus 1,000 generated scenario-like pages, in a temporary copy.
function scaledBuild(generated) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(copy, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const scenarios = join(copy, 'content/scenarios');
  const body = readdirSync(join(root, 'content/scenarios')).length;
  for (let i = 1; i <= generated; i++) {
    const id = `generated-${String(i).padStart(4, '0')}`;
    writeFileSync(
      join(scenarios, `${id}.mdx`),
      `---\ntitle: 生成的场景 ${i}\ndescription: 用于测量构建时间的生成页面 ${i}。\norder: ${100 + i}\nreviewed: 2026-11-26\nevidenceRequired: [packing-video, ship-weight]\nevidenceHelpful: [chat-log]\noutcomes: [apply-empty-parcel]\n---\n\n买家申请<Term id="refund-only">仅退款</Term>。处理时限是 <Fact id="seller-response-window" />，举证时限是 <Fact id="evidence-window" />。\n\n## 怎样认出\n\n这是第 ${i} 个生成的场景，用来测量构建时间随页面数量的增长。${'商家要在倒计时内准备凭证，凭证要真实、对题、清楚。'.repeat(8)}\n\n## 每个阶段做什么\n\n<Fact id="pc-evidence-path" claim />\n`,
    );
  }
  const scaled = timedBuild(copy);
  const result = { ...scaled, pages: countHtml(join(copy, 'dist')), generated, existingScenarios: body, pagefindIndexBytes: dirSize(join(copy, 'dist/pagefind')) };
  rmSync(copy, { recursive: true, force: true });
  return result;
}
if (!args.has('--skip-scale') && !args.has('--search-only') && !onlyPages) {
  report.build.scaled500 = scaledBuild(500);
  report.build.scaled = scaledBuild(1000);
}
if (report.build.site) report.build.site.pagefindIndexBytes = dirSize(join(root, 'dist/pagefind'));

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(report, null, 2));

// The short table.
console.log(`\n页面类型        HTML   CSS    JS     其他   合计(kB gzip) 请求  性能 无障碍 最佳实践 SEO  LCP(ms) ≤ ${LCP_LIMIT_MS} TBT CLS  路径`);
// A page with no LCP measured (NaN) fails too.
const slow = report.pages.filter((p) => !(p.lighthouse.lcpMs <= LCP_LIMIT_MS));
for (const p of report.pages) {
  const b = p.bytes;
  const l = p.lighthouse;
  const verdict = `${l.lcpMs <= LCP_LIMIT_MS ? '通过  ' : '未通过'}${l.lcpMethod.startsWith('page') ? '*' : ' '}`;
  console.log(
    `${p.kind.padEnd(10, '　')} ${kB(b.html).padStart(5)} ${kB(b.css).padStart(5)} ${kB(b.js).padStart(5)} ${kB(b.other).padStart(5)} ${kB(b.total).padStart(7)}       ${String(p.requests).padStart(3)}  ${l.performance}  ${l.accessibility}    ${l.bestPractices}      ${l.seo}  ${String(l.lcpMs).padStart(5)} ${verdict} ${l.tbtMs}  ${l.cls}  ${p.path}`,
  );
}
if (report.pages.length > 0) {
  if (report.pages.some((p) => p.lighthouse.lcpMethod.startsWith('page'))) console.log('* Lighthouse 没能载入这一页，LCP 是页面里测得的（同样的限速，三次取中位数）。');
  console.log(
    slow.length === 0
      ? `LCP：${report.pages.length} 类页面都不超过 ${LCP_LIMIT_MS} ms，通过。`
      : `LCP：${slow.length} 类页面超过 ${LCP_LIMIT_MS} ms，未通过：${slow.map((p) => `${p.path} ${p.lighthouse.lcpMs} ms（${p.lighthouse.lcpElement ?? '?'}）`).join('；')}`,
  );
  report.lcp = { limitMs: LCP_LIMIT_MS, pass: slow.length === 0, slow: slow.map((p) => p.path) };
  writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(report, null, 2));
  if (slow.length > 0) process.exitCode = 1;
}
const s = report.search;
if (s.firstSearch) {
for (const f of s.firstSearch) {
  console.log(`\n首次搜索“${f.query}”：${kB(f.total)} kB（JS ${kB(f.js)} kB，WebAssembly、索引、片段和搜索数据 ${kB(f.other)} kB，${f.requests} 个请求）`);
}
console.log(`查询到结果的中位时间 ${s.medianQueryMs} ms（${s.queries} 个评测查询，不含输入停顿 120 ms）`);
const q = s.quality;
console.log(`搜索质量（评测集 ${q.queries} 条）：hit@1 ${percent(q.site.hit1)}，hit@3 ${percent(q.site.hit3)}，MRR ${q.site.mrr.toFixed(3)}；只用 Pagefind：hit@1 ${percent(q.barePagefind.hit1)}，hit@3 ${percent(q.barePagefind.hit3)}，MRR ${q.barePagefind.mrr.toFixed(3)}`);
console.log(`调参集 ${s.tuning.queries} 条：hit@1 ${percent(s.tuning.hit1)}，hit@3 ${percent(s.tuning.hit3)}，MRR ${s.tuning.mrr.toFixed(3)}；未命中：\n${s.tuning.misses.join('\n')}`);
console.log(`超长输入最慢 ${s.slowestLongQuery.ms} ms（${s.slowestLongQuery.name}，共 ${s.slowestLongQuery.queries} 条，最长 10,000 字，不含输入停顿 120 ms）`);
}
if (report.build.site) {
  const b = report.build.site;
  console.log(`构建（本站 ${b.pages} 页）：Astro ${b.astro.toFixed(1)} s + Pagefind ${b.pagefind.toFixed(1)} s，每页 ${((b.total / b.pages) * 1000).toFixed(0)} ms，索引 ${kB(b.pagefindIndexBytes)} kB`);
}
for (const b of [report.build.scaled500, report.build.scaled].filter(Boolean)) {
  console.log(`构建（加 ${b.generated} 个生成页，共 ${b.pages} 页）：Astro ${b.astro.toFixed(1)} s + Pagefind ${b.pagefind.toFixed(1)} s，每页 ${((b.total / b.pages) * 1000).toFixed(0)} ms，索引 ${kB(b.pagefindIndexBytes)} kB`);
}
if (report.build.site && report.build.scaled500 && report.build.scaled) {
  const [a, b, c] = [report.build.site, report.build.scaled500, report.build.scaled];
  const m1 = ((b.total - a.total) / (b.pages - a.pages)) * 1000;
  const m2 = ((c.total - b.total) / (c.pages - b.pages)) * 1000;
  report.build.marginalMsPerPage = [Math.round(m1), Math.round(m2)];
  console.log(`每多一页的构建时间：前 500 页 ${m1.toFixed(1)} ms，后 500 页 ${m2.toFixed(1)} ms（两者接近即为线性增长）`);
}
for (const c of report.collage) {
  console.log(`拼图 ${c.photos} 张噪点照片（工单，1 张）：${c.width}×${c.height}，${kB(c.bytes)} kB，质量 ${c.quality}，${(c.ms / 1000).toFixed(1)} s`);
}
if (report.ledger) {
  const l = report.ledger;
  console.log(`售后台账 ${l.cases} 个案件（${l.openRows} 行进行中）：从打开到行画出来 ${l.medianMs} ms（390 px，CPU 减速 ${l.cpuSlowdown}×，5 次中位数：${l.runsMs.join(' / ')} ms）`);
}
console.log('\n报告：bench-results/bench.json');
