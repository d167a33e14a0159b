// The whole suite runs in three engines, all from Debian's packages (see test/support/browsers.mjs):
// Chromium, Firefox ESR and WebKit (WebKitGTK). `CMHW_ENGINES=chromium` (or any comma list) runs fewer engines,
// `CMHW_FILES=test/core/*.test.ts` fewer files.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromium, firefox, webkit } from './test/support/browsers.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { packageCommandsPlugin } from './test/support/package-commands.mjs';
import { siteServerPlugin } from './test/support/site-server.mjs';
import { schoolWebSpacePlugin } from './test/support/school-web-space.mjs';
import { TIME_ZONES } from './test/support/time-zones.mjs';

const ALL_FILES = process.env.CMHW_FILES || 'test/**/*.test.ts';
const TIME_ZONE_FILES = ['test/time-zones.test.ts'].filter(
  (file) => !process.env.CMHW_FILES || process.env.CMHW_FILES.includes(file),
);

// `npm test` checks the same property-test cases every run: one fixed seed. `npm run test:fuzz` (scripts/fuzz.mjs)
// explores with a new seed each run, and replays one with CMHW_FUZZ_SEED.
const FUZZ_SEED = integerFrom('CMHW_FUZZ_SEED', 20230206);
const FUZZ_RUNS = integerFrom('CMHW_FUZZ_RUNS', 200);

function integerFrom(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new Error(`${name}=${JSON.stringify(raw)}: expected a whole number`);
  return Number(raw);
}

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.CMHW_ENGINES || ENGINES.join(',')).split(',').map((name) => name.trim().toLowerCase());
const unknown = wanted.filter((name) => !ENGINES.includes(name));
if (unknown.length > 0) throw new Error(`CMHW_ENGINES: unknown engine ${unknown.join(', ')} (expected ${ENGINES.join(', ')})`);

const groups = [
  { name: 'chromium', files: ALL_FILES, browsers: [chromium()] },
  { name: 'firefox', files: ALL_FILES, browsers: [firefox()] },
  // WebDriver cannot change a page's time zone. WebKit runs the suite as a visitor in Los Angeles would (its
  // browser started there), and the time-zone tests once in a browser started in each zone. Chromium and
  // Firefox run in the machine's zone and move the page to others.
  ...(TIME_ZONE_FILES.includes(ALL_FILES)
    ? []
    : [
        {
          name: 'webkit',
          files: [ALL_FILES, ...TIME_ZONE_FILES.map((file) => `!${file}`)],
          browsers: [webkit({ timeZone: 'America/Los_Angeles' })],
        },
      ]),
  ...(TIME_ZONE_FILES.length === 0 ? [] : TIME_ZONES).map(({ zone }) => ({
    name: `webkit@${zone}`,
    files: TIME_ZONE_FILES,
    browsers: [webkit({ timeZone: zone })],
  })),
].filter((group) => wanted.includes(group.name.split('@')[0]));

/**
 * Commands the tests send to the runner:
 * - `set-time-zone` { timeZone }: run the page in an IANA time zone (undefined: back in the one it started in).
 *   Answers whether it could; WebKit only can for the zone its browser was started in.
 * - `engine`: which engine runs the page, whether it can switch time zones and the zone it was started in.
 * - `fuzz-settings`: the seed of every property test (CMHW_FUZZ_SEED, else the fixed FUZZ_SEED below) and how many
 *   runs each fuzzed attribute property makes (CMHW_FUZZ_RUNS, else 200); `npm run test:fuzz` sets both.
 * - `cmhw-emulate-media` { features }: CSS media features such as `forced-colors: active` (an empty list resets
 *   them). Answers whether the engine could.
 */
const commandsPlugin = {
  name: 'cmhw-commands',
  async executeCommand({ command, payload, session }) {
    const engine = session.browser;
    if (command === 'set-time-zone') return engine.setTimeZone(session.id, payload?.timeZone);
    if (command === 'engine') {
      return { name: engine.name.split(' ')[0], switchesTimeZone: engine.switchesTimeZone, startedIn: engine.timeZone ?? null };
    }
    if (command === 'fuzz-settings') return { seed: FUZZ_SEED, runs: FUZZ_RUNS };
    if (command === 'cmhw-emulate-media') return engine.emulateMedia(session.id, payload.features);
    return undefined;
  },
};

export default {
  groups,
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time per engine: with several, all but one page are background tabs, which report
  // visibilityState "hidden" and have their timers throttled; the shared clock rightly sleeps there.
  concurrency: 1,
  // Two engines at a time on a two-core machine.
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // A hang guard per test file, far above the longest file (the fuzzing of every attribute of three elements, about
  // five minutes in Firefox on a busy two-core machine), so that machine speed never decides a result.
  testsFinishTimeout: 1_800_000,
  // Deadlines only stop a hung test: far above what a test takes on a busy two-core machine, so that machine speed
  // never decides a result. Tests wait for events, not for time.
  testFramework: { config: { timeout: 30_000 } },
  // TypeScript is compiled as it is written (esnext), and JavaScript files are served byte for byte to every engine
  // (built files' integrity hashes are checked). "auto" would rewrite every JavaScript file for WebKit.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' }),
    commandsPlugin,
    packageCommandsPlugin(),
    siteServerPlugin(),
    schoolWebSpacePlugin(),
  ],
  reporters: [defaultReporter(), countReporter()],
};
