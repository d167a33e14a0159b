import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';

/** The engine running this page, as the test runner knows it (see web-test-runner.config.mjs). */
export interface Engine {
  /** "Chromium", "Firefox" or "WebKit". */
  readonly name: string;
  /** Whether a page can be moved to another time zone (Chromium and Firefox can; WebDriver, so WebKit, cannot). */
  readonly switchesTimeZone: boolean;
  /** The zone the browser was started in (TZ), when it was started in one. */
  readonly startedIn: string | null;
}

let engineAnswer: Promise<Engine> | undefined;
export const engine = (): Promise<Engine> => (engineAnswer ??= executeServerCommand<Engine, undefined>('engine'));

/**
 * Skips the running test, or every test of the suite when called in a `before` hook, and puts the reason in
 * each skipped test's name, so the run's summary says why (mocha's skip takes no message).
 */
export function skipBecause(context: Mocha.Context, reason: string): never {
  const suffix = ` (skipped: ${reason})`;
  const mark = (suite: Mocha.Suite): void => {
    for (const test of suite.tests) if (!test.title.endsWith(suffix)) test.title += suffix;
    suite.suites.forEach(mark);
  };
  // In a hook, `test` is the hook (and mocha points `currentTest` at the suite's first test).
  const runnable = context.test;
  if (runnable instanceof Mocha.Hook) mark(runnable.parent!);
  else if (runnable) runnable.title += suffix;
  return context.skip();
}

/**
 * Runs the page in an IANA time zone, or back in the one it started in with undefined. Answers whether it
 * could: WebKit can only be in the zone its browser was started in.
 */
export async function setTimeZone(timeZone: string | undefined): Promise<boolean> {
  return (await executeServerCommand('set-time-zone', { timeZone })) === true;
}

/**
 * For the suite it is called in: runs its tests with the page in a time zone, and back after. Where the engine
 * cannot move the page to that zone, the suite is skipped with the reason; test/time-zones.test.ts then checks
 * that zone in a browser of that engine started in it.
 */
export function useTimeZone(timeZone: string): void {
  before(async function () {
    if (await setTimeZone(timeZone)) return;
    const { name } = await engine();
    skipBecause(
      this,
      `${name} cannot change a page's time zone: time-zones.test.ts checks ${timeZone} in a ${name} started there`,
    );
  });
  after(() => setTimeZone(undefined));
}

/** The time zone the page is running in, as the browser reports it. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The zone's offset from UTC at an instant, in minutes, from the time-zone database through Intl. */
function offsetIn(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return (Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - instant) / 60_000;
}

/**
 * Whether the page runs in that zone. Engines name some zones by another of their names (WebKit started with
 * TZ=Asia/Kolkata says "Asia/Calcutta"), so a zone of another name counts when its offsets agree all year.
 */
export function runsIn(timeZone: string): boolean {
  if (currentTimeZone() === timeZone) return true;
  const instants = [2023, 2027].flatMap((year) => [0, 3, 6, 9].map((month) => Date.UTC(year, month, 1)));
  return instants.every((instant) => -new Date(instant).getTimezoneOffset() === offsetIn(timeZone, instant));
}

/** Collects console.warn calls for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  });
  return { messages, restore: () => stub.restore() };
}

/** Text a sighted visitor or a screen reader could meet, including the shadow DOM, whitespace collapsed. */
export function shadowText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root as ParentNode & Node).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Fails on text a widget must never show. */
export const BROKEN_TEXT = /NaN|undefined|Invalid Date|null|\[object/;

/**
 * Emulates CSS media features, e.g. `[{ name: 'forced-colors', value: 'active' }]`; an empty list resets them.
 * Answers whether the page now matches them: Chromium can emulate them; WebDriver (so WebKit) cannot, and
 * Firefox takes the command but does not emulate forced colours.
 */
export async function emulateMedia(features: Array<{ name: string; value: string }>): Promise<boolean> {
  const done = (await executeServerCommand('cmhw-emulate-media', { features })) === true;
  return done && features.every(({ name, value }) => matchMedia(`(${name}: ${value})`).matches);
}
