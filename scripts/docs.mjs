// The API reference (attributes, properties, events, slots, parts and CSS custom properties of every element),
// generated from custom-elements.json between the api-reference markers of docs/api.md. The site's element pages
// show the same tables, from the same reader (scripts/api-reference.mjs).
//   npm run docs            rewrite the reference in docs/api.md
//   npm run docs -- --check fail if docs/api.md is not what it would write (part of `npm run lint`)
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { apiMarkdown, elementApis } from './api-reference.mjs';
import { readJson } from './package-paths.mjs';

const FILE = new URL('../docs/api.md', import.meta.url);
const START = '<!-- api-reference:start (generated from custom-elements.json by `npm run docs`: edit the JSDoc, not this) -->';
const END = '<!-- api-reference:end -->';

async function render(text, manifest) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/api.md needs the markers ${START} and ${END}`);
  const reference = elementApis(manifest)
    .map((api) => apiMarkdown(api, 2))
    .join('\n\n');
  const fresh = `${text.slice(0, start + START.length)}\n\n${reference}\n\n${text.slice(end)}`;
  const options = (await prettier.resolveConfig(FILE)) ?? {};
  return prettier.format(fresh, { ...options, parser: 'markdown' });
}

const current = readFileSync(FILE, 'utf8');
const fresh = await render(current, readJson('custom-elements.json'));
if (process.argv.includes('--check')) {
  if (fresh !== current) {
    console.error('docs: the API reference in docs/api.md is stale: run `npm run docs` and commit the result.');
    process.exit(1);
  }
  console.log('docs: the API reference in docs/api.md is up to date');
} else if (fresh !== current) {
  writeFileSync(FILE, fresh);
  console.log('docs: docs/api.md API reference rewritten');
} else {
  console.log('docs: docs/api.md API reference already up to date');
}
