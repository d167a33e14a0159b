// Where the time and the memory of N instances go: a CPU profile and two heap snapshots through the DevTools
// protocol, on the same bench page `npm run bench` times (bench/server.mjs), with the kit built *unminified* so that
// its functions keep their names and each line can be traced to its source module.
//
//   node bench/profile.mjs [candidate ...] [--count N] [--top K]     (e.g. node bench/profile.mjs kit-tip-card)
//
// `npm run bench` calls profileKit() for the three elements and writes the top items into bench/RESULTS.md.
// The functions handed to page.evaluate() run in the page:
/* global window */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { OUT, ROOT } from './bundle.mjs';
import { CANDIDATES, futureWeek } from './candidates.mjs';
import { startServer } from './server.mjs';

export const READABLE_KIT = '/bench/out/bundles/kit-readable.js';

/** The kit as `vite build` makes it (same plugins and aliases), but unminified, to bench/out/bundles/. */
export async function buildReadableKit() {
  await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'silent',
    build: {
      outDir: OUT,
      emptyOutDir: false,
      lib: { entry: `${ROOT}src/index.ts`, formats: ['es'], fileName: () => 'kit-readable.js' },
      rolldownOptions: { output: { minify: false, codeSplitting: false } },
    },
  });
}

/**
 * The bundle's source modules by line: the unminified output starts each module with a comment naming its path
 * (`// src/core/format.ts`, `// node_modules/lit-html/lit-html.js`). Returns line (0-based) -> module path.
 */
function moduleByLine(source) {
  let current = '(bundle)';
  return source.split('\n').map((line) => {
    const start = line.match(/^\/\/ ((?:src|node_modules)\/\S+)$/);
    if (start) current = start[1].replace(/^node_modules\//, '');
    return current;
  });
}

/** Self and total time per function of a CPU profile (Profiler.stop's profile), in ms. */
function summariseProfile(profile, modules) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    if (url.endsWith('kit-readable.js')) return `${name} (${modules[lineNumber] ?? '?'})`;
    if (!url) return name;
    return `${name} (${url.replace(/^.*\//, '')})`;
  };
  const rows = new Map();
  for (const node of profile.nodes) {
    const key = label(node);
    const row = rows.get(key) ?? { name: key, self: 0, total: 0 };
    row.self += self.get(node.id) ?? 0;
    rows.set(key, row);
  }
  // Total: each sample counted once for every distinct function on its stack.
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const key = label(byId.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      rows.get(key).total += (profile.timeDeltas[i] ?? 0) / 1000;
    }
  }
  // By module of the kit (self time), so a whole file's cost shows even when spread over many small functions.
  const byModule = new Map();
  for (const node of profile.nodes) {
    const { url, lineNumber } = node.callFrame;
    const module = url.endsWith('kit-readable.js')
      ? (modules[lineNumber] ?? '?')
      : url
        ? url.replace(/^.*\//, '')
        : node.callFrame.functionName || '(native)';
    byModule.set(module, (byModule.get(module) ?? 0) + (self.get(node.id) ?? 0));
  }
  return { functions: [...rows.values()], modules: [...byModule].map(([name, self]) => ({ name, self })) };
}

/** A heap snapshot's self sizes summed by constructor (or by kind for strings, code, arrays...). */
async function heapByConstructor(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const totals = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    const name = snapshot.strings[snapshot.nodes[i + nameAt]];
    // The browser's own objects (type "native": nodes' internals, layout, styles) are one row: the bench's heap
    // figure is the JavaScript heap, where a node counts through its wrapper object.
    const key =
      type === 'native'
        ? "(the browser's own objects, outside the JavaScript heap)"
        : type === 'object'
          ? name
          : type === 'closure'
            ? `closure ${name || '(anonymous)'}`
            : `(${type})`;
    const row = totals.get(key) ?? { count: 0, size: 0 };
    row.count++;
    row.size += snapshot.nodes[i + sizeAt];
    totals.set(key, row);
  }
  return totals;
}

/**
 * Profiles one candidate with `count` instances: Performance metrics (script, style, layout), a CPU profile of
 * import-to-painted, and the heap the instances added (snapshot after minus snapshot before, by constructor).
 */
export async function profileCandidate(browser, origin, candidate, count, modules) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/page/${candidate.id}/${count}.html?bundle=${encodeURIComponent(READABLE_KIT)}`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = await heapByConstructor(cdp);
    const metric = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const metricsBefore = await metric();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate(() => window.benchGo());
    const { profile } = await cdp.send('Profiler.stop');
    const metricsAfter = await metric();
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = await heapByConstructor(cdp);
    const seconds = (name) => (metricsAfter[name] - metricsBefore[name]) * 1000;
    const heap = [...heapAfter]
      .map(([name, after]) => {
        const before = heapBefore.get(name) ?? { count: 0, size: 0 };
        return { name, count: after.count - before.count, size: after.size - before.size };
      })
      .filter((row) => row.size > 0);
    return {
      painted: result.painted,
      instances: result.instances,
      metrics: {
        script: seconds('ScriptDuration'),
        style: seconds('RecalcStyleDuration'),
        layout: seconds('LayoutDuration'),
        task: seconds('TaskDuration'),
      },
      ...summariseProfile(profile, modules),
      heap,
    };
  } finally {
    await context.close();
  }
}

/** The kit's three elements, each with `count` instances, from the readable build. */
export async function profileKit({ browser, origin, count = 100 }) {
  await buildReadableKit();
  const modules = moduleByLine(readFileSync(`${OUT}kit-readable.js`, 'utf8'));
  const results = [];
  for (const candidate of CANDIDATES.filter((c) => c.kit)) {
    // One load first, not recorded (compiles and caches), then the profiled one.
    await profileCandidate(browser, origin, candidate, count, modules);
    results.push({ candidate, count, ...(await profileCandidate(browser, origin, candidate, count, modules)) });
  }
  return results;
}

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Markdown lines: for each element, the time split, the top functions, modules and heap rows. */
export function profileTables(results, top = 8) {
  const lines = [];
  for (const r of results) {
    const functions = r.functions
      .filter((f) => !/^\((program|idle|root)\)/.test(f.name))
      .sort((a, b) => b.self - a.self)
      .slice(0, top);
    const modules = r.modules
      .filter((m) => !/^\((program|idle|root)\)/.test(m.name))
      .sort((a, b) => b.self - a.self)
      .slice(0, top);
    const heap = [...r.heap].sort((a, b) => b.size - a.size).slice(0, top);
    lines.push(
      `#### ${r.count} × ${r.candidate.label.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`,
      '',
      `Import to painted ${ms(r.painted)} (while profiled); script ${ms(r.metrics.script)}, style ${ms(r.metrics.style)}, ` +
        `layout ${ms(r.metrics.layout)}, all main-thread tasks ${ms(r.metrics.task)}.`,
      '',
      '| function (module) | self | total |',
      '| --- | ---: | ---: |',
      ...functions.map((f) => `| ${f.name} | ${ms(f.self)} | ${ms(f.total)} |`),
      '',
      '| module (self time) | self |',
      '| --- | ---: |',
      ...modules.map((m) => `| ${m.name} | ${ms(m.self)} |`),
      '',
      '| heap added, by constructor | objects | bytes |',
      '| --- | ---: | ---: |',
      ...heap.map((h) => `| ${h.name || '(unnamed)'} | ${h.count} | ${kb(h.size)} |`),
      '',
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------- command line
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const count = option('--count', 100);
  const top = option('--top', 12);
  const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const server = await startServer(futureWeek());
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  try {
    let results = await profileKit({ browser, origin: server.origin, count });
    if (wanted.length > 0) results = results.filter((r) => wanted.includes(r.candidate.id));
    console.log(profileTables(results, top).join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}
