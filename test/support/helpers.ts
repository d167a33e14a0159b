import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';

/** Runs the page in an IANA time zone (or back to the machine's with undefined). Chromium only. */
export async function setTimeZone(timeZone: string | undefined): Promise<void> {
  await executeServerCommand('set-time-zone', { timeZone });
}

/** The time zone the page is running in, as the browser reports it. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Collects console.warn calls for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  });
  return { messages, restore: () => stub.restore() };
}

/** Text a sighted visitor or a screen reader could meet, including the shadow DOM, whitespace collapsed. */
export function shadowText(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root as ParentNode & Node).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Fails on text a widget must never show. */
export const BROKEN_TEXT = /NaN|undefined|Invalid Date|null|\[object/;

/** Emulates CSS media features, e.g. `[{ name: 'forced-colors', value: 'active' }]`; an empty list resets them. */
export async function emulateMedia(features: Array<{ name: string; value: string }>): Promise<void> {
  await executeServerCommand('cmhw-emulate-media', { features });
}
