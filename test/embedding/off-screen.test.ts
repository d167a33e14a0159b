// Widgets far below the fold are not laid out or painted until they come near the viewport (content-visibility:
// a page may hold many). What a visitor must not notice: a widget off screen still takes room (the page's length
// does not change as it is reached), still says everything to a screen reader, and is laid out exactly as it would
// have been once it is scrolled to.
import { expect } from '@open-wc/testing';
import { framesPainted, loadFrame, removeFrames, renderedIn } from '../support/frames.js';

const WIDGETS = ['cmhw-countdown', 'cmhw-tip-card', 'cmhw-banner'] as const;
const page = (body: string, style = '') => `<!doctype html><html lang="en-GB"><head><style>
  body { margin: 8px; font: 16px/1.4 sans-serif; } ${style}
</style></head><body><div style="block-size: 4000px">The school's news</div>${body}
<p id="below">The page goes on.</p>
<script type="module" src="/dist/cmhw-widgets.js"></script></body></html>`;
const markup = WIDGETS.map((tag) => `<div class="room"><${tag} now="2023-02-08T12:00"></${tag}></div>`).join('');
const boxes = (doc: Document) => WIDGETS.map((tag) => doc.querySelector(tag)!.getBoundingClientRect().height);

describe('widgets off screen', () => {
  afterEach(removeFrames);

  it('each takes room before it is reached, and says everything to a screen reader', async () => {
    const frame = await loadFrame({ srcdoc: page(markup) });
    const doc = frame.contentDocument!;
    await renderedIn(frame, WIDGETS.join(','));
    await framesPainted(frame.contentWindow!);
    for (const [index, height] of boxes(doc).entries()) {
      expect(height, `${WIDGETS[index]} off screen`).to.be.greaterThan(100);
    }
    const countdown = doc.querySelector('cmhw-countdown')!.shadowRoot!;
    expect(countdown.querySelector('.visually-hidden')!.textContent).to.equal(
      "Children's Mental Health Week is on now, day 3 of 7. It ends in 4 days and 12 hours.",
    );
  });

  it('with the room the recommended snippets reserve, the page does not move as they are reached', async () => {
    // The room of docs/embedding.md's snippets: more than a typical widget needs, so the reserved size rules.
    const room = `cmhw-countdown, cmhw-tip-card, cmhw-banner { display: grid; box-sizing: border-box; }
      cmhw-countdown { min-block-size: 17.5rem; } cmhw-tip-card { min-block-size: 24rem; } cmhw-banner { min-block-size: 44rem; }`;
    const frame = await loadFrame({ srcdoc: page(markup, room), width: 360 });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    await renderedIn(frame, WIDGETS.join(','));
    await framesPainted(win);
    const before = boxes(doc);
    const below = doc.getElementById('below')!.getBoundingClientRect().top + win.scrollY;
    for (const tag of WIDGETS) {
      doc.querySelector(tag)!.scrollIntoView();
      await framesPainted(win, 3);
    }
    expect(boxes(doc), 'each widget once reached').to.deep.equal(before);
    expect(doc.getElementById('below')!.getBoundingClientRect().top + win.scrollY, 'the text below').to.equal(below);
  });
});
