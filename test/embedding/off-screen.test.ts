// Widgets far below the fold are not laid out or painted until they come near the viewport (content-visibility:
// a page may hold many). What a visitor must not notice: a widget off screen still takes room (the page's length
// does not change as it is reached), still says everything to a screen reader, and is laid out exactly as it would
// have been once it is scrolled to.
import { expect, waitUntil } from '@open-wc/testing';
import { framesPainted, loadFrame, removeFrames, renderedIn } from '../support/frames.js';
import { engine, skipBecause } from '../support/helpers.js';

const WIDGETS = ['cmhw-countdown', 'cmhw-tip-card', 'cmhw-banner'] as const;

/** The room CSS of docs/embedding.md's snippets for the three widgets, their wrapper named `room` here. */
async function snippetRooms(): Promise<string> {
  const markdown = await (await fetch('/docs/embedding.md')).text();
  return ['plain HTML page', 'tip card: plain HTML page', 'banner: plain HTML page']
    .map((name) => new RegExp(`<!-- snippet: ${name} -->\\n<style>([\\s\\S]*?)</style>`).exec(markdown)![1]!)
    .join('\n')
    .replaceAll('.cmhw-room', '.room');
}
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

  it('with the room the snippets reserve, the page does not move as they are reached', async () => {
    // After the 2023 week, the only phase a visitor of these snippets (written after it) can see.
    const after = markup.replaceAll('2023-02-08T12:00', '2023-02-20T12:00');
    const frame = await loadFrame({ srcdoc: page(after, await snippetRooms()), width: 360 });
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

  it('a widget just below the viewport takes its exact height (nobody sees it change); one on screen keeps its room', async function () {
    const rooms = await snippetRooms();
    // The same countdown twice: on screen at the top, and just below the 700px window, where the browser lays it out.
    const countdown = '<div class="room"><cmhw-countdown now="2023-02-20T12:00"></cmhw-countdown></div>';
    const srcdoc = page('', rooms).replace(
      '<div style="block-size: 4000px">',
      `${countdown}<div style="block-size: 720px"></div>${countdown}<div style="block-size: 4000px">`,
    );
    const frame = await loadFrame({ srcdoc, width: 360 });
    const win = frame.contentWindow!;
    const [onScreen, below] = await renderedIn(frame, 'cmhw-countdown');
    await framesPainted(win, 3);
    // Only a widget the browser has laid out knows its height: an engine that lays out nothing below the viewport
    // (content-visibility) before it is reached leaves it its room, which is safe.
    const laidOut = below!
      .shadowRoot!.querySelector('[part="container"] > *')!
      .checkVisibility?.({ contentVisibilityAuto: true });
    if (!laidOut) skipBecause(this, `${(await engine()).name} does not lay out a widget below the viewport before it is reached`);
    await waitUntil(() => below!.matches(':state(fitted)'), 'the one below fitted itself', { timeout: 5000 });
    await framesPainted(win, 2);
    const container = (el: Element) => el.shadowRoot!.querySelector('[part="container"]')!;
    // Its last line, then the container's padding and border (17px).
    const exact = (el: Element) =>
      container(el).lastElementChild!.getBoundingClientRect().bottom + 17 - el.getBoundingClientRect().top;
    expect(below!.getBoundingClientRect().height).to.be.closeTo(exact(below!), 1);
    expect(onScreen!.matches(':state(fitted)'), 'the one on screen keeps its room').to.equal(false);
    expect(onScreen!.getBoundingClientRect().height).to.equal(parseFloat(win.getComputedStyle(onScreen!).minBlockSize));
  });

  it('a widget the visitor presses in takes its exact height (the change answers their own action)', async () => {
    const frame = await loadFrame({
      srcdoc: page('', await snippetRooms()).replace(
        '<div style="block-size: 4000px">',
        '<div class="room"><cmhw-tip-card now="2023-02-20T12:00"></cmhw-tip-card></div><div style="block-size: 4000px">',
      ),
      width: 1024,
    });
    const [card] = await renderedIn(frame, 'cmhw-tip-card');
    expect(card!.matches(':state(fitted)')).to.equal(false);
    card!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(card!.matches(':state(fitted)')).to.equal(true);
  });
});
