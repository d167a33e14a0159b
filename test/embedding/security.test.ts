// The built file on pages that are strict about what runs, or that already hold other code.
import { expect } from '@open-wc/testing';
import { loadFrame, recorded, removeFrames, renderedIn } from '../support/frames.js';

describe('under a strict Content Security Policy with Trusted Types', () => {
  afterEach(removeFrames);

  it('renders every widget with no policy violation', async () => {
    const frame = await loadFrame({ src: '/test/fixtures/strict-csp.html' });
    const widgets = await renderedIn(frame);
    expect(widgets).to.have.length(4);
    expect(widgets.map((el) => el.getAttribute('phase'))).to.deep.equal(['before', 'during', 'after', 'before']);
    // Styled (the constructable stylesheets are not blocked): the number boxes have their accent background.
    const box = widgets[0]!.shadowRoot!.querySelector('[part="unit"]')!;
    expect(frame.contentWindow!.getComputedStyle(box).backgroundColor).to.equal('rgb(92, 45, 145)');
    expect(widgets[1]!.shadowRoot!.querySelector('[part="container"]')!.getAttribute('dir')).to.equal('rtl');
    // The live seconds countdown ticks and its pause button works under the policy too.
    widgets[3]!.shadowRoot!.querySelector('button')!.click();
    await widgets[3]!.updateComplete;
    expect(recorded(frame).violations).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('really enforces the policy on that page (so the test above can fail)', async () => {
    const frame = await loadFrame({ src: '/test/fixtures/strict-csp.html' });
    await renderedIn(frame);
    const doc = frame.contentDocument!;
    // A string assigned as HTML is refused by Trusted Types…
    expect(() => {
      doc.body.insertAdjacentHTML('beforeend', '<b>injected</b>');
    }).to.throw(/TrustedHTML|Sink type mismatch/); // Chromium and WebKit name the type; Firefox the violation
    // …and an inline style is blocked and reported.
    const style = doc.createElement('style');
    style.textContent = 'body { color: red }';
    doc.head.append(style);
    await new Promise((resolve) => frame.contentWindow!.setTimeout(resolve));
    expect(recorded(frame).violations.some((violation) => violation.startsWith('style-src'))).to.equal(true);
  });
});

describe('beside other code', () => {
  afterEach(removeFrames);

  it('on a page that already defined a cmhw- tag: throws nothing, warns once, leaves that element alone', async () => {
    const frame = await loadFrame({ src: '/test/fixtures/predefined-tag.html' });
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('cmhw-countdown');
    // The kit's module has run once its registration warning is there.
    await new Promise((resolve) => win.setTimeout(resolve));
    expect(recorded(frame).errors).to.deep.equal([]);
    const warnings = recorded(frame).warnings;
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.contain('cmhw-countdown').and.contain('already defined');
    expect(win.customElements.get('cmhw-countdown')!.name).to.equal('OtherCountdown');
    expect(frame.contentDocument!.querySelector('cmhw-countdown')!.shadowRoot).to.equal(null);
  });
});
