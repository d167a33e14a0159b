/**
 * Re-renders an element when its light DOM changes (a CMS or a framework may fill it after the element is
 * upgraded), from ONE MutationObserver for the whole page, which exists only while an element is watched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watch(host: Host): void {
  observer ??= new MutationObserver((records) => {
    for (const watched of hosts) if (records.some(({ target }) => watched.contains(target))) watched.requestUpdate();
  });
  hosts.add(host);
  observer.observe(host, { childList: true, subtree: true, characterData: true });
}

export class ChildrenController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    // A MutationObserver cannot stop watching one node: it starts again with the others (or goes, with none).
    observer?.disconnect();
    observer = undefined;
    const others = [...hosts];
    hosts.clear();
    others.forEach(watch);
  }
}
