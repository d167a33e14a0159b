// What a developer writes with the package in a TypeScript + React 19 project: no casts anywhere.
import type {} from 'cmhw-widgets/jsx';
import { CmhwCountdown, type PhaseChangeDetail, type Phase } from 'cmhw-widgets';
import { CmhwBanner, type DismissDetail } from 'cmhw-widgets';
import { CmhwCountdown as ClassOnly } from 'cmhw-widgets/elements/countdown.js';
import 'cmhw-widgets/define/countdown.js';

// The tag map gives the class; properties and the read-only phase are typed.
const countdown = document.createElement('cmhw-countdown');
const same: CmhwCountdown = countdown;
same.edition = '2024';
same.precision = 'second';
const phase: Phase = countdown.phase;
// @ts-expect-error phase is read-only
countdown.phase = 'after';

// The event map gives the detail's type to addEventListener.
countdown.addEventListener('cmhw-phase-change', (event) => {
  const detail: PhaseChangeDetail = event.detail;
  const now: Phase = event.detail.phase;
  const year: number = event.detail.edition;
  console.log(detail, now, year);
});

// The class module exports the class without registering it, for a tag name or a registry of your own.
customElements.define('school-countdown', class extends ClassOnly {});

export function Countdown({ onPhase }: { onPhase: (phase: Phase) => void }) {
  return (
    <cmhw-countdown
      edition="2023"
      start="2023-02-06"
      end="2023-02-12"
      now="2023-02-08T12:00"
      precision="minute"
      lang="cy"
      oncmhw-phase-change={(event) => onPhase(event.detail.phase)}
      style={{ '--cmhw-accent': '#00558c' }}
    />
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error the attributes are strings */}
      <cmhw-countdown edition={2023} />
      {/* @ts-expect-error the detail has no such field */}
      <cmhw-countdown oncmhw-phase-change={(event) => event.detail.nope} />
    </>
  );
}

// The banner: its settings, its methods, and its cancelable dismissal with a typed detail.
const banner = document.createElement('cmhw-banner');
const sameBanner: CmhwBanner = banner;
sameBanner.dismissible = true;
sameBanner.showWindow = '14 7';
banner.restore();
CmhwBanner.clearDismissals();
banner.addEventListener('cmhw-dismiss', (event) => {
  const detail: DismissDetail = event.detail;
  if (detail.edition === 2023) event.preventDefault();
});

export function Banner({ onDismiss }: { onDismiss: (edition: number) => void }) {
  return (
    <cmhw-banner
      edition="2023"
      dismissible
      show-window="14 7"
      heading-level="3"
      href="https://partner.example/resources"
      oncmhw-dismiss={(event) => onDismiss(event.detail.edition)}
    />
  );
}

console.log(phase);
