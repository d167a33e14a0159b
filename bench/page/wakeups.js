// Added to the page before any of its scripts (an init script), after the page clock is installed.
//
// Counts wake-ups: each callback of setTimeout, setInterval, requestAnimationFrame or requestIdleCallback that
// actually runs (a timer set and cleared before it fires is not a wake-up).
//
// And lets the benchmark hide the page: Chromium driven by Playwright keeps every page "visible" (its focus
// emulation counts as someone watching), so the page is told it is hidden the way the browser tells it:
// document.visibilityState and document.hidden change and a visibilitychange event fires. As in a hidden tab,
// animation-frame callbacks wait until the page is shown again (they are neither run nor counted meanwhile).
(() => {
  const counts = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0, requestIdleCallback: 0 };
  let hidden = false;
  const heldFrames = [];
  const wrapped = {};

  for (const name of Object.keys(counts)) {
    const original = window[name];
    if (typeof original !== 'function') continue;
    const wrapper = function (callback, ...rest) {
      if (typeof callback !== 'function') return original.call(this, callback, ...rest);
      const counted = function (...args) {
        if (name === 'requestAnimationFrame' && hidden) {
          heldFrames.push(() => counted.apply(this, args));
          return undefined;
        }
        counts[name]++;
        return callback.apply(this, args);
      };
      return original.call(this, counted, ...rest);
    };
    wrapped[name] = wrapper;
    window[name] = wrapper;
  }

  const visibilityState = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
  const hiddenProperty = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden');
  Object.defineProperty(Document.prototype, 'visibilityState', {
    configurable: true,
    get() {
      return hidden ? 'hidden' : visibilityState.get.call(this);
    },
  });
  Object.defineProperty(Document.prototype, 'hidden', {
    configurable: true,
    get() {
      return hidden || hiddenProperty.get.call(this);
    },
  });

  window.benchWakeups = {
    counts,
    total: () => Object.values(counts).reduce((sum, n) => sum + n, 0),
    reset() {
      for (const name of Object.keys(counts)) counts[name] = 0;
    },
    /** True when every counter is still the one on the page (nothing replaced it after this script). */
    inPlace: () => Object.entries(wrapped).every(([name, wrapper]) => window[name] === wrapper),
    setHidden(value) {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
      if (!hidden) heldFrames.splice(0).forEach((run) => run());
    },
  };
})();
