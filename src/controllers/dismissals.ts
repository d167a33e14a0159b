/**
 * Which editions' banners a visitor has dismissed on this site, remembered in `localStorage` (never a cookie:
 * nothing is sent to any server) under `cmhw-widgets:banner-dismissed:<year>`.
 *
 * Storage can be missing, blocked (a sandboxed iframe, some private modes, a browser set to refuse site data)
 * or full, and then every call may throw: the choice is kept in memory for the page instead, so the banner still
 * goes away and stays away until the page is left. Every banner connected to the page is told of a change at
 * once, and so are those in other tabs of the site (the `storage` event, listened to only while a dismissible
 * banner is on the page).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The key prefix; the year follows it. */
export const DISMISSED_KEY = 'cmhw-widgets:banner-dismissed:';

/** Dismissals of this page: those storage refused, and those it holds (read through, so other tabs count). */
const remembered = new Set<number>();
const hosts = new Set<ReactiveControllerHost>();

/** `localStorage`, or undefined where reading the property itself throws (a sandboxed iframe). */
function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export function isDismissed(year: number): boolean {
  if (remembered.has(year)) return true;
  try {
    return storage()?.getItem(DISMISSED_KEY + year) != null;
  } catch {
    return false;
  }
}

/** Records (or, with `false`, forgets) a dismissal, and updates every banner on the page. */
export function setDismissed(year: number | undefined, dismissed: boolean): void {
  const keys: string[] = [];
  try {
    const store = storage()!;
    if (year === undefined) {
      for (let index = 0; index < store.length; index += 1) keys.push(store.key(index)!);
      for (const key of keys) if (key.startsWith(DISMISSED_KEY)) store.removeItem(key);
    } else if (dismissed) store.setItem(DISMISSED_KEY + year, new Date().toISOString());
    else store.removeItem(DISMISSED_KEY + year);
    remembered.delete(year!);
  } catch {
    // Blocked or full: memory only, for as long as the page is open.
    if (dismissed) remembered.add(year!);
  }
  if (year === undefined) remembered.clear();
  else if (!dismissed) remembered.delete(year);
  hosts.forEach((host) => host.requestUpdate());
}

const onStorage = (event: StorageEvent): void => {
  if (event.key === null || event.key.startsWith(DISMISSED_KEY)) hosts.forEach((host) => host.requestUpdate());
};

/** Keeps a dismissible banner told of dismissals made elsewhere on the page or in another tab. */
export class DismissalController implements ReactiveController {
  #wanted = false;
  #connected = false;
  #watching = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the host follows dismissals (it is dismissible); a banner that is not has no listener. */
  watch(wanted: boolean): void {
    this.#wanted = wanted;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
  }

  #sync(): void {
    const want = this.#wanted && this.#connected;
    if (want === this.#watching) return;
    this.#watching = want;
    if (want) {
      if (hosts.size === 0) window.addEventListener('storage', onStorage);
      hosts.add(this.host);
    } else {
      hosts.delete(this.host);
      if (hosts.size === 0) window.removeEventListener('storage', onStorage);
    }
  }
}
