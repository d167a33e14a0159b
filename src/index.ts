/**
 * cmhw-widgets: the single-module entry. Importing it registers every widget (guarded: importing it twice,
 * or after another copy, warns once and throws nothing).
 */
import './elements/countdown/define.js';
import './elements/tip-card/define.js';
import './elements/banner/define.js';

export { CmhwCountdown } from './elements/countdown/countdown.js';
export { CmhwBanner, type DismissDetail } from './elements/banner/banner.js';
export type { PhaseChangeDetail } from './elements/shared/cmhw-element.js';
export { CmhwTipCard } from './elements/tip-card/tip-card.js';
export type { TipChangeDetail } from './elements/tip-card/tip-card.js';
export type { Phase, Precision } from './core/phase.js';
