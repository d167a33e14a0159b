// The project's ESLint configuration (loaded through ../../eslint.config.js). It lives here, beside the
// packages it imports, because typescript-eslint needs a TypeScript with a JavaScript API (6.x), which this
// folder's package installs apart from the project's TypeScript 7.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import wordpressEditor from '../wordpress/eslint.config.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'site/',
      '.tmp/',
      'node_modules/',
      'tools/lint/node_modules/',
      'tools/wordpress/node_modules/',
      '.cache/',
      '**/*.generated.ts',
      'src/i18n/generated/',
      'test/consumer/generated/',
      'bench/out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The conventions tsc's noUnusedParameters already accepts: a leading _ marks a parameter kept for its
      // signature, and siblings of a ...rest are named only to leave them out of it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.{ts,tsx,js}', 'demo/**/*.{ts,js}'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
    // Lets the web-components rules see Lit elements (and ours, through the shared base) as custom elements.
    settings: { wc: { elementBaseClasses: ['LitElement', 'CmhwElement'] } },
    rules: {
      // Lit's ReactiveElement defines every lifecycle callback, so a guard around super.connectedCallback() and
      // the like could never be false.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The benchmark's entry files and page harness run in the browser.
    files: ['bench/entries/**/*.js', 'bench/page/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  // The WordPress plugin's editor code: WordPress's own rules (tools/wordpress/eslint.config.js).
  ...wordpressEditor,
  {
    // Node scripts that drive WordPress's editor (or a page of the release tests) in Chromium: their
    // page.evaluate() callbacks run in the page.
    files: ['test/wordpress/**/*.mjs', 'scripts/wordpress/screenshots.mjs', 'test/release/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, wp: 'readonly' } },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.ts', '*.config.{js,mjs,ts}', 'tools/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
