/**
 * One clock for every widget on the page.
 *
 * - One timer at most, set for the earliest moment any connected widget's display changes (the next whole
 *   minute for a minute countdown, the next UK midnight for a day number), never a fixed 100 ms poll.
 * - No timer at all while no widget is connected, or while the page is hidden; when the page shows again
 *   every widget updates at once.
 * - Time is read from Date.now() at every wake, never by counting ticks, so a laptop that wakes from sleep or
 *   a throttled background tab shows the right time immediately.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClockSubscriber {
  /** The next instant (ms) at which this subscriber's display changes; Infinity when it never will. */
  nextWake(now: number): number;
  /** Called at a wake with the time just read. */
  tick(now: number): void;
}

// setTimeout takes a signed 32-bit delay; a longer one fires at once. Waking early is harmless: the
// subscribers recompute from Date.now() and the clock sets itself again.
const MAX_DELAY = 2 ** 31 - 1;

export class SharedClock {
  #subscribers = new Set<ClockSubscriber>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  get size(): number {
    return this.#subscribers.size;
  }

  subscribe(subscriber: ClockSubscriber): void {
    if (this.#subscribers.size === 0) document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#subscribers.add(subscriber);
    this.schedule();
  }

  unsubscribe(subscriber: ClockSubscriber): void {
    if (!this.#subscribers.delete(subscriber)) return;
    if (this.#subscribers.size === 0) document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.schedule();
  }

  /** Sets the one timer for the earliest wake any subscriber needs, or clears it when none is needed. */
  schedule(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#subscribers.size === 0 || document.visibilityState === 'hidden') return;
    const now = Date.now();
    let next = Infinity;
    for (const subscriber of this.#subscribers) next = Math.min(next, subscriber.nextWake(now));
    if (next === Infinity) return;
    this.#timer = setTimeout(this.#wake, Math.min(Math.max(next - now, 0), MAX_DELAY));
  }

  #wake = (): void => {
    this.#timer = undefined;
    const now = Date.now();
    for (const subscriber of [...this.#subscribers]) subscriber.tick(now);
    this.schedule();
  };

  #onVisibilityChange = (): void => {
    // Hidden: stop waking (no work for a page nobody sees). Shown: catch up now, whatever happened meanwhile.
    if (document.visibilityState === 'hidden') this.schedule();
    else this.#wake();
  };
}

/** The page's clock. Every widget of this module subscribes to this one instance. */
export const sharedClock = new SharedClock();

/**
 * Gives an element the current time: frozen (the `now` attribute, or a visitor's pause) or live from the
 * shared clock, which re-renders the host whenever `nextChange` says its display changes.
 */
export class ClockController implements ReactiveController, ClockSubscriber {
  #frozenAt: number | undefined;
  #subscribed = false;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly nextChange: (now: number) => number,
    private readonly clock: SharedClock = sharedClock,
  ) {
    host.addController(this);
  }

  /** The time the host should show: the frozen instant, or Date.now(). */
  get now(): number {
    return this.#frozenAt ?? Date.now();
  }

  get frozen(): boolean {
    return this.#frozenAt !== undefined;
  }

  /**
   * Freezes the time at an instant (or unfreezes with undefined) and stops or starts listening to the clock.
   * The host re-renders itself (this is called while it updates, or followed by a requestUpdate).
   */
  freeze(instant: number | undefined): void {
    this.#frozenAt = instant;
    this.#sync();
  }

  /** Call when what the host shows changed, so the clock can recompute when to wake next. */
  reschedule(): void {
    if (this.#subscribed) this.clock.schedule();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  nextWake(now: number): number {
    return this.nextChange(now);
  }

  tick(): void {
    this.host.requestUpdate();
  }

  #sync(): void {
    const want = this.#connected && this.#frozenAt === undefined;
    if (want === this.#subscribed) return;
    this.#subscribed = want;
    if (want) this.clock.subscribe(this);
    else this.clock.unsubscribe(this);
  }
}
