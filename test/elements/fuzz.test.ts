// Fuzzing every attribute of every element (the table in widgets.ts) with random strings, any Unicode, very long
// values, HTML, script URLs, numbers out of range and almost-right values, set before and after the element is
// on the page, in random orders, with the clock moving and jumping between changes. Whatever it is given, an
// element never throws, never shows NaN, undefined, Invalid Date or an empty box, never renders given text as
// HTML, and warns once about each value it does not accept, naming the attribute and the value.
//
// `npm test` makes 200 runs per property (at least 200 per attribute); `npm run test:fuzz` makes 2000
// (CMHW_FUZZ_RUNS=n for another number). A failure prints fast-check's seed and path: pass them to fc.assert
// as { seed, path } to replay it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import sinon from 'sinon';
import { sharedClock } from '../../src/controllers/clock.js';
import { captureWarnings, shadowText } from '../support/helpers.js';
import { type AttributeKind, KINDS, WIDGETS, make } from './widgets.js';

const RUNS = await executeServerCommand<number, undefined>('fuzz-runs');
const DAY = 86_400_000;

/** Text a widget must never show. */
const BROKEN = /NaN|undefined|Invalid Date|\[object|function\s*\(/;
/** The only elements a widget's shadow root may hold: anything else came from given text rendered as HTML. */
const OWN_TAGS = new Set([
  'div',
  'p',
  'span',
  'a',
  'button',
  'slot',
  'style',
  'strong',
  'em',
  'small',
  'time',
  'section',
  'bdi',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'svg',
  'path',
]);

// Values that are wrong for any attribute.
const HTML = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</p><h1>big</h1>',
  '"><svg onload=alert(1)>',
  '<b>2023</b>',
  '${edition}',
  '{{now}}',
  '<!--',
  '&lt;b&gt;',
  '<a href="javascript:alert(1)">x</a>',
];
const SCRIPT_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  ' javascript:void(0)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://example.invalid/"><script>',
];
const LOOKALIKES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
  'false',
  '[object Object]',
  '\u200b2023',
  '2023\u0000',
  '\u202e2023',
  'ＤＡＹ',
];
const junk: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string(), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 3 }, // any code point, lone surrogates too
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 }, // emoji, combining marks, scripts of every kind
  { arbitrary: fc.constantFrom(...HTML, ...SCRIPT_URLS, ...LOOKALIKES), weight: 3 },
  {
    arbitrary: fc.oneof(
      fc.double().map(String),
      fc.bigInt().map(String),
      fc.integer().map(String),
      fc.constantFrom('-0', '1e309', '-1e309', '0.1', '1_000', '٢٠٢٣'),
    ),
    weight: 2,
  },
  {
    // Very long values, up to 100 000 characters.
    arbitrary: fc
      .tuple(fc.constantFrom('9', 'x', '2023-', '<b>', 'é', '😀', ' '), fc.integer({ min: 1_000, max: 100_000 }))
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length))),
    weight: 1,
  },
);

interface Given {
  readonly value: string;
  /** The element must warn about it (a value it does not accept; blank means absent). */
  readonly mustWarn: boolean;
}

/** Values for an attribute of that kind: some it accepts, many it does not. */
function givenFor(kind: AttributeKind): fc.Arbitrary<Given> {
  const wrong = fc.oneof(
    { arbitrary: kind.invalid, weight: 2 },
    { arbitrary: junk.filter((value) => !kind.mightBeValid(value)), weight: 5 },
  );
  const options: Array<fc.WeightedArbitrary<Given>> = [
    { arbitrary: wrong.map((value) => ({ value, mustWarn: kind.warns !== false && value.trim() !== '' })), weight: 8 },
    { arbitrary: fc.constantFrom('', ' ', '\n\t').map((value) => ({ value, mustWarn: false })), weight: 1 },
  ];
  if (kind.valid.length > 0) {
    options.push({ arbitrary: fc.constantFrom(...kind.valid).map((value) => ({ value, mustWarn: false })), weight: 3 });
    // A valid value with something after it.
    options.push({
      arbitrary: fc
        .tuple(fc.constantFrom(...kind.valid), fc.constantFrom('<script>', 'x', ' 1', '\u0000', 'javascript:'))
        .map(([value, tail]) => ({ value: value + tail, mustWarn: kind.warns !== false })),
      weight: 1,
    });
  }
  return fc.oneof(...options);
}

/** Instants from 2015 to 2035: before, during and after every edition's week. */
const instants = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) });

type Widget = ReturnType<typeof make>;

/** Checks everything a visitor could see or a screen reader hear. */
function expectWellFormed(el: Widget, tag: string, note: string): void {
  const root = el.shadowRoot!;
  if ('phase' in WIDGETS[tag]!) expect(['before', 'during', 'after'], `${note}: phase`).to.include(el.getAttribute('phase'));
  // A banner outside its show window takes no room and holds nothing (banner.test.ts checks when that is).
  if (el.matches(':state(hidden)')) {
    expect(root.querySelector('*'), `${note}: hidden, with something inside`).to.equal(null);
    if (el.isConnected) expect(getComputedStyle(el).display, `${note}: hidden`).to.equal('none');
    return;
  }
  const text = shadowText(el);
  expect(text, note).not.to.match(BROKEN);
  expect(text.length, `${note}: text shown`).to.be.greaterThan(20);
  for (const node of root.querySelectorAll('*')) {
    expect(OWN_TAGS.has(node.localName), `${note}: <${node.localName}> in the shadow root`).to.equal(true);
    for (const { name, value } of node.attributes) {
      expect(name, `${note}: attribute ${name}`).not.to.match(/^on/i);
      expect(value, `${note}: ${name}="${value}"`).not.to.match(BROKEN);
    }
  }
  // Links are https, or the very http(s) address the page gave (a partner's own, checked by the element).
  const given = (() => {
    try {
      return new URL(el.getAttribute('href')!.trim()).href;
    } catch {
      return undefined;
    }
  })();
  for (const link of root.querySelectorAll('a'))
    expect(link.protocol === 'https:' || link.href === given, `${note}: link ${link.href}`).to.equal(true);
  if (el.isConnected) expect(el.getBoundingClientRect().height, `${note}: height`).to.be.greaterThan(0);
  expect(el.children.length, `${note}: the page's own content is left alone`).to.equal(0);
}

/** Warnings naming this attribute and this exact value. */
const warningsFor = (messages: readonly string[], attribute: string, value: string) =>
  messages.filter((message) => message.includes(`${attribute}=${JSON.stringify(value)}`));

/** Every warning of earlier runs on this page, for what is warned about once per page (an unknown language). */
const pageWarnings: string[] = [];

/** Checks that a value was warned about once (in this element's life, or this page's) if it must be, else never. */
function expectWarnedAbout(
  messages: readonly string[],
  attribute: string,
  kind: AttributeKind,
  given: Given,
  note = attribute,
): void {
  const seen = warningsFor(kind.warns === 'page' ? [...pageWarnings, ...messages] : messages, attribute, given.value);
  expect(seen, `${note}: one warning naming the attribute and the value`).to.have.length(given.mustWarn ? 1 : 0);
}

describe('fuzzing every attribute of every element', () => {
  let host: HTMLElement;
  let clock: sinon.SinonFakeTimers | undefined;
  let warnings: ReturnType<typeof captureWarnings> | undefined;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);

  /** Fresh page state for one run: fake timers at `now`, warnings captured, no errors yet. */
  function beginRun(now: number): void {
    clock = sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    warnings = captureWarnings();
    errors.length = 0;
    host.replaceChildren();
  }

  function endRun(): void {
    host.replaceChildren();
    pageWarnings.push(...(warnings?.messages ?? []));
    warnings?.restore();
    clock?.restore();
    warnings = undefined;
    clock = undefined;
  }

  before(() => {
    host = document.createElement('div');
    host.style.inlineSize = '320px';
    document.body.append(host);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    host.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  afterEach(endRun);

  it('knows every element and attribute of custom-elements.json', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declared: Record<string, string[]> = {};
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName)
          declared[declaration.tagName] = declaration.attributes.map((attribute: { name: string }) => attribute.name).sort();
      }
    }
    const table = Object.fromEntries(Object.entries(WIDGETS).map(([tag, attributes]) => [tag, Object.keys(attributes).sort()]));
    expect(table).to.deep.equal(declared);
  });

  for (const [tag, attributes] of Object.entries(WIDGETS)) {
    const kinds = Object.fromEntries(
      Object.entries(attributes).map(([attribute, kind]) => [attribute, KINDS[kind] as AttributeKind]),
    );

    describe(`<${tag}>`, () => {
      for (const [attribute, kind] of Object.entries(kinds)) {
        it(`${attribute}: whatever it is given, before or after the element is on the page (${RUNS} runs)`, async function () {
          // 500 ms a run: on a loaded two-core machine a banner run (a longer render) took over 200.
          this.timeout(RUNS * 500);
          const others = fc.record(
            Object.fromEntries(
              Object.entries(kinds)
                .filter(([name]) => name !== attribute)
                .map(([name, other]) => [name, fc.option(givenFor(other), { nil: null })]),
            ),
          );
          await fc.assert(
            fc.asyncProperty(others, givenFor(kind), instants, fc.boolean(), async (otherValues, given, now, early) => {
              beginRun(now);
              try {
                const el = make(
                  tag,
                  Object.fromEntries(Object.entries(otherValues).map(([name, other]) => [name, other?.value ?? null])),
                );
                if (early) el.setAttribute(attribute, given.value);
                host.append(el);
                await el.updateComplete;
                if (!early) {
                  el.setAttribute(attribute, given.value);
                  // A read-only attribute is put back at the element's next update.
                  if (kind.warns === false) el.requestUpdate();
                  await el.updateComplete;
                }
                expectWellFormed(el, tag, `${attribute}=${JSON.stringify(given.value).slice(0, 200)}`);
                expectWarnedAbout(warnings!.messages, attribute, kind, given);
                for (const message of warningsFor(warnings!.messages, attribute, given.value))
                  expect(message).to.contain(`<${tag}>`).and.contain('Expected');
                for (const [name, other] of Object.entries(otherValues))
                  if (other) expectWarnedAbout(warnings!.messages, name, kinds[name]!, other);
                expect(errors).to.deep.equal([]);
              } finally {
                endRun();
              }
            }),
            { numRuns: RUNS },
          );
          expect(sharedClock.size, 'no widget left on the clock').to.equal(0);
        });
      }

      it(`changed in random orders at random times, on and off the page (${RUNS} runs)`, async function () {
        this.timeout(RUNS * 500);
        const names = Object.keys(kinds);
        const step = fc.oneof(
          {
            arbitrary: fc
              .constantFrom(...names)
              .chain((name) => givenFor(kinds[name]!).map((given) => ({ do: 'set' as const, name, given }))),
            weight: 6,
          },
          { arbitrary: fc.constantFrom(...names).map((name) => ({ do: 'remove' as const, name })), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: 5 * 60_000 }).map((ms) => ({ do: 'tick' as const, ms })), weight: 2 },
          { arbitrary: fc.integer({ min: -2 * DAY, max: 30 * DAY }).map((ms) => ({ do: 'jump' as const, ms })), weight: 1 },
          { arbitrary: fc.constant({ do: 'check' as const }), weight: 3 },
          { arbitrary: fc.constant({ do: 'detach' as const }), weight: 1 },
          { arbitrary: fc.constant({ do: 'attach' as const }), weight: 1 },
        );
        await fc.assert(
          fc.asyncProperty(instants, fc.array(step, { maxLength: 30 }), async (now, steps) => {
            beginRun(now);
            try {
              const el = make(tag);
              host.append(el);
              await el.updateComplete;
              const current = new Map<string, Given>();
              let readOnlyWritten = false;
              const check = async (note: string) => {
                if (readOnlyWritten) el.requestUpdate();
                readOnlyWritten = false;
                await el.updateComplete;
                expectWellFormed(el, tag, note);
                for (const [name, given] of current)
                  if (given.mustWarn) expectWarnedAbout(warnings!.messages, name, kinds[name]!, given, note);
                expect(errors, note).to.deep.equal([]);
              };
              for (const [index, action] of steps.entries()) {
                const note = `after step ${index + 1}`;
                if (action.do === 'set') {
                  el.setAttribute(action.name, action.given.value);
                  current.set(action.name, action.given);
                  if (kinds[action.name]!.warns === false) readOnlyWritten = true;
                } else if (action.do === 'remove') {
                  el.removeAttribute(action.name);
                  current.delete(action.name);
                  if (kinds[action.name]!.warns === false) readOnlyWritten = true;
                } else if (action.do === 'tick') clock!.tick(action.ms);
                else if (action.do === 'jump') clock!.setSystemTime(Date.now() + action.ms);
                else if (action.do === 'detach') el.remove();
                else if (action.do === 'attach') host.append(el);
                else if (el.isConnected) await check(note);
              }
              host.append(el);
              await check('at the end');
              el.remove();
              expect(sharedClock.size, 'off the clock once removed').to.equal(0);
              expect(clock!.countTimers(), 'no timer left once removed').to.equal(0);
            } finally {
              endRun();
            }
          }),
          { numRuns: RUNS },
        );
      });
    });
  }
});
