// A countdown in an engine that has none of the newer Intl features the kit uses: Intl.ListFormat, unit
// formatting (style "unit") and DateTimeFormat's formatRange, all gone before the kit loads. It says the same
// British English, with the dates written in full.
import { expect } from '@open-wc/testing';
import { BROKEN_TEXT, shadowText } from '../support/helpers.js';

const OriginalNumberFormat = Intl.NumberFormat;
const NoUnits = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
  if (options?.style === 'unit') throw new RangeError('Value unit out of range for Intl.NumberFormat options property style');
  return new OriginalNumberFormat(locales, options);
};
Object.defineProperty(NoUnits, 'prototype', { value: OriginalNumberFormat.prototype });
NoUnits.supportedLocalesOf = OriginalNumberFormat.supportedLocalesOf.bind(OriginalNumberFormat);
Object.defineProperty(Intl, 'NumberFormat', { value: NoUnits, configurable: true, writable: true });
Object.defineProperty(Intl, 'ListFormat', { value: undefined, configurable: true, writable: true });
Object.defineProperty(Intl.DateTimeFormat.prototype, 'formatRange', { value: undefined, configurable: true, writable: true });
await import('../../src/elements/countdown/define.js');

const sentence = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')?.textContent?.trim() ?? '';
const units = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="unit"]')].map((unit) =>
    [...unit.children].map((part) => part.textContent).join(' '),
  );

async function countdownAt(now: string, precision = 'minute') {
  const el = document.createElement('cmhw-countdown');
  el.setAttribute('now', now);
  el.setAttribute('precision', precision);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('<cmhw-countdown> without Intl.ListFormat, unit formatting or formatRange', () => {
  afterEach(() => document.querySelectorAll('cmhw-countdown').forEach((el) => el.remove()));

  it('really runs without them', () => {
    expect(() => new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'day' })).to.throw(RangeError);
    expect(Intl.ListFormat).to.equal(undefined);
  });

  it('before the week: the same sentence and boxes', async () => {
    const el = await countdownAt('2023-02-01T12:00');
    expect(sentence(el)).to.equal("Children's Mental Health Week starts in 4 days and 12 hours.");
    expect(units(el)).to.deep.equal(['4 days', '12 hours', '0 minutes']);
    expect(el.shadowRoot!.querySelector('[part="dates"]')!.textContent).to.equal(
      "6 February 2023 – 12 February 2023 · Let's Connect",
    );
  });

  it('during the week, counting seconds', async () => {
    const el = await countdownAt('2023-02-12T23:58:59', 'second');
    expect(sentence(el)).to.equal("Children's Mental Health Week is on now, day 7 of 7. It ends in 1 minute and 1 second.");
    expect(units(el)).to.deep.equal(['0 days', '0 hours', '1 minute', '1 second']);
  });

  it('after the week', async () => {
    const el = await countdownAt('2023-03-01T00:00');
    expect(shadowText(el)).to.contain("Children's Mental Health Week 2023 took place on 6 February 2023 – 12 February 2023.");
    expect(shadowText(el)).not.to.match(BROKEN_TEXT);
  });
});
