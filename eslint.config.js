// ESLint: the configuration is in tools/lint/ with the packages it needs (see tools/lint/package.json).
export { default } from './tools/lint/eslint.config.js';
