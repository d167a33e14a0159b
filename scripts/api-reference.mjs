// The API reference of each element (attributes, properties, events, slots, parts and CSS custom properties), read
// from custom-elements.json: one reader, two renderings. `npm run docs` writes it as Markdown (docs/api.md), and
// the site's build (scripts/site/plugin.mjs) as HTML tables on each element's page.
import { customElements, definitionModule, publicSpecifier } from './package-paths.mjs';

/** Text for one cell: one line (the manifest keeps the JSDoc's line breaks). */
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');
const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
const shownDefault = (value) => (value === undefined || value === 'null' || value === 'undefined' ? '' : code(value));

/**
 * One element's reference. Cells are inline Markdown (code spans in backticks), the JSDoc's own format, so both
 * renderings read the same text.
 */
export function elementApi(manifest, { declaration, module }) {
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
      oneLine(attribute.description ?? field?.description),
    ];
  });
  const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const properties = fields
    .filter((field) => !attributeFields.has(field.name))
    .map((field) => [
      `${code(field.name)}${field.readonly ? ' (read-only)' : ''}`,
      code(field.type?.text),
      shownDefault(field.default),
      oneLine(field.description),
    ]);
  const events = (declaration.events ?? []).map((event) => {
    const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
    return [code(event.name), code(detail ?? event.type?.text), oneLine(event.description)];
  });
  const slots = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', oneLine(slot.description)]);
  const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), oneLine(part.description)]);
  const cssProperties = (declaration.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    oneLine(property.description),
  ]);

  return {
    tag,
    summary: oneLine(declaration.summary ?? declaration.description),
    imports: imports.length ? `${imports.join('; ')}.` : '',
    sections: [
      {
        id: 'attributes',
        title: 'Attributes',
        headings: ['attribute', 'property', 'type', 'default', 'description'],
        rows: attributes,
        none: 'None.',
      },
      {
        id: 'properties',
        title: 'Properties',
        headings: ['property', 'type', 'default', 'description'],
        rows: properties,
        none: 'None besides the attributes above.',
      },
      { id: 'events', title: 'Events', headings: ['event', 'detail', 'description'], rows: events, none: 'None.' },
      { id: 'slots', title: 'Slots', headings: ['slot', 'description'], rows: slots, none: 'None.' },
      { id: 'parts', title: 'CSS parts', headings: ['part', 'description'], rows: parts, none: 'None.' },
      {
        id: 'custom-properties',
        title: 'CSS custom properties',
        headings: ['property', 'default', 'description'],
        rows: cssProperties,
        none: 'None.',
      },
    ].map((section) => ({ ...section, kept: keptColumns(section) })),
  };
}

/** The columns that are not empty in every row (a default that no attribute has is left out). */
function keptColumns({ headings, rows }) {
  return headings.map((_, i) => i).filter((i) => rows.some((row) => row[i]));
}

/** Every element of the manifest, by tag name. */
export function elementApis(manifest) {
  return customElements(manifest)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName))
    .map((element) => elementApi(manifest, element));
}

/** As Markdown, headings from `level`. Pipes are escaped, also inside code spans, as GitHub's tables need. */
export function apiMarkdown(api, level = 3) {
  const hashes = '#'.repeat(level);
  const cell = (text) => text.replace(/\|/g, '\\|');
  const table = ({ headings, rows, none, kept }) => {
    if (rows.length === 0) return none;
    const line = (cells) => `| ${kept.map((i) => cell(cells[i])).join(' | ')} |`;
    return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
  };
  return [
    `${hashes} \`<${api.tag}>\``,
    api.summary,
    api.imports,
    ...api.sections.flatMap((section) => [`${hashes}# ${section.title}`, table(section)]),
  ]
    .filter(Boolean)
    .join('\n\n');
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline Markdown of the JSDoc (code spans, bold) as HTML; everything else is text. */
export function inlineHtml(text) {
  return text
    .split(/(`[^`]*`)/)
    .map((piece) =>
      piece.startsWith('`') && piece.endsWith('`') && piece.length > 1
        ? `<code>${escapeHtml(piece.slice(1, -1))}</code>`
        : escapeHtml(piece).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');
}

/** As HTML: a section per kind, each table with a caption-like heading (`level`) and scoped header cells. */
export function apiHtml(api, level = 3) {
  const table = ({ headings, rows, none, kept }) => {
    if (rows.length === 0) return `<p>${escapeHtml(none)}</p>`;
    const head = kept.map((i) => `<th scope="col">${escapeHtml(headings[i])}</th>`).join('');
    // The first cell names the row (the attribute, the event…): a row header, so a screen reader announces it
    // before each cell of that row.
    const body = rows
      .map(
        (row) =>
          `<tr>${kept.map((i, n) => (n === 0 ? `<th scope="row">${inlineHtml(row[i])}</th>` : `<td>${inlineHtml(row[i])}</td>`)).join('')}</tr>`,
      )
      .join('\n');
    // A wide table scrolls inside its own box, which takes focus so that keyboard users can scroll it too.
    return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(`${api.tag} ${headings[kept[0]]}s`)}"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
  };
  return [
    api.imports ? `<p>${inlineHtml(api.imports)}</p>` : '',
    ...api.sections.map((section) => `<h${level} id="${section.id}">${section.title}</h${level}>\n${table(section)}`),
  ]
    .filter(Boolean)
    .join('\n');
}
