// The README's API reference (attributes, properties, events, slots, parts and CSS custom properties of every
// element), generated from custom-elements.json between the api-reference markers.
//   npm run docs            rewrite the reference in README.md
//   npm run docs -- --check fail if README.md is not what it would write (part of `npm run lint`)
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { customElements, definitionModule, publicSpecifier, readJson } from './package-paths.mjs';

const README = new URL('../README.md', import.meta.url);
const START = '<!-- api-reference:start (generated from custom-elements.json by `npm run docs`: edit the JSDoc, not this) -->';
const END = '<!-- api-reference:end -->';

/** Text for a table cell: one line, pipes escaped (also inside code spans, as GitHub's tables need). */
const cell = (text = '') =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
const shownDefault = (value) => (value === undefined || value === 'null' || value === 'undefined' ? '' : code(value));

/** A Markdown table, without the columns that are empty in every row (a default that no attribute has). */
function table(headings, rows, none) {
  if (rows.length === 0) return none;
  const kept = headings.map((_, i) => i).filter((i) => rows.some((row) => row[i]));
  const line = (cells) => `| ${kept.map((i) => cells[i]).join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

function elementReference(manifest, { declaration, module }) {
  const tag = declaration.tagName;
  const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const fieldOf = (attribute) => fields.find((f) => f.name === attribute.fieldName);
  const definition = definitionModule(manifest, tag);
  const classSpecifier = publicSpecifier(module.path);
  const defineSpecifier = definition && publicSpecifier(definition.path);

  const imports = [
    defineSpecifier && `\`import '${defineSpecifier}'\` registers it`,
    classSpecifier &&
      `\`import { ${declaration.name} } from '${classSpecifier}'\` is the class alone, to register under a name of your choice`,
  ].filter(Boolean);

  const attributes = (declaration.attributes ?? []).map((attribute) => {
    const field = fieldOf(attribute);
    const property = attribute.fieldName ? `${code(attribute.fieldName)}${field?.readonly ? ' (read-only)' : ''}` : '';
    return [
      code(attribute.name),
      property,
      code(attribute.type?.text ?? field?.type?.text),
      shownDefault(attribute.default ?? field?.default),
      cell(attribute.description ?? field?.description),
    ];
  });
  const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const properties = fields
    .filter((field) => !attributeFields.has(field.name))
    .map((field) => [
      `${code(field.name)}${field.readonly ? ' (read-only)' : ''}`,
      code(field.type?.text),
      shownDefault(field.default),
      cell(field.description),
    ]);
  const events = (declaration.events ?? []).map((event) => {
    const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
    return [code(event.name), code(detail ?? event.type?.text), cell(event.description)];
  });
  const slots = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]);
  const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  const cssProperties = (declaration.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    cell(property.description),
  ]);

  return [
    `### \`<${tag}>\``,
    cell(declaration.summary ?? declaration.description),
    imports.length ? `${imports.join('; ')}.` : '',
    '#### Attributes',
    table(['attribute', 'property', 'type', 'default', 'description'], attributes, 'None.'),
    '#### Properties',
    table(['property', 'type', 'default', 'description'], properties, 'None besides the attributes above.'),
    '#### Events',
    table(['event', 'detail', 'description'], events, 'None.'),
    '#### Slots',
    table(['slot', 'description'], slots, 'None.'),
    '#### CSS parts',
    table(['part', 'description'], parts, 'None.'),
    '#### CSS custom properties',
    table(['property', 'default', 'description'], cssProperties, 'None.'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

async function renderReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  const reference = customElements(manifest)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName))
    .map((element) => elementReference(manifest, element))
    .join('\n\n');
  const text = `${readme.slice(0, start + START.length)}\n\n${reference}\n\n${readme.slice(end)}`;
  const options = (await prettier.resolveConfig(README)) ?? {};
  return prettier.format(text, { ...options, parser: 'markdown' });
}

const readme = readFileSync(README, 'utf8');
const fresh = await renderReadme(readme, readJson('custom-elements.json'));
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    console.error('docs: the API reference in README.md is stale: run `npm run docs` and commit the result.');
    process.exit(1);
  }
  console.log('docs: the API reference in README.md is up to date');
} else if (fresh !== readme) {
  writeFileSync(README, fresh);
  console.log('docs: README.md API reference rewritten');
} else {
  console.log('docs: README.md API reference already up to date');
}
