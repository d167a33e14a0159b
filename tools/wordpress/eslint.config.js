// ESLint for the WordPress plugin's editor code (wordpress/src/), loaded by the project's configuration
// (tools/lint/eslint.config.js): WordPress's own rules from @wordpress/eslint-plugin (React and its hooks, JSX
// accessibility, the i18n rules that check every text goes through @wordpress/i18n with the plugin's text domain,
// JSDoc, imports), in their set without Prettier ("recommended-with-formatting") with its formatting rules turned
// off, since the whole project is formatted by its own Prettier. Its "recommended" set differs only in running
// WordPress's Prettier fork as a rule, and in TypeScript support, which needs the TypeScript 6 API (this folder
// has no TypeScript).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import prettierOff from 'eslint-config-prettier';

const require = createRequire(import.meta.url);
// The set by its file: the package's main module loads every set, the TypeScript one included.
const plugin = dirname(require.resolve('@wordpress/eslint-plugin/package.json'));
const wordpress = require(join(plugin, 'configs/recommended-with-formatting.js'));

export const EDITOR_FILES = ['wordpress/src/**/*.js'];

// Its pieces each bring the plugins they use; ESLint wants one object per plugin name (as the package's main
// module does it for its own sets).
const plugins = {};
const scoped = wordpress.map((config) => {
  const own = Object.fromEntries(Object.entries(config.plugins ?? {}).map(([name, value]) => [name, (plugins[name] ??= value)]));
  return { ...config, ...(config.plugins ? { plugins: own } : {}), files: EDITOR_FILES };
});

export default [
  ...scoped,
  { ...prettierOff, files: EDITOR_FILES },
  {
    files: EDITOR_FILES,
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
    settings: {
      // WordPress's packages are the editor's globals (wp.*), provided by WordPress at run time: the build maps each
      // import to its script handle (index.asset.php), so they are not installed here.
      'import/core-modules': [
        '@wordpress/block-editor',
        '@wordpress/blocks',
        '@wordpress/components',
        '@wordpress/data',
        '@wordpress/date',
        '@wordpress/element',
        '@wordpress/i18n',
      ],
    },
    rules: {
      // The plugin's one text domain, checked in every translation call.
      '@wordpress/i18n-text-domain': ['error', { allowedTextDomain: 'cmhw-widgets' }],
    },
  },
];
