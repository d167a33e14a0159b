// The kit's size budget, in one place for `npm run size` and `npm run bench`: the one file a school pastes,
// dist/cmhw-widgets.js, with all three elements, all four languages and every edition text, at most 18 KB brotli
// (quality 11). Measured estimate behind it: Lit 5.4 KB, the core and the countdown about 4.5 KB, the edition texts in
// four languages about 3.5 KB, the tip card about 1 KB, the banner about 0.9 KB.
export const KIT_BROTLI_BUDGET = 18 * 1024;
