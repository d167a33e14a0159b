// Editor support, generated from custom-elements.json by maintained tools (part of `npm run build`):
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code custom data (html.customData, css.customData)
//   dist/web-types.json                                                  JetBrains IDEs (found through package.json "web-types")
//   dist/jsx.d.ts                                                        JSX types for React 19, Preact and Solid (`cmhw-widgets/jsx`)
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { publicSpecifier, readJson } from './package-paths.mjs';

const OUT = 'dist';
const manifest = () => readJson('custom-elements.json'); // each tool gets its own copy: some annotate it
const pkg = readJson('package.json');
const quiet = { hideLogs: true };

// The generated descriptions list events, CSS properties and parts; the elements have no public methods to list.
generateVsCodeCustomElementData(manifest(), { ...quiet, outdir: OUT, hideMethodDocs: true });

generateJetBrainsWebTypes(manifest(), {
  ...quiet,
  outdir: OUT,
  hideMethodDocs: true,
  // Where the IDE imports a tag's class from: its public module (`cmhw-widgets/elements/<name>.js`).
  modulePathTemplate: (_name, modulePath) => publicSpecifier(modulePath, pkg) ?? modulePath,
});

// Shared base classes (custom elements without a tag of their own) are no element a page can use, and the
// package's index does not export them: leave them out of the JSX types.
const withoutBases = (m) => {
  const bases = new Set(
    m.modules
      .flatMap((mod) => mod.declarations ?? [])
      .filter((d) => d.customElement && !d.tagName)
      .map((d) => d.name),
  );
  for (const mod of m.modules) {
    mod.declarations = mod.declarations?.filter((d) => !bases.has(d.name));
    mod.exports = mod.exports?.filter((e) => !bases.has(e.declaration?.name));
  }
  return m;
};

generateJsxTypes(withoutBases(manifest()), {
  outdir: OUT,
  fileName: 'jsx.d.ts',
  // One import of every class and event detail type, from the package's own index next to this file.
  globalTypePath: `./${posix.relative(OUT, pkg.exports['.'].default)}`,
  stronglyTypedEvents: true,
});
