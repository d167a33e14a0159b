import { defineElements } from '../shared/define-elements.js';
import { CmhwBanner, type DismissDetail } from './banner.js';

defineElements({ 'cmhw-banner': CmhwBanner });

declare global {
  interface HTMLElementTagNameMap {
    'cmhw-banner': CmhwBanner;
  }
  interface HTMLElementEventMap {
    'cmhw-dismiss': CustomEvent<DismissDetail>;
  }
}

export { CmhwBanner };
