/**
 * Which editions' banners a visitor has dismissed on this site, remembered in `localStorage` (never a cookie:
 * nothing is sent to any server) under `cmhw-widgets:banner-dismissed:<year>`.
 *
 * Storage can be missing, blocked (a sandboxed iframe, some private modes, a browser set to refuse site data)
 * or full, and then reading `localStorage` or any call on it may throw: the choice is kept in memory for the page
 * instead, so the banner still goes away and stays away until the page is left. Every dismissible banner on the
 * page is told of a change at once, and so are those in other tabs of the site (the `storage` event, listened to
 * only while a dismissible banner is on the page).
 */
import type { ReactiveControllerHost } from 'lit';

/** The key prefix; the year follows it. */
export const DISMISSED_KEY = 'cmhw-widgets:banner-dismissed:';

/** Dismissals that storage refused, for as long as the page is open. */
const remembered = new Set<number | undefined>();
/** The dismissible banners on the page. */
const hosts = new Set<ReactiveControllerHost>();
const updateAll = () => hosts.forEach((host) => host.requestUpdate());

export function isDismissed(year: number): boolean {
  try {
    return remembered.has(year) || localStorage.getItem(DISMISSED_KEY + year) !== null;
  } catch {
    return remembered.has(year);
  }
}

/** Records (or, with `false`, forgets) the dismissal of a year, or of every year with `undefined`. */
export function setDismissed(year: number | undefined, dismissed: boolean): void {
  if (year === undefined) remembered.clear();
  else remembered.delete(year);
  try {
    for (const key of year === undefined ? Object.keys(localStorage) : [DISMISSED_KEY + year]) {
      if (!key.startsWith(DISMISSED_KEY)) continue;
      if (dismissed) localStorage.setItem(key, new Date().toISOString());
      else localStorage.removeItem(key);
    }
  } catch {
    if (dismissed) remembered.add(year);
  }
  updateAll();
}

const onStorage = (event: StorageEvent): void => {
  if (event.key === null || event.key.startsWith(DISMISSED_KEY)) updateAll();
};

/**
 * Whether a banner follows dismissals (it is on the page and dismissible). One `storage` listener serves them all,
 * and none is left once the last one goes.
 */
export function followDismissals(host: ReactiveControllerHost, follow: boolean): void {
  if (follow) hosts.add(host);
  else hosts.delete(host);
  if (hosts.size > 0) window.addEventListener('storage', onStorage);
  else window.removeEventListener('storage', onStorage);
}
