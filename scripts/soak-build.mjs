// How reliably the build's browser step finishes: runs the site's browser step (scripts/site/finish.mjs: what a
// screen reader hears, the preview image) N times in a row on the built site, each in a process of its own with a
// deadline, and prints how many finished and how long each took. Not part of `npm test`: a measure, not a check.
//   npm run soak:build -- 20        (or `node scripts/soak-build.mjs 20` once the browsers are installed)
// Builds the site first if there is none (`npm run build:site`). Exits non-zero unless every run finished.
import { existsSync } from 'node:fs';
import { runCommand } from './steps.mjs';

const runs = Number(process.argv[2] ?? 20);
/** One run's deadline: about a tenth of it is a normal run on a busy two-core machine. */
const DEADLINE_MS = Number(process.env.CMHW_SOAK_DEADLINE_MS) || 120_000;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`soak-build: expected a number of runs, such as 20, not ${JSON.stringify(process.argv[2])}`);
  process.exit(2);
}

if (!existsSync(new URL('../site/index.html', import.meta.url))) {
  console.log('soak-build: no built site yet; building it (npm run build:site)...');
  const status = await runCommand('npm', ['run', 'build:site'], { deadlineMs: 10 * 60_000 });
  if (status !== 0) process.exit(status);
}

const results = [];
for (let run = 1; run <= runs; run++) {
  const at = process.hrtime.bigint();
  const status = await runCommand('node', ['scripts/site/finish.mjs'], { deadlineMs: DEADLINE_MS, name: `run ${run}` });
  const seconds = Number(process.hrtime.bigint() - at) / 1e9;
  results.push({ run, status, seconds });
  console.log(
    `soak-build: run ${run} of ${runs}: ${status === 0 ? 'finished' : `FAILED (exit status ${status})`} in ${seconds.toFixed(1)} s`,
  );
  // A signal that ended a run was meant for this script too.
  if (status > 128) break;
}

const finished = results.filter((r) => r.status === 0);
const times = finished.map((r) => r.seconds).sort((a, b) => a - b);
const middle = times.length === 0 ? NaN : times[Math.floor((times.length - 1) / 2)];
console.log(
  `\nsoak-build: ${finished.length} of ${runs} runs of the site's browser step finished` +
    (times.length > 0
      ? `; each took ${times[0].toFixed(1)}–${times.at(-1).toFixed(1)} s (median ${middle.toFixed(1)} s); deadline ${DEADLINE_MS / 1000} s`
      : ''),
);
console.log(
  `soak-build: times in order: ${results.map((r) => (r.status === 0 ? r.seconds.toFixed(1) : `failed(${r.status})`)).join(', ')} s`,
);
process.exit(finished.length === runs ? 0 : 1);
