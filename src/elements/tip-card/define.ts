import { defineElements } from '../shared/define-elements.js';
import { CmhwTipCard } from './tip-card.js';

defineElements({ 'cmhw-tip-card': CmhwTipCard });

declare global {
  interface HTMLElementTagNameMap {
    'cmhw-tip-card': CmhwTipCard;
  }
  interface HTMLElementEventMap {
    'cmhw-tip-change': CustomEvent<import('./tip-card.js').TipChangeDetail>;
  }
}

export { CmhwTipCard };
