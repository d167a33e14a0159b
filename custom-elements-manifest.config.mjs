// custom-elements.json is generated from the elements' JSDoc: `npm run manifest` (checked by `npm run check`).
export default {
  globs: ['src/elements/**/*.ts', 'src/index.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/styles.ts', 'src/elements/shared/define.ts'],
  litelement: true,
  outdir: '.',
};
