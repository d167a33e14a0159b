/**
 * Whether an element is on screen, from ONE IntersectionObserver for the whole page, which exists only while an
 * element is watched. A tip card off screen does no timer work: nobody can read a tip that changes there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const watched = new Map<Element, OnScreenController>();
let observer: IntersectionObserver | undefined;

export class OnScreenController implements ReactiveController {
  /** Until the observer first reports, an element counts as on screen, so that it starts as it would without one. */
  onScreen = true;

  constructor(
    private readonly host: Host,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'function') return; // an old engine: always on screen
    observer ??= new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        const controller = watched.get(target);
        if (controller && controller.onScreen !== isIntersecting) {
          controller.onScreen = isIntersecting;
          controller.changed();
        }
      }
    });
    watched.set(this.host, this);
    observer.observe(this.host);
  }

  hostDisconnected(): void {
    watched.delete(this.host);
    observer?.unobserve(this.host);
    if (watched.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
