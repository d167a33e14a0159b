// What the manifest says about the published package: its custom elements, and the public import specifier
// (through package.json `exports`) of a file it ships. Used by the build's editor data, the docs and the tests.
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
export const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** The custom elements in a manifest: each class with a tag name, and the module that declares it. */
export function customElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((declaration) => ({ declaration, module })),
  );
}

/** The module whose `custom-element-definition` export registers the tag. */
export function definitionModule(manifest, tagName) {
  return manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tagName));
}

const target = (value) => (typeof value === 'string' ? value : (value?.import ?? value?.default));

/**
 * The specifier that imports a shipped file (a path from the package root, as in the manifest), e.g.
 * `dist/lib/elements/countdown/countdown.js` -> `cmhw-widgets/elements/countdown.js`; undefined when no export reaches it.
 */
export function publicSpecifier(path, pkg = readJson('package.json')) {
  const file = `./${path.replace(/^\.\//, '')}`;
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    const to = target(value);
    if (!to) continue;
    if (!key.includes('*')) {
      if (to === file) return key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`;
      continue;
    }
    // Every `*` in a pattern's target stands for the same text (one folder name here).
    const [first, ...rest] = to.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    const source = rest.reduce((so, part, i) => `${so}${i === 0 ? '([^/]+)' : '\\1'}${part}`, first);
    const match = new RegExp(`^${source}$`).exec(file);
    if (match) return `${pkg.name}/${key.slice(2).replace('*', match[1])}`;
  }
  return undefined;
}
