// Every page of the site: the kit, and the few things its examples do.
import { CmhwBanner } from '../src/elements/banner/banner.ts';
import { CmhwCountdown } from '../src/elements/countdown/countdown.ts';
import { defineElements } from '../src/elements/shared/define-elements.ts';
import { CmhwTipCard } from '../src/elements/tip-card/tip-card.ts';

// The widgets are defined once the page has painted, one kind per task: until then each example shows its
// fallback in the very box the widget takes, so the first paint comes at once, nothing moves when they upgrade,
// and no single long task keeps a slow phone from answering a tap (a page here holds up to ten widgets).
// A school's page with one widget needs none of this: the snippets load the kit as it is.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
requestAnimationFrame(async () => {
  for (const [tag, element] of [
    ['cmhw-countdown', CmhwCountdown],
    ['cmhw-tip-card', CmhwTipCard],
    ['cmhw-banner', CmhwBanner],
  ]) {
    await nextTask();
    defineElements({ [tag]: element });
  }
});

// The ticking examples count down to a week that starts three days from now (UK dates), so that they always tick.
const start = new Date(Date.now() + 3 * 86_400_000);
// Assembled from the parts, since engines' ICU data differ on each locale's own date pattern (WebKitGTK writes
// "12/3/2026" for en-CA, where Chromium writes 2026-12-03).
const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const ukDate = (date) => {
  const part = Object.fromEntries(ukParts.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}`;
};
for (const ticking of document.querySelectorAll('.demo-ticking')) {
  ticking.setAttribute('start', ukDate(start));
  ticking.setAttribute('end', ukDate(new Date(start.getTime() + 6 * 86_400_000)));
}

// The language picker: one language for every example beside it, or each its own again.
const picker = document.getElementById('language-picker');
picker?.addEventListener('change', () => {
  for (const widget of document.querySelectorAll('#language-examples [data-lang]')) {
    widget.setAttribute('lang', picker.value || widget.dataset.lang);
  }
});

// The banners: bring back every closed one (their dismissal is remembered in this browser).
document
  .getElementById('restore-banners')
  ?.addEventListener('click', () => customElements.whenDefined('cmhw-banner').then((banner) => banner.clearDismissals()));
