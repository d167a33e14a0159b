// custom-elements.json is generated from the elements' JSDoc: `npm run manifest` (checked by `npm run lint`).
// Every element in src/elements/<name>/ is picked up; the plugins make the manifest describe the published files.
import {
  defineElementsPlugin,
  linkAttributesToFieldsPlugin,
  publishedPathsPlugin,
  sortModulesPlugin,
} from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/elements/**/*.ts', 'src/index.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/styles.ts', 'src/elements/shared/define-elements.ts'],
  litelement: true,
  outdir: '.',
  plugins: [defineElementsPlugin(), linkAttributesToFieldsPlugin(), publishedPathsPlugin(), sortModulesPlugin()],
};
