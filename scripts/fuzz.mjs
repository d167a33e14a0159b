// npm run test:fuzz: the property tests with a new random seed each run, 2,000 runs per fuzzed attribute, in the
// three engines. Prints the seed first, and on a failure the one command that replays the run:
//   CMHW_FUZZ_SEED=<seed> npm run test:fuzz
// (`npm test` runs the same properties with one fixed seed: see test/support/property.ts.)
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const given = process.env.CMHW_FUZZ_SEED?.trim();
const seed = given ? given : String(randomInt(2 ** 31 - 1));
const runs = process.env.CMHW_FUZZ_RUNS?.trim() || '2000';
const files = process.env.CMHW_FILES || 'test/{elements/fuzz,elements/countdown,core/phase,core/uk-time}.test.ts';
const replay = `CMHW_FUZZ_SEED=${seed}${process.env.CMHW_FUZZ_RUNS ? ` CMHW_FUZZ_RUNS=${runs}` : ''} npm run test:fuzz`;

console.log(`Fuzzing with seed ${seed}${given ? ' (given)' : ''}, ${runs} runs per attribute. To replay: ${replay}`);

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let status = run('bash', ['scripts/ensure-browser.sh']);
if (status === 0) {
  status = run('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'npx', 'wtr'], {
    CMHW_FUZZ_SEED: seed,
    CMHW_FUZZ_RUNS: runs,
    CMHW_FILES: files,
  });
}
if (status !== 0) console.error(`\nThe fuzzing run with seed ${seed} failed. Replay it with:\n  ${replay}`);
process.exit(status);
