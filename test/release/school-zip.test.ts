// The school's download (dist/cmhw-widgets-VERSION.zip), unpacked into a folder served as a school's web space
// (test/support/school-web-space.mjs, under /school/): each piece of code its HOW-TO.html gives, with the school's
// address written in where the page says to, pasted into a blank page of that school, shows its widget; and the
// HOW-TO itself reads well (axe). In three engines. What the zip holds is checked in Node (test/release/).
import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { loadFrame, removeFrames, renderedIn } from '../support/frames.js';

const SCHOOL = '/school/';

interface Snippet {
  label: string;
  code: string;
}

let howTo: Document;
/** The address the HOW-TO tells a school to replace with its own (highlighted in every piece of code). */
let placeholder: string;
let snippets: Snippet[] = [];

before(async () => {
  const response = await fetch(`${SCHOOL}HOW-TO.html`);
  expect(response.ok, 'the zip (run `npm run build`)').to.equal(true);
  howTo = new DOMParser().parseFromString(await response.text(), 'text/html');
  const marks = new Set([...howTo.querySelectorAll('pre mark')].map((mark) => mark.textContent!));
  expect(marks.size, 'one highlighted address to replace').to.equal(1);
  placeholder = [...marks][0]!;
  snippets = [...howTo.querySelectorAll('pre')].map((pre) => ({
    label: pre.getAttribute('aria-label')!,
    code: pre.textContent!,
  }));
});

/** The code as a school would paste it once it has written its own address in. */
const asTheSchoolWouldPaste = (code: string) => code.replaceAll(placeholder, `${location.origin}${SCHOOL}`);

const asPage = (code: string) =>
  /^<!doctype/i.test(code.trim()) ? code : `<!doctype html><html lang="en-GB"><body>${code}</body></html>`;

describe("the school's download, unpacked into its web space", () => {
  afterEach(removeFrames);

  it('gives the code for each widget, for pages of their own (Wix, Google Sites) and for a frame', () => {
    const code = snippets.map((snippet) => snippet.code).join('\n');
    for (const tag of ['cmhw-countdown', 'cmhw-tip-card', 'cmhw-banner']) expect(code).to.contain(`<${tag}`);
    expect(snippets.some((snippet) => /^<!doctype html>/i.test(snippet.code))).to.equal(true);
    expect(snippets.some((snippet) => snippet.code.includes('<iframe'))).to.equal(true);
    // Every piece of code names the school's address, and that address is what the page tells the school to change.
    for (const { label, code } of snippets) expect(code, label).to.contain(placeholder);
    expect(howTo.body.textContent).to.contain(`${placeholder}cmhw-widgets/cmhw-widgets.js`);
  });

  it("each piece of code shows its widget, loading the school's own copy of the file, checked by its integrity hash", async function () {
    this.timeout(90_000);
    for (const { label, code } of snippets) {
      const pasted = asTheSchoolWouldPaste(code);
      expect(pasted, label).not.to.contain(placeholder);
      const frame = await loadFrame({ srcdoc: asPage(pasted), width: 700 });
      if (pasted.includes('<iframe')) {
        // The iframe page from the uploaded folder: it sends its height once its widget has rendered.
        const inner = frame.contentDocument!.querySelector('iframe')!;
        expect(inner.src, label).to.contain(`${location.origin}${SCHOOL}cmhw-widgets/embed.html?`);
        const heights: number[] = [];
        frame.contentWindow!.addEventListener('message', (event) => {
          if (event.source === inner.contentWindow && event.data?.type === 'cmhw-embed-height') heights.push(event.data.height);
        });
        // (The message may have come before the listener: loading the frame again sends it again.)
        inner.setAttribute('src', inner.getAttribute('src')!);
        await waitUntil(() => heights.length > 0, `${label}: no height from the frame`, { timeout: 20_000 });
        const height = heights.at(-1);
        expect(height, `${label}: the frame's height`).to.be.within(80, 800);
      } else {
        const script = frame.contentDocument!.querySelector('script[type="module"]')!;
        expect(script.getAttribute('src'), label).to.equal(`${location.origin}${SCHOOL}cmhw-widgets/cmhw-widgets.js`);
        expect(script.getAttribute('integrity'), label).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
        const tag = ['cmhw-tip-card', 'cmhw-banner', 'cmhw-countdown'].find((name) => pasted.includes(`<${name}`))!;
        const [widget] = await renderedIn(frame, tag);
        expect(widget!.getAttribute('edition'), label).to.equal('latest');
        // The fallback link inside the element is no longer shown once the widget is there.
        expect(widget!.querySelector('a')!.getClientRects().length, label).to.equal(0);
      }
      frame.remove();
    }
  });

  it('a copy of the file that differs from the release is refused: the integrity hash is checked', async () => {
    const { code } = snippets.find((snippet) => snippet.code.startsWith('<style>') && snippet.code.includes('<cmhw-countdown'))!;
    const tampered = asTheSchoolWouldPaste(code).replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
    // The window's load event waits for module scripts, run or refused.
    const frame = await loadFrame({ srcdoc: asPage(tampered) });
    expect(frame.contentWindow!.customElements.get('cmhw-countdown')).to.equal(undefined);
  });

  it('HOW-TO.html passes axe, in British English, with the version in its title', async () => {
    const frame = await loadFrame({ src: `${SCHOOL}HOW-TO.html`, width: 360 });
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('en-GB');
    expect(doc.title).to.match(/version \d+\.\d+\.\d+/);
    expect(doc.querySelector('h1')!.textContent).to.contain("Children's Mental Health Week");
    // At a phone's width, only the code blocks scroll sideways (each in its own box, which takes keyboard focus).
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    for (const pre of doc.querySelectorAll('pre')) expect(pre.tabIndex).to.equal(0);
    // axe inside the page's own frame (it checks the document it is loaded in), with the WCAG 2.2 A and AA rules.
    const axeScript = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      axeScript.addEventListener('load', resolve);
      axeScript.addEventListener('error', reject);
    });
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(axeScript);
    await loaded;
    const { axe } = frame.contentWindow as Window & { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const { violations } = await axe.run(doc, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    expect(
      violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
    ).to.deep.equal([]);
  });
});
