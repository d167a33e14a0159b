// A quick comparison while working on one element, not a budget check: median import-to-painted time and heap
// growth of a few candidates (by id, see candidates.mjs), interleaved, on the same pages as `npm run bench`.
//
//   node bench/quick.mjs kit-countdown relative-time [--count 100] [--rate 1] [--runs 5]
// Build the kit first (`npm run build`, or `npx vite build` for the file alone).
/* global window */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { bundle } from './bundle.mjs';
import { CANDIDATES, futureWeek } from './candidates.mjs';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const count = option('--count', 100);
const rate = option('--rate', 1);
const runs = option('--runs', 5);
const ids = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const candidates = ids.map(
  (id) => CANDIDATES.find((c) => c.id === id && c.bundle) ?? process.exit(console.error(`no candidate ${id}`) ?? 1),
);
for (const c of candidates) if (c.bundle.startsWith('/bench/')) await bundle(c.bundle.match(/([\w-]+)\.js$/)[1]);

const server = await startServer(futureWeek());
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = new Map(candidates.map((c) => [c.id, []]));
for (let run = 0; run <= runs; run++) {
  for (const candidate of candidates) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/page/${candidate.id}/${count}.html`);
    await page.waitForFunction(() => window.benchReady === true);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const { painted } = await page.evaluate(() => window.benchGo());
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await cdp.send('Runtime.getHeapUsage');
    if (run > 0) results.get(candidate.id).push({ painted, heap: after.usedSize - before.usedSize });
    await context.close();
  }
}
for (const [id, list] of results) {
  console.log(
    `${id.padEnd(22)} painted ${median(list.map((r) => r.painted))
      .toFixed(0)
      .padStart(6)} ms   heap ${(median(list.map((r) => r.heap)) / 1024).toFixed(0).padStart(6)} KB`,
  );
}
await browser.close();
await server.close();
