export type Phase = 'before' | 'during' | 'after';
export type Widget = 'countdown' | 'tip-card' | 'banner';

export interface RoomChoice {
  widget: Widget;
  /** `minute` or `second` (countdown), `rotate` or `daily` (tip card), `dismissible` or `plain` (banner): see variantOf. */
  variant?: string;
  /** A year, or `latest`. */
  edition?: string;
  /** The school's own dates (a banner then shows the general heading and text). */
  ownDates?: boolean;
  phases: Phase[];
  /** The languages to hold: every one the kit speaks, unless the widget has one of its own. */
  languages?: string[];
}

export const FONTS: Record<string, string>;
export const LANGUAGES: string[];
export const PHASES: Phase[];
export const SAMPLE_WIDTHS_EM: number[];
export const VARIANTS: Record<Widget, string[]>;
export function variantOf(widget: Widget, attributes: Record<string, string | undefined>): string;
export const BAND_TOLERANCE_PX: number;
export const HEIGHT_EDITION_OF_TIPS: string;
export function heightKey(key: { widget: string; variant: string; edition: string; phase: string; lang: string }): string;
export function measuredEditions<E extends { year: number }>(editions: E[]): Array<Partial<E> & { key: string }>;
export function reachablePhases(week: {
  start: string;
  end: string;
  now?: string;
  writtenAt: number;
  evergreen?: boolean;
}): Phase[];
export function roomBands(choice: RoomChoice): Record<string, Array<[number, number]>>;
export function roomCss(
  choice: RoomChoice & { selector?: string; wrapper?: string; accent?: string; extra?: string; frame?: boolean },
): string[];
