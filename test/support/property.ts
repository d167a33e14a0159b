/**
 * fast-check as every property test of the suite uses it: seeded by the run. `npm test` passes one fixed seed, so
 * every run of a commit checks the same cases and a green run stays green; `npm run test:fuzz` (scripts/fuzz.mjs)
 * passes a new seed each time, prints it, and prints the command that replays a failure with it
 * (`CMHW_FUZZ_SEED=… npm run test:fuzz`). Import fast-check from here, not from 'fast-check', in a test file.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';

interface FuzzSettings {
  /** The seed of every property in this run. */
  readonly seed: number;
  /** How many runs each fuzzed attribute property makes (test/elements/fuzz.test.ts). */
  readonly runs: number;
}

export const { seed: FUZZ_SEED, runs: FUZZ_RUNS } = await executeServerCommand<FuzzSettings, undefined>('fuzz-settings');

fc.configureGlobal({ seed: FUZZ_SEED });

export default fc;
