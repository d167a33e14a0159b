// Analyzer plugins that make custom-elements.json describe the published package (see custom-elements-manifest.config.mjs).
import { posix } from 'node:path';

/**
 * Tags registered with the shared `defineElements({ 'cmhw-x': CmhwX })` (src/elements/shared/define-elements.ts) become
 * `custom-element-definition` exports of the module that calls it, as the analyzer does on its own for
 * `customElements.define('cmhw-x', CmhwX)`, and the class gets its `tagName` if its JSDoc did not give one.
 */
export function defineElementsPlugin() {
  const found = []; // { path, tag, className }
  return {
    name: 'cmhw-define-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElements') return;
      const [elements] = node.arguments;
      if (!elements || !ts.isObjectLiteralExpression(elements)) return;
      for (const property of elements.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.initializer)) continue;
        const tag = ts.isStringLiteral(property.name) || ts.isIdentifier(property.name) ? property.name.text : undefined;
        if (tag) found.push({ path: moduleDoc.path, tag, className: property.initializer.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const { path, tag, className } of found) {
        const home = modules.find((m) => m.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const module = modules.find((m) => m.path === path);
        if (!home || !module) continue;
        const declaration = home.declarations.find((d) => d.name === className);
        declaration.tagName ??= tag;
        module.exports ??= [];
        module.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module: home.path },
        });
      }
    },
  };
}

/**
 * An attribute documented on the class (`@attr phase`) that has a public field of the same name (a getter that
 * reflects it) is linked to that field, so tools know the property and the attribute are one.
 */
export function linkAttributesToFieldsPlugin() {
  return {
    name: 'cmhw-link-attributes-to-fields',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const attribute of declaration.attributes ?? []) {
          if (attribute.fieldName) continue;
          const field = declaration.members?.find(
            (m) => m.kind === 'field' && m.name === attribute.name && !m.static && (m.privacy ?? 'public') === 'public',
          );
          if (!field) continue;
          attribute.fieldName = field.name;
          field.attribute ??= attribute.name;
        }
      }
    },
  };
}

/**
 * Module paths name the files the package ships (dist/lib/…/*.js, compiled by tsc from src/…/*.ts) instead of
 * sources it does not ship. References to a re-exported name point at the module that declares it.
 */
export function publishedPathsPlugin({ from = 'src/', to = 'dist/lib/' } = {}) {
  const published = (modulePath) =>
    modulePath.startsWith(from) ? to + modulePath.slice(from.length).replace(/\.(ts|js)$/, '.js') : modulePath;
  const resolve = (specifier, fromPath) => {
    if (specifier.startsWith('/')) return specifier.slice(1);
    if (specifier.startsWith('./') || specifier.startsWith('../')) return posix.join(posix.dirname(fromPath), specifier);
    return specifier;
  };
  return {
    name: 'cmhw-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const declaredIn = new Map();
      for (const m of modules) for (const d of m.declarations ?? []) if (!declaredIn.has(d.name)) declaredIn.set(d.name, m.path);
      for (const m of modules) {
        for (const exported of m.exports ?? []) {
          const reference = exported.declaration;
          if (!reference?.module || reference.package) continue;
          const target = resolve(reference.module, m.path);
          const declaresIt = (path) =>
            modules.some((x) => x.path === path && x.declarations?.some((d) => d.name === reference.name));
          // `import { X } from './x.js'; export { X };` is recorded as declared here: point at the real home.
          if (target === m.path && !declaresIt(target) && declaredIn.has(reference.name))
            reference.module = declaredIn.get(reference.name);
          else reference.module = target;
        }
      }
      // Every other reference is already relative to the package root (or absolute from it).
      const visit = (value, modulePath) => {
        if (Array.isArray(value)) return value.forEach((item) => visit(item, modulePath));
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if (key === 'module' && typeof child === 'string' && !value.package)
            value.module = published(resolve(child, modulePath));
          else visit(child, modulePath);
        }
      };
      for (const m of modules) {
        visit(m.declarations, m.path);
        visit(m.exports, m.path);
        m.path = published(m.path);
      }
    },
  };
}

/**
 * Modules in path order. The analyzer lists them in the order the file system returns the files, which differs
 * between machines and between clones, so the manifest (and its freshness check) would depend on where it ran.
 */
export function sortModulesPlugin() {
  return {
    name: 'cmhw-sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
