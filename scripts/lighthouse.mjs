// `npm run lighthouse`: Lighthouse's mobile run (its default: a mid-range phone, simulated slow 4G and CPU) over
// every page of the built site, served as plain files from a sub-folder, in Debian's Chromium (CHROME_PATH for
// another copy). Prints a table of the four scores and the cumulative layout shift per page, writes it to
// bench/LIGHTHOUSE.md, and exits non-zero when a page misses a budget. Timing scores vary from run to run on a
// busy machine, so this is not part of `npm test`; the layout shift and the console are, in test/site/.
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { readJson } from './package-paths.mjs';
import { PAGES } from './site/plugin.mjs';
import { serveFolder } from './site/serve.mjs';
import { runScript, within } from './steps.mjs';

const SITE = new URL('../site/', import.meta.url);
const RESULTS = new URL('../bench/LIGHTHOUSE.md', import.meta.url);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The lowest score each category may have (0 to 100), and the highest layout shift. */
const BUDGETS = { performance: 90, accessibility: 100, 'best-practices': 95, seo: 95 };
const MAX_CLS = 0;
/** Runs per page (CMHW_LIGHTHOUSE_RUNS, default 3): the median one counts. */
const RUNS = Number(process.env.CMHW_LIGHTHOUSE_RUNS) > 0 ? Math.floor(Number(process.env.CMHW_LIGHTHOUSE_RUNS)) : 3;

await runScript(
  'lighthouse',
  async (scope) => {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    scope.defer('Chromium', () => browser.close());
    const chromiumVersion = (await browser.version()).replace(/^(Headless)?Chrome\//, '');
    const server = await serveFolder(SITE.pathname, { under: '/school/cmhw/' });
    scope.defer('the site server', () => server.close());
    const rows = [];
    const misses = [];
    {
      // `node scripts/lighthouse.mjs countdown/index.html …` runs some pages only, while fixing one.
      const only = process.argv.slice(2);
      for (const { path } of PAGES.filter((p) => only.length === 0 || only.includes(p.path))) {
        const url = new URL(path.replace(/index\.html$/, ''), server.url).href;
        // Timing varies from run to run, so each page runs RUNS times and the run with the median performance score
        // counts, as Lighthouse CI does.
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.newPage();
          // A run takes some 20 s on a busy two-core machine: minutes mean it is stuck.
          const { lhr } = await within(300_000, `lighthouse: ${path}, run ${run + 1}`, () =>
            lighthouse(url, { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, undefined, page),
          );
          await page.close();
          runs.push(lhr);
        }
        runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
        const lhr = runs[Math.floor(runs.length / 2)];
        // CMHW_LIGHTHOUSE_JSON=folder keeps each page's whole report, to see what cost the points.
        if (process.env.CMHW_LIGHTHOUSE_JSON) {
          writeFileSync(`${process.env.CMHW_LIGHTHOUSE_JSON}/${path.replace(/\//g, '_')}.json`, JSON.stringify(lhr));
        }
        if (lhr.runtimeError) throw new Error(`lighthouse: ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
        const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
        rows.push({ path, scores, cls });
        for (const id of CATEGORIES) {
          if (scores[id] >= BUDGETS[id]) continue;
          // What cost the points: the category's audits that did not pass, with their weight.
          const failed = lhr.categories[id].auditRefs
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? Math.round(lhr.audits[ref.id].score * 100)})`);
          misses.push(`${path}: ${id} ${scores[id]} < ${BUDGETS[id]}: ${failed.join(', ')}`);
        }
        if (!(cls <= MAX_CLS)) misses.push(`${path}: cumulative layout shift ${cls} > ${MAX_CLS}`);
        console.log(`lighthouse: ${path}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', ')}, CLS ${cls}`);
      }
    }

    const { version: lighthouseVersion } = readJson('node_modules/lighthouse/package.json');
    const mark = (value, ok) => (ok ? `${value}` : `**${value}** (budget missed)`);
    const table = [
      '| page | performance | accessibility | best practices | SEO | CLS |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        ({ path, scores, cls }) =>
          `| \`${path.replace(/index\.html$/, '') || './'}\` | ${CATEGORIES.map((id) => mark(scores[id], scores[id] >= BUDGETS[id])).join(' | ')} | ${mark(cls, cls <= MAX_CLS)} |`,
      ),
    ].join('\n');
    const text = `# Lighthouse over the built site

Written by \`npm run lighthouse\` (scripts/lighthouse.mjs): Lighthouse ${lighthouseVersion}, its mobile settings (a
mid-range phone, simulated slow 4G and a 4× slower CPU), in Debian's Chromium (${chromiumVersion}, headless), over
every page of \`npm run build:site\` served as plain files, without compression, from a sub-folder on 127.0.0.1; the
median of ${RUNS} runs per page (by performance score).
Budgets: performance at least ${BUDGETS.performance}, accessibility ${BUDGETS.accessibility}, best practices and SEO at
least ${BUDGETS.seo}, a cumulative layout shift of ${MAX_CLS}. Timing scores vary from run to run, more so on a busy machine.

${table}
${misses.length ? `\nMissed:\n\n${misses.map((miss) => `- ${miss}`).join('\n')}\n` : ''}`;
    const options = (await prettier.resolveConfig(RESULTS.pathname)) ?? {};
    writeFileSync(RESULTS, await prettier.format(text, { ...options, parser: 'markdown' }));
    console.log(`\n${table}\n`);
    if (misses.length) throw new Error(`budgets missed:\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
    console.log('lighthouse: every page within its budgets (bench/LIGHTHOUSE.md)');
  },
  { deadlineMs: 120 * 60_000 },
);
