// Runs in the benchmark page. The page holds N instances of one candidate's markup, painted before any component
// code arrives (as when a school's page shows its fallback first). `benchGo()` then imports the candidate's bundle
// and reports how long it took until every instance had rendered and the browser had painted it.
const config = JSON.parse(document.getElementById('bench-config').textContent);

const frames = async (count) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

// Layout shift from the first paint on (buffered), as test/embedding/snippets.test.ts measures it.
let shift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

/** Every instance is rendered: a Lit element's update is complete, any other has content in its shadow root. */
async function rendered(elements) {
  for (const element of elements) {
    if ('updateComplete' in element) while (!(await element.updateComplete));
  }
  while (!elements.every((element) => 'updateComplete' in element || element.shadowRoot?.textContent)) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

window.benchGo = async () => {
  const start = performance.now();
  await import(config.bundle);
  await Promise.all(config.tags.map((tag) => customElements.whenDefined(tag)));
  const elements = [...document.querySelectorAll(config.tags.join(','))];
  await rendered(elements);
  const renderedAt = performance.now();
  // Painted: two animation frames after the last render, the first frame that shows it has been produced.
  await frames(2);
  const paintedAt = performance.now();
  // A few more frames, so a shift from a late layout (fonts, slotted content) is counted too.
  await frames(3);
  return {
    rendered: renderedAt - start,
    painted: paintedAt - start,
    shift,
    instances: document.querySelectorAll(config.tags[0]).length,
    visibility: document.visibilityState,
  };
};

// Ready when the fallback has been painted.
await frames(3);
window.benchReady = true;
