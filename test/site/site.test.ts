// The built site (npm run build:site; `npm run build` makes it), served from a sub-folder as a school would upload
// it, each page at a phone's width and a desktop's: nothing moves as the widgets upgrade (a cumulative layout
// shift of 0, as Lighthouse measures it), no error or warning in the console, every link and file found from that
// folder, and without JavaScript each widget shows its fallback in exactly the room it takes once it runs.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { framesPainted, loadFrame, removeFrames } from '../support/frames.js';
import { engine, skipBecause } from '../support/helpers.js';

interface Recorded {
  errors: string[];
  warnings: string[];
  layoutShift: number;
  measuresShift: boolean;
}

const { built, folder, pages } = await executeServerCommand<{ built: boolean; folder: string; pages: string[] }, undefined>(
  'site-pages',
);
const WIDTHS = [320, 1280];
const HEIGHT = 700;
const WIDGETS = 'cmhw-countdown, cmhw-tip-card, cmhw-banner';

/** A page of the built site in a frame, loaded with or without scripts, once everything on it has rendered. */
async function open(page: string, width: number, { scripts = true } = {}): Promise<HTMLIFrameElement> {
  const frame = await loadFrame({
    src: `${folder}${page}`,
    width,
    height: HEIGHT,
    sandbox: scripts ? undefined : 'allow-same-origin',
  });
  if (scripts) await (frame.contentWindow as Window & { whenSettled: () => Promise<void> }).whenSettled();
  else await framesPainted(frame.contentWindow!, 3);
  return frame;
}

/**
 * A page of the built site as a visitor opens it: on its own, not in a frame, in a new browser context (nothing
 * cached or stored), at `width`; what its recorder recorded once everything on it has rendered. Undefined where the
 * engine cannot open a page of its own.
 *
 * The layout shift is measured there, as Lighthouse measures it, because in a frame Chromium can report a shift that
 * nobody sees. A stylesheet in the head blocks rendering: a top-level page is not rendered at all until it is in. A
 * frame is held back instead by pausing its rendering, a pause that Chromium lifts up to pre-paint (not the paint)
 * whenever an IntersectionObserver in the frame needs geometry, as the browser's own observer of a loading="lazy"
 * image does (LocalFrameView::ShouldThrottleRendering). Pre-paint is where the layout-shift tracker notes where each
 * box is. So when the frame's parser reaches such an image before the stylesheet is in, the tracker notes the body
 * unstyled (the browser's 8px margin) and, at the frame's first paint, reports it moving to 0, though nothing was
 * painted unstyled: a CLS of 0.31 to 0.38 at 320px, at random, on the two pages with such images.
 */
async function visit(page: string, width: number): Promise<Recorded | undefined> {
  const url = new URL(`${folder}${page}`, location.href).href;
  const answer = await executeServerCommand<
    { opened: boolean; recorded?: Recorded },
    { url: string; width: number; height: number }
  >('site-visit', { url, width, height: HEIGHT });
  return answer.opened ? answer.recorded : undefined;
}

const recorded = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { recorded: Recorded }).recorded;

/**
 * Pages are measured as a first visit sees them. The site shares its origin with the other test files here, and a
 * banner closed by one of them stays closed (that is the point of dismissal), so its example would hide itself.
 */
function forgetDismissals(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('cmhw-widgets:')) localStorage.removeItem(key);
}

describe('the built site', function () {
  beforeEach(forgetDismissals);
  afterEach(removeFrames);

  it('is built, with every page of the navigation', () => {
    expect(built, 'run `npm run build` (or `npm run build:site`) first').to.equal(true);
    expect(pages).to.include.members(['index.html', 'countdown/index.html', 'tip-card/index.html', 'banner/index.html']);
  });

  for (const page of pages) {
    describe(page, () => {
      for (const width of WIDTHS) {
        it(`at ${width}px: no layout shift, no console error or warning, nothing scrolls sideways`, async function () {
          const frame = await open(page, width);
          const { errors, warnings, measuresShift } = recorded(frame);
          expect(errors, 'errors').to.deep.equal([]);
          expect(warnings, 'warnings').to.deep.equal([]);
          const root = frame.contentDocument!.documentElement;
          expect(root.scrollWidth, 'scrolls sideways').to.be.at.most(root.clientWidth);
          if (!measuresShift) skipBecause(this, `${(await engine()).name} does not report layout shifts`);
          const visited = await visit(page, width);
          if (!visited) skipBecause(this, `${(await engine()).name} cannot open a page of its own here`);
          expect(visited.measuresShift, 'layout shifts reported in a page of its own').to.equal(true);
          expect(visited.layoutShift, 'cumulative layout shift').to.equal(0);
        });

        it(`at ${width}px without JavaScript: each widget shows its fallback, in the room it takes once it runs`, async () => {
          const withScripts = await open(page, width);
          const without = await open(page, width, { scripts: false });
          const boxes = (frame: HTMLIFrameElement) =>
            [...frame.contentDocument!.querySelectorAll<HTMLElement>(WIDGETS)].map((el) => {
              const { top, height } = el.getBoundingClientRect();
              return { widget: el.localName, top: Math.round(top), height: Math.round(height) };
            });
          const fallbacks = [...without.contentDocument!.querySelectorAll<HTMLElement>(WIDGETS)];
          for (const widget of fallbacks) {
            expect(widget.innerText.trim(), `${widget.localName}'s fallback`).to.not.equal('');
            // A page's own tips are the fallback themselves; every other fallback links to the official site.
            if (!widget.querySelector('li'))
              expect(widget.querySelector('a[href^="https://"]'), `${widget.localName}'s link`).to.not.equal(null);
          }
          // The configurator is the one page that is an application: without JavaScript it says so and links to the
          // snippets instead, so its length differs.
          if (!page.startsWith('configurator/')) {
            // A widget that was below the viewport took its exact height once it ran, where nobody saw it (see
            // src/elements/shared/cmhw-element.ts): everything from it down may then sit higher. Every widget above it
            // is in exactly its fallback's room, and it was indeed below the viewport.
            const fitted = [...withScripts.contentDocument!.querySelectorAll<HTMLElement>(WIDGETS)].findIndex((el) =>
              el.matches(':state(fitted)'),
            );
            const until = fitted < 0 ? undefined : fitted;
            expect(boxes(without).slice(0, until), 'the widgets, without and with JavaScript').to.deep.equal(
              boxes(withScripts).slice(0, until),
            );
            if (until !== undefined) {
              expect(boxes(without)[until]!.top, 'the first widget that fitted itself was below the viewport').to.be.at.least(
                700,
              );
            } else {
              const footerTop = (frame: HTMLIFrameElement) =>
                Math.round(frame.contentDocument!.querySelector('footer')!.getBoundingClientRect().top);
              expect(footerTop(without), 'the footer, without and with JavaScript').to.equal(footerTop(withScripts));
            }
          } else {
            expect(without.contentDocument!.querySelector('#configurator')!.textContent).to.contain('needs JavaScript');
          }
        });
      }

      it('has a title, a description, a language, a favicon and social preview tags; its links and files are found', async () => {
        const frame = await open(page, 1280, { scripts: false });
        const doc = frame.contentDocument!;
        const meta = (selector: string) => doc.querySelector(`meta[${selector}]`)?.getAttribute('content') ?? '';
        expect(doc.title).to.match(/\S/);
        expect(meta('name="description"').length).to.be.within(50, 200);
        expect(doc.documentElement.lang).to.equal('en-GB');
        expect(doc.querySelector('link[rel="icon"]')).to.not.equal(null);
        expect(meta('property="og:title"')).to.equal(doc.title);
        expect(meta('property="og:description"')).to.equal(meta('name="description"'));
        expect(meta('name="twitter:card"')).to.equal('summary_large_image');
        expect(doc.querySelectorAll('h1')).to.have.length(1);
        expect(doc.querySelector('nav [aria-current="page"]')).to.not.equal(null);

        // Every address on the page is relative, so it stays inside the folder the site was uploaded to.
        const local = [
          ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
          ...[...doc.querySelectorAll('[src], link[href]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href')!),
          meta('property="og:image"'),
        ]
          // The test server's own scripts, which it adds to each page (the recorder, its reloading socket).
          .filter((href) => !/^(https?:|mailto:|data:)/.test(href) && !/^\/(test\/fixtures\/|__web-dev-server)/.test(href));
        for (const href of local) expect(href, 'a root-relative address').to.not.match(/^\//);
        const base = frame.contentWindow!.location.href;
        for (const url of new Set(local.map((href) => new URL(href, base).href.split('#')[0]!))) {
          const response = await fetch(url);
          expect(response.status, url).to.equal(200);
          expect(new URL(url).pathname.startsWith(folder), `${url} is inside ${folder}`).to.equal(true);
        }
        // Links to a place on a page (this one or another) find it.
        for (const href of new Set(local.filter((h) => /#./.test(h)))) {
          const url = new URL(href, base);
          const target = href.startsWith('#')
            ? doc
            : new DOMParser().parseFromString(await (await fetch(url.href)).text(), 'text/html');
          expect(target.getElementById(decodeURIComponent(url.hash.slice(1))), href).to.not.equal(null);
        }
      });
    });
  }
});
