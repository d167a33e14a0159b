/**
 * One clock for every widget on the page.
 *
 * - One timer at most, set for the earliest moment any connected widget's display changes (the next whole
 *   minute for a minute countdown, the next UK midnight for a day number), never a fixed 100 ms poll; at a
 *   wake only the widgets that are due re-render.
 * - No timer at all while no widget is connected, or while the page is hidden; when the page shows again
 *   every widget updates at once.
 * - Time is read from Date.now() at every wake, never by counting ticks, and the clock sleeps at most a
 *   minute, so a throttled tab, a laptop waking from sleep or a changed system clock is right again at once
 *   when shown, and within a minute otherwise.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClockSubscriber {
  /** The next instant (ms) at which this subscriber's display changes; Infinity when it never will. */
  nextWake(now: number): number;
  /** Called at a wake with the time just read. */
  tick(now: number): void;
}

// The longest the clock sleeps. A timer does not always count time the computer spends asleep, so after a
// long sleep a 24-hour wait could fire hours late; waking at least once a minute bounds that. A wake at which
// nothing is due costs one comparison per widget and no rendering.
const MAX_DELAY = 60_000;

export class SharedClock {
  /** Each subscriber with the instant its display next changes and the instant that was computed at. */
  #subscribers = new Map<ClockSubscriber, { due: number; at: number }>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The instant the timer fires (at most a minute after it was set); Infinity when none is set. */
  #timerAt = Infinity;

  get size(): number {
    return this.#subscribers.size;
  }

  subscribe(subscriber: ClockSubscriber): void {
    if (this.#subscribers.size === 0) document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#subscribers.set(subscriber, { due: Infinity, at: 0 });
    this.update(subscriber);
  }

  unsubscribe(subscriber: ClockSubscriber): void {
    const wake = this.#subscribers.get(subscriber);
    if (!wake) return;
    this.#subscribers.delete(subscriber);
    if (this.#subscribers.size === 0) {
      document.removeEventListener('visibilitychange', this.#onVisibilityChange);
      this.#setTimer(Infinity, 0);
    } else if (wake.due <= this.#timerAt) this.#recomputeSoon();
  }

  /**
   * Recomputes when one subscriber is next due: sooner than the timer, the timer is brought forward; later than it
   * was, when the timer may have been set for it, every subscriber is recomputed once the current batch of
   * updates is over. So a page of 1,000 widgets, each subscribing or changing in turn, is not recomputed whole
   * for each of them (1,000 × 1,000), and no timer is left for a widget that no longer needs one.
   */
  update(subscriber: ClockSubscriber): void {
    const wake = this.#subscribers.get(subscriber);
    if (!wake || document.visibilityState === 'hidden') return;
    const now = Date.now();
    const was = wake.due;
    wake.due = subscriber.nextWake(now);
    wake.at = now;
    if (wake.due < this.#timerAt) this.#setTimer(wake.due, now);
    else if (wake.due > was && was <= this.#timerAt) this.#recomputeSoon();
  }

  #recomputing = false;

  // After the current task's microtasks already queued (every widget's pending update), not on a timer: the
  // recomputation must not wait for the clock it corrects.
  #recomputeSoon(): void {
    if (this.#recomputing) return;
    this.#recomputing = true;
    void Promise.resolve().then(() => {
      this.#recomputing = false;
      this.schedule();
    });
  }

  /** Recomputes when each subscriber is due and sets the one timer for the earliest, or none when none is needed. */
  schedule(): void {
    this.#setTimer(Infinity, 0);
    if (this.#subscribers.size === 0 || document.visibilityState === 'hidden') return;
    const now = Date.now();
    let next = Infinity;
    for (const [subscriber, wake] of this.#subscribers) {
      wake.due = subscriber.nextWake(now);
      wake.at = now;
      next = Math.min(next, wake.due);
    }
    this.#setTimer(next, now);
  }

  /** The one timer, for the instant `due` but at most a minute from `now`, or none for Infinity. */
  #setTimer(due: number, now: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = due === Infinity ? Infinity : Math.min(due, now + MAX_DELAY);
    if (due === Infinity) return;
    this.#timer = setTimeout(this.#wake, Math.max(this.#timerAt - now, 0));
  }

  /**
   * Updates the subscribers whose display is due, or all of them when `all` (the page was just shown) or when
   * the clock has gone back since their wake was computed (a changed system clock).
   */
  #wake = (all?: unknown): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = Date.now();
    for (const [subscriber, { due, at }] of [...this.#subscribers]) {
      if (all === true || now >= due || now < at) subscriber.tick(now);
    }
    this.schedule();
  };

  #onVisibilityChange = (): void => {
    // Hidden: stop waking (no work for a page nobody sees). Shown: catch up now, whatever happened meanwhile.
    if (document.visibilityState === 'hidden') this.schedule();
    else this.#wake(true);
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

  /** Call when what the host shows changed, so the clock can recompute when this host next changes. */
  reschedule(): void {
    if (this.#subscribed) this.clock.update(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
    // Lit does not re-render on reconnection: an element moved in the page (CMSs and single-page apps do
    // that) must not show the time from when it was removed.
    this.host.requestUpdate();
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
