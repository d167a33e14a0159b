import { defineElements } from '../shared/define-elements.js';
import { CmhwCountdown } from './countdown.js';

defineElements({ 'cmhw-countdown': CmhwCountdown });

declare global {
  interface HTMLElementTagNameMap {
    'cmhw-countdown': CmhwCountdown;
  }
  interface HTMLElementEventMap {
    'cmhw-phase-change': CustomEvent<import('../shared/cmhw-element.js').PhaseChangeDetail>;
  }
}

export { CmhwCountdown };
