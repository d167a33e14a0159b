/**
 * Counts what code on the page sets up and has not taken down, by wrapping the platform's own functions:
 * timeouts, intervals, animation frames and idle callbacks not yet run or cleared; event listeners not removed
 * from anything that outlives the given elements (the window, the document, a media query, the page's nodes);
 * observers observing and not disconnected. Listeners inside an element (on its shadow root's buttons) go with
 * it, so they are not counted.
 */
export interface Live {
  timers: number;
  intervals: number;
  frames: number;
  listeners: number;
  observers: number;
}

type AnyFunction = (...args: never[]) => unknown;

export function watchPlatform(isInside: (target: EventTarget) => boolean): { live(): Live; listening(): string[]; stop(): void } {
  const timers = new Set<unknown>();
  const intervals = new Set<unknown>();
  const frames = new Set<unknown>();
  const listeners = new Map<string, { target: EventTarget; type: string }>();
  const observers = new Set<object>();
  const undo: Array<() => void> = [];

  function wrap<T extends object, K extends keyof T>(owner: T, name: K, make: (original: T[K]) => T[K]): void {
    const original = owner[name];
    if (typeof original !== 'function') return; // not in this engine
    owner[name] = make(original);
    undo.push(() => {
      owner[name] = original;
    });
  }

  /** A scheduling function and its cancel: entries live until they run or are cancelled. */
  function track(owner: object, schedule: string, cancel: string, set: Set<unknown>, repeats = false): void {
    const target = owner as Record<string, AnyFunction>;
    wrap(target, schedule, (original) => {
      return function (this: unknown, callback: unknown, ...rest: unknown[]) {
        const run =
          typeof callback === 'function' && !repeats
            ? function (this: unknown, ...args: unknown[]) {
                set.delete(id);
                return (callback as (...a: unknown[]) => unknown).apply(this, args);
              }
            : callback;
        // Read by `run` only once the platform calls it, after this line.
        const id = (original as (...a: unknown[]) => unknown).call(this ?? globalThis, run, ...rest);
        set.add(id);
        return id;
      } as AnyFunction;
    });
    wrap(target, cancel, (original) => {
      return function (this: unknown, id: unknown) {
        set.delete(id);
        return (original as (...a: unknown[]) => unknown).call(this ?? globalThis, id);
      } as AnyFunction;
    });
  }

  track(globalThis, 'setTimeout', 'clearTimeout', timers);
  track(globalThis, 'setInterval', 'clearInterval', intervals, true);
  track(globalThis, 'requestAnimationFrame', 'cancelAnimationFrame', frames);
  track(globalThis, 'requestIdleCallback', 'cancelIdleCallback', frames);

  // One identity per (target, type, listener, capture), as the platform counts them.
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (object: object) => {
    if (!ids.has(object)) ids.set(object, (next += 1));
    return ids.get(object)!;
  };
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
  const keyOf = (target: EventTarget, type: string, listener: object, options: unknown) =>
    `${idOf(target)} ${type} ${idOf(listener)} ${capture(options)}`;
  const originalAdd = EventTarget.prototype.addEventListener;
  const proto = EventTarget.prototype as unknown as Record<string, AnyFunction>;
  wrap(proto, 'addEventListener', (original) => {
    return function (this: EventTarget, type: string, listener: object | null, options?: unknown) {
      if (listener) {
        const key = keyOf(this, type, listener, options);
        const once = typeof options === 'object' && options !== null && (options as AddEventListenerOptions).once;
        const signal = typeof options === 'object' && options !== null ? (options as AddEventListenerOptions).signal : undefined;
        if (!signal?.aborted) listeners.set(key, { target: this, type });
        if (once) originalAdd.call(this, type, () => listeners.delete(key), { once: true, capture: capture(options) });
        if (signal) originalAdd.call(signal, 'abort', () => listeners.delete(key), { once: true });
      }
      return (original as (...a: unknown[]) => unknown).call(this, type, listener, options);
    } as AnyFunction;
  });
  wrap(proto, 'removeEventListener', (original) => {
    return function (this: EventTarget, type: string, listener: object | null, options?: unknown) {
      if (listener) listeners.delete(keyOf(this, type, listener, options));
      return (original as (...a: unknown[]) => unknown).call(this, type, listener, options);
    } as AnyFunction;
  });
  // The old media-query listeners do not go through addEventListener.
  if (typeof MediaQueryList !== 'undefined') {
    const media = MediaQueryList.prototype as unknown as Record<string, AnyFunction>;
    wrap(media, 'addListener', (original) => {
      return function (this: MediaQueryList, listener: object | null) {
        if (listener) listeners.set(keyOf(this, 'change', listener, false), { target: this, type: 'change (addListener)' });
        return (original as (...a: unknown[]) => unknown).call(this, listener);
      } as AnyFunction;
    });
    wrap(media, 'removeListener', (original) => {
      return function (this: MediaQueryList, listener: object | null) {
        if (listener) listeners.delete(keyOf(this, 'change', listener, false));
        return (original as (...a: unknown[]) => unknown).call(this, listener);
      } as AnyFunction;
    });
  }

  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver'] as const) {
    const Original = (globalThis as unknown as Record<string, { prototype: object } | undefined>)[name];
    if (!Original) continue;
    const prototype = Original.prototype as Record<string, AnyFunction>;
    wrap(prototype, 'observe', (original) => {
      return function (this: object, ...args: unknown[]) {
        observers.add(this);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as AnyFunction;
    });
    wrap(prototype, 'disconnect', (original) => {
      return function (this: object) {
        observers.delete(this);
        return (original as (...a: unknown[]) => unknown).call(this);
      } as AnyFunction;
    });
  }

  // Listeners that outlive the widgets: on the window, the document, anything else that is not a node, or a node
  // on the page outside the widgets. Asked when counting, since a widget's button gets its listener before it
  // is placed in the widget; a node dropped from the page (a button a widget no longer shows) goes with its listeners.
  const outside = () =>
    [...listeners.values()].filter(({ target }) => !(target instanceof Node) || (target.isConnected && !isInside(target)));

  return {
    live: () => ({
      timers: timers.size,
      intervals: intervals.size,
      frames: frames.size,
      listeners: outside().length,
      observers: observers.size,
    }),
    listening: () => outside().map(({ target, type }) => `${type} on ${(target as Node).nodeName ?? target.constructor.name}`),
    stop: () => undo.reverse().forEach((step) => step()),
  };
}
