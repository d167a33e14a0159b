import { waitUntil } from '@open-wc/testing';

export interface FrameOptions {
  src?: string;
  srcdoc?: string;
  sandbox?: string;
  width?: number;
  height?: number;
}

/**
 * Adds an iframe to the test page and resolves once it has loaded.
 *
 * Layout shifts measured in a frame are only a visitor's when the frame's page has no stylesheet to wait for (a
 * srcdoc with its styles inline, as the snippets' tests use). While a frame's stylesheet loads, Chromium still lays
 * the frame out, unstyled and unpainted, for any IntersectionObserver in it (a loading="lazy" image has one), and
 * then reports a shift nobody saw; a page with stylesheets is measured on its own, as test/site/site.test.ts does.
 */
export async function loadFrame({ src, srcdoc, sandbox, width = 480, height = 700 }: FrameOptions): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc !== undefined) frame.srcdoc = srcdoc;
  else frame.src = src!;
  document.body.append(frame);
  await loaded;
  return frame;
}

type Upgradable = HTMLElement & { updateComplete?: Promise<unknown> };

/** Waits until every `selector` element in the frame is upgraded and rendered, and returns them. */
export async function renderedIn(frame: HTMLIFrameElement, selector = 'cmhw-countdown'): Promise<Upgradable[]> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => [...doc.querySelectorAll<Upgradable>(selector)].every((el) => el.shadowRoot?.querySelector('[part="container"]')),
    `${selector} did not render in the frame`,
    { timeout: 20_000 },
  );
  const elements = [...doc.querySelectorAll<Upgradable>(selector)];
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** Resolves after the frame's window has painted `count` more frames. */
export async function framesPainted(win: Window, count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** The recorder of test/fixtures/record-page-events.js in a fixture page. */
export const recorded = (frame: HTMLIFrameElement) =>
  (frame.contentWindow as Window & { recorded: { violations: string[]; warnings: string[]; errors: string[] } }).recorded;

/** Removes the frames a test added. */
export function removeFrames(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
