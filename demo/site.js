// Every page of the site: the kit, and the few things its examples do.
import '../src/index.ts';

// The ticking examples count down to a week that starts three days from now (UK dates), so that they always tick.
const start = new Date(Date.now() + 3 * 86_400_000);
const ukDate = (date) => date.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
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
