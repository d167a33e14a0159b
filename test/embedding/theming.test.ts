// Theming through the documented custom properties and parts, and nothing else: styles cross the shadow
// boundary in neither direction, and Windows High Contrast keeps everything visible.
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/countdown/define.js';
import type { CmhwCountdown } from '../../src/elements/countdown/countdown.js';
import { emulateMedia, engine, skipBecause } from '../support/helpers.js';

async function countdown(markup: string): Promise<CmhwCountdown> {
  const host = await fixture(`<div>${markup}</div>`);
  const el = host.querySelector('cmhw-countdown') as CmhwCountdown;
  await el.updateComplete;
  return el;
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const style = (element: Element) => getComputedStyle(element);

describe('theming', () => {
  it('the custom properties change the computed colours, radius and font', async () => {
    const el = await countdown(`<cmhw-countdown now="2023-02-01T12:00"
      style="--cmhw-accent: rgb(0, 112, 60); --cmhw-on-accent: rgb(255, 255, 0); --cmhw-surface: rgb(20, 20, 30);
             --cmhw-text: rgb(240, 240, 240); --cmhw-radius: 3px; --cmhw-font: Georgia, serif"></cmhw-countdown>`);
    expect(style(part(el, 'unit')).backgroundColor).to.equal('rgb(0, 112, 60)');
    expect(style(part(el, 'value')).color).to.equal('rgb(255, 255, 0)');
    expect(style(part(el, 'container')).backgroundColor).to.equal('rgb(20, 20, 30)');
    expect(style(part(el, 'heading')).color).to.equal('rgb(240, 240, 240)');
    expect(style(part(el, 'container')).borderTopLeftRadius).to.equal('3px');
    expect(style(part(el, 'heading')).fontFamily).to.equal('Georgia, serif');
  });

  it('set on an ancestor, they reach every widget inside it', async () => {
    const host = await fixture(
      `<section style="--cmhw-accent: rgb(1, 2, 3)"><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown></section>`,
    );
    const el = host.querySelector('cmhw-countdown') as CmhwCountdown;
    await el.updateComplete;
    expect(style(part(el, 'unit')).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it("inherits the page's font by default", async () => {
    const el = await countdown(
      `<p style="font-family: 'Comic Neue', cursive"><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown></p>`,
    );
    expect(style(part(el, 'heading')).fontFamily).to.equal('"Comic Neue", cursive');
  });

  it('::part() restyles the documented pieces', async () => {
    const host =
      await fixture(`<div><style>.themed::part(heading) { text-transform: uppercase } .themed::part(unit) { border-radius: 0 }</style>
      <cmhw-countdown class="themed" now="2023-02-01T12:00"></cmhw-countdown></div>`);
    const el = host.querySelector('cmhw-countdown') as CmhwCountdown;
    await el.updateComplete;
    expect(style(part(el, 'heading')).textTransform).to.equal('uppercase');
    expect(style(part(el, 'unit')).borderTopLeftRadius).to.equal('0px');
  });

  it("the page's own rules do not reach inside, and the widget's do not reach out", async () => {
    const host = await fixture(`<div>
      <style>.page p, .page span, .page .unit { color: rgb(255, 0, 0) !important; background: rgb(255, 0, 0) !important; margin: 40px !important }</style>
      <div class="page"><cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown><span class="unit" id="page-unit">page</span><p class="heading" id="page-heading">page</p></div>
    </div>`);
    const el = host.querySelector('cmhw-countdown') as CmhwCountdown;
    await el.updateComplete;
    expect(style(part(el, 'unit')).backgroundColor).to.equal('rgb(92, 45, 145)');
    expect(style(part(el, 'heading')).color).to.equal('rgb(29, 29, 31)');
    expect(style(part(el, 'heading')).marginTop).to.equal('0px');
    // The widget's `.unit` and `.heading` rules do not style the page's elements of the same classes.
    expect(style(host.querySelector('#page-heading')!).fontWeight).to.equal('400');
    expect(style(host.querySelector('#page-unit')!).paddingTop).to.equal('0px');
  });
});

describe('Windows High Contrast (forced colours, emulated)', () => {
  before(async function () {
    if (await emulateMedia([{ name: 'forced-colors', value: 'active' }])) return;
    skipBecause(this, `${(await engine()).name} cannot emulate forced colours from a test; Chromium checks these styles`);
  });
  after(async () => {
    await emulateMedia([]);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours still emulated').to.equal(false);
  });

  it('keeps the number boxes outlined and their numbers, the link and the button visible', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const before = await countdown('<cmhw-countdown now="2023-02-01T12:00"></cmhw-countdown>');
    const unit = style(part(before, 'unit'));
    expect(unit.borderTopStyle).to.equal('solid');
    expect(unit.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(unit.borderTopColor).to.not.equal(unit.backgroundColor);
    expect(style(part(before, 'value')).color).to.not.equal(unit.backgroundColor);

    const after = await countdown('<cmhw-countdown now="2023-02-20T12:00"></cmhw-countdown>');
    const link = style(part(after, 'link'));
    expect(link.textDecorationLine).to.equal('underline');
    expect(link.color).to.not.equal(style(part(after, 'container')).backgroundColor);
  });

  it('keeps the pause button bordered and its focus ring visible', async () => {
    const el = await countdown('<cmhw-countdown precision="second" start="2030-02-04" end="2030-02-10"></cmhw-countdown>');
    const button = part(el, 'button');
    expect(style(button).borderTopColor).to.not.equal(style(button).backgroundColor);
    button.focus({ focusVisible: true } as FocusOptions);
    expect(style(button).outlineStyle).to.equal('solid');
    expect(style(button).outlineWidth).to.equal('3px');
  });
});
