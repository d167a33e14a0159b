// The iframe page (dist/embed.html) for platforms that strip scripts, and its query string.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/countdown/define.js';
import '../../src/elements/tip-card/define.js';
import { widgetFromQuery } from '../../src/embed/query.js';
import { loadFrame, removeFrames, renderedIn } from '../support/frames.js';
import { shadowText } from '../support/helpers.js';

describe('the iframe page', () => {
  afterEach(removeFrames);

  it('inside sandbox="allow-scripts", renders and tells the page around it its height', async () => {
    const heard = oneEvent(window, 'message') as Promise<MessageEvent>;
    const frame = await loadFrame({ src: '/dist/embed.html?widget=countdown&now=2023-02-08T12:00', sandbox: 'allow-scripts' });
    let message = await heard;
    while (message.source !== frame.contentWindow) message = (await oneEvent(window, 'message')) as MessageEvent;
    expect(message.data.type).to.equal('cmhw-embed-height');
    expect(message.data.height).to.be.within(120, 400);
  });

  it('renders the asked widget in the asked language and theme, with links opening a new tab', async () => {
    const frame = await loadFrame({
      src: '/dist/embed.html?widget=countdown&lang=cy&now=2023-02-20T12:00&accent=%2300558c',
      sandbox: 'allow-scripts allow-same-origin',
    });
    const [widget] = await renderedIn(frame);
    expect(widget!.getAttribute('lang')).to.equal('cy');
    expect(shadowText(widget!)).to.contain('Cynhaliwyd Wythnos Iechyd Meddwl Plant 2023');
    const link = widget!.shadowRoot!.querySelector('a')!;
    expect(frame.contentWindow!.getComputedStyle(link).color).to.equal('rgb(0, 85, 140)');
    expect(frame.contentDocument!.querySelector('base')!.target).to.equal('_blank');
  });

  it('renders the tip card (widget=tip-card) with its interval and mode, in Urdu, right to left', async () => {
    const frame = await loadFrame({
      src: '/dist/embed.html?widget=tip-card&lang=ur&mode=daily&now=2023-02-08T12:00',
      sandbox: 'allow-scripts allow-same-origin',
    });
    const [widget] = await renderedIn(frame, 'cmhw-tip-card');
    expect(widget!.getAttribute('mode')).to.equal('daily');
    const root = widget!.shadowRoot!;
    expect(root.querySelector('[part="container"]')!.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('[part="heading"]')!.textContent).to.contain('مشورے');
    expect(root.querySelector('[part~="rotation"]'), 'daily: nothing to pause').to.equal(null);
    expect(root.querySelectorAll('[part~="button"]')).to.have.length(2);
  });
});

describe('the iframe page with edition=latest', () => {
  afterEach(removeFrames);

  for (const folder of ['/dist/', '/site/v0/']) {
    it(`${folder}embed.html?edition=latest follows the newest edition, and after its week says the next one is to come`, async () => {
      const during = await loadFrame({
        src: `${folder}embed.html?widget=banner&edition=latest&now=2026-02-10T12:00`,
        sandbox: 'allow-scripts allow-same-origin',
      });
      const [banner] = await renderedIn(during, 'cmhw-banner');
      expect(banner!.shadowRoot!.querySelector('h2')!.textContent).to.equal('This is My Place');
      const after = await loadFrame({
        src: `${folder}embed.html?widget=countdown&lang=cy&edition=latest&now=2026-06-01T12:00`,
        sandbox: 'allow-scripts allow-same-origin',
      });
      const [countdown] = await renderedIn(after);
      expect(shadowText(countdown!)).to.contain('Bydd yr Wythnos Iechyd Meddwl Plant nesaf ym mis Chwefror.').and.not.match(/\d/);
    });
  }
});

describe('the iframe page with the banner', () => {
  afterEach(removeFrames);

  it('renders widget=banner with its settings, in the asked language, its link opening a new tab', async () => {
    const frame = await loadFrame({
      src: '/dist/embed.html?widget=banner&lang=ur&now=2023-02-01T12:00&heading-level=3&dismissible=&href=https%3A%2F%2Fpartner.example%2F',
      sandbox: 'allow-scripts allow-same-origin',
    });
    const [banner] = await renderedIn(frame, 'cmhw-banner');
    expect(banner!.localName).to.equal('cmhw-banner');
    expect(banner!.getAttribute('phase')).to.equal('before');
    const root = banner!.shadowRoot!;
    expect(root.querySelector('h3')!.textContent).not.to.equal('');
    expect(root.querySelector('[part="container"]')!.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('a')!.href).to.equal('https://partner.example/');
    expect(root.querySelector('button')).not.to.equal(null);
    expect(frame.contentDocument!.querySelector('base')!.target).to.equal('_blank');
  });

  it('inside sandbox="allow-scripts" (no storage), renders the banner and reports its height', async () => {
    const heard = oneEvent(window, 'message') as Promise<MessageEvent>;
    const frame = await loadFrame({
      src: '/dist/embed.html?widget=banner&dismissible&now=2023-02-08T12:00',
      sandbox: 'allow-scripts',
    });
    let message = await heard;
    while (message.source !== frame.contentWindow) message = (await oneEvent(window, 'message')) as MessageEvent;
    expect(message.data.type).to.equal('cmhw-embed-height');
    expect(message.data.height).to.be.within(150, 700);
  });
});

describe('the iframe page query string', () => {
  const build = (query: string) => {
    const warnings: string[] = [];
    const element = widgetFromQuery(new URLSearchParams(query), (message) => warnings.push(message));
    return { element, warnings };
  };

  it('sets the widget attributes and theme variables it is given', () => {
    const { element, warnings } = build('widget=countdown&lang=pl&precision=second&edition=2026&radius=4px&text=%23000');
    expect(element.localName).to.equal('cmhw-countdown');
    expect(element.getAttribute('lang')).to.equal('pl');
    expect(element.getAttribute('precision')).to.equal('second');
    expect(element.getAttribute('edition')).to.equal('2026');
    expect(element.style.getPropertyValue('--cmhw-radius')).to.equal('4px');
    expect(element.style.getPropertyValue('--cmhw-text')).to.equal('#000');
    expect(warnings).to.deep.equal([]);
  });

  it('makes a tip card with its interval and mode', () => {
    const { element, warnings } = build('widget=tip-card&interval=45&mode=daily&lang=cy');
    expect(element.localName).to.equal('cmhw-tip-card');
    expect(element.getAttribute('interval')).to.equal('45');
    expect(element.getAttribute('mode')).to.equal('daily');
    expect(warnings).to.deep.equal([]);
  });

  it('defaults to the countdown, and warns about an unknown widget', () => {
    expect(build('').element.localName).to.equal('cmhw-countdown');
    const { element, warnings } = build('widget=%3Cscript%3E');
    expect(element.localName).to.equal('cmhw-countdown');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('widget="<script>"').and.contain('countdown');
  });

  it('ignores, with a warning, what the widget does not have and theme values CSS rejects', () => {
    const { element, warnings } = build('onclick=alert(1)&phase=after&accent=javascript:alert(1)&font=%7Bx%7D&style=color:red');
    expect(element.getAttributeNames()).to.deep.equal([]);
    expect(element.style.getPropertyValue('--cmhw-accent')).to.equal('');
    expect(warnings).to.have.length(5);
    expect(warnings.join('\n')).to.contain('onclick').and.contain('phase').and.contain('accent').and.contain('style');
  });

  it('passes attribute values on for the widget to validate (it warns and falls back as always)', () => {
    const { element, warnings } = build('precision=fortnight&now=yesterday');
    expect(element.getAttribute('precision')).to.equal('fortnight');
    expect(warnings).to.deep.equal([]);
  });
});
