/**
 * The iframe page, for platforms that strip scripts but allow an iframe (Google Sites, Wix, some school CMSs):
 *
 *   embed.html?widget=countdown&lang=cy&now=2023-02-08T12:00&accent=%2300558c
 *
 * renders one widget with the attributes given in the query string (see query.ts), and tells the page around the
 * frame its height (a `cmhw-embed-height` message), so a small script there can fit the frame. It works inside
 * `sandbox="allow-scripts"`.
 */
// The whole kit is inside this file, built as a classic script: a frame sandboxed without allow-same-origin
// has an opaque origin, and would need CORS headers from the server to load an ES module.
import '../index.js';
import { type Warn, widgetFromQuery } from './query.js';

/** Sends the page's height to the page around the frame whenever it changes. */
function reportHeight(): void {
  // The frame may be sandboxed (an opaque origin), so the message goes to any parent; it says nothing private.
  const send = () =>
    parent.postMessage(
      { type: 'cmhw-embed-height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(send).observe(document.documentElement);
}

const warn: Warn = (message) => console.warn(`embed.html: ${message}`);
document.getElementById('widget')!.replaceChildren(widgetFromQuery(new URLSearchParams(location.search), warn));
reportHeight();
