// Test-runner commands that look at the package from Node (test/package.test.ts calls them through packageCommand):
//   package-files         what `npm pack --dry-run` would publish
//   unreachable-modules   published modules (and their types) that no entry point of the package imports
//   package-elements      each custom element in custom-elements.json, its modules and their public specifiers
//   type-check-consumer   writes test/consumer/generated/elements.tsx from the manifest and type-checks test/consumer
//                         (with a bundler's module resolution and with Node's)
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { customElements, definitionModule, publicSpecifier, readJson } from '../../scripts/package-paths.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (url) => fileURLToPath(url).slice(root.length);

async function packageFiles() {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
  const [report] = JSON.parse(stdout);
  return report.files.map((file) => file.path).sort();
}

/** Files under dist/lib/ that are not reached by following relative imports from the package's exports. */
async function unreachableModules() {
  const files = (await packageFiles()).filter((file) => file.startsWith('dist/lib/'));
  const pkg = readJson('package.json');
  const entries = Object.values(pkg.exports)
    .flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)))
    .flatMap((target) => (target.includes('*') ? files.map((f) => `./${f}`).filter((f) => matches(target, f)) : [target]))
    .map((target) => target.replace(/^\.\//, ''));
  const reached = new Set();
  const queue = entries.filter((entry) => entry.startsWith('dist/lib/'));
  while (queue.length) {
    const file = queue.pop();
    if (reached.has(file) || !files.includes(file)) continue;
    reached.add(file);
    const source = readFileSync(new URL(file, `file://${root}`), 'utf8');
    for (const [, , specifier] of source.matchAll(/(from\s*|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = posix.join(posix.dirname(file), specifier);
      queue.push(target, target.replace(/\.js$/, '.d.ts'));
    }
    if (file.endsWith('.js')) queue.push(file.replace(/\.js$/, '.d.ts'));
  }
  return files.filter((file) => !reached.has(file));
}

/** Whether a shipped path matches an export pattern's target (each `*` one folder name, the same one). */
function matches(pattern, file) {
  const [first, ...rest] = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${rest.reduce((so, part, i) => `${so}${i === 0 ? '([^/]+)' : '\\1'}${part}`, first)}$`).test(file);
}

function packageElements() {
  const manifest = readJson('custom-elements.json');
  return customElements(manifest).map(({ declaration, module }) => {
    const definition = definitionModule(manifest, declaration.tagName);
    const classSpecifier = publicSpecifier(module.path);
    const defineSpecifier = definition && publicSpecifier(definition.path);
    // Node resolves the package's own name through its "exports", as a consumer's bundler would.
    const resolve = (specifier) => (specifier ? fromRoot(import.meta.resolve(specifier)) : undefined);
    return {
      tagName: declaration.tagName,
      className: declaration.name,
      classModule: module.path,
      definitionModule: definition?.path,
      classSpecifier,
      defineSpecifier,
      classResolved: resolve(classSpecifier),
      defineResolved: resolve(defineSpecifier),
      attributes: (declaration.attributes ?? []).map((a) => a.name),
      events: (declaration.events ?? []).map((e) => e.name),
      cssProperties: (declaration.cssProperties ?? []).map((p) => p.name),
      cssParts: (declaration.cssParts ?? []).map((p) => p.name),
    };
  });
}

/** A value of an attribute's documented type: the first of a union of string literals, or else any string. */
function sampleValue(typeText = 'string') {
  const literal = /^\s*(["'])(.*?)\1/.exec(typeText);
  if (literal) return JSON.stringify(literal[2]);
  if (/^\s*boolean\b/.test(typeText)) return '{true}';
  if (/^\s*number\b/.test(typeText)) return '{1}';
  return '"text"';
}

/** Every tag of the manifest used from TypeScript and JSX, with each attribute and each event. */
function consumerFixture() {
  const manifest = readJson('custom-elements.json');
  const name = readJson('package.json').name;
  const lines = [
    '// Generated from custom-elements.json by test/support/package-commands.mjs: every tag, attribute and event.',
    `import type {} from '${name}/jsx';`,
  ];
  const body = [];
  const detailTypes = new Set();
  for (const { declaration, module } of customElements(manifest)) {
    const tag = declaration.tagName;
    const definition = definitionModule(manifest, tag);
    const classSpecifier = publicSpecifier(module.path);
    const defineSpecifier = definition && publicSpecifier(definition.path);
    if (!classSpecifier) throw new Error(`<${tag}>: no export of the package reaches ${module.path}`);
    if (!defineSpecifier) throw new Error(`<${tag}>: no export of the package reaches a module that registers it`);
    const local = `${declaration.name}Class`;
    lines.push(`import { ${declaration.name} as ${local} } from '${classSpecifier}';`, `import '${defineSpecifier}';`);
    const id = tag.replace(/-(\w)/g, (_, c) => c.toUpperCase());
    body.push('', `// <${tag}>`, `export const ${id}: ${local} = document.createElement('${tag}');`);
    const handlers = [];
    for (const event of declaration.events ?? []) {
      const detail = /^CustomEvent<\s*([A-Za-z_$][\w$]*)\s*>$/.exec(event.type?.text ?? '')?.[1];
      const handler = detail ? `(event) => { const detail: ${detail} = event.detail; return detail; }` : '(event) => event';
      if (detail) detailTypes.add(detail);
      body.push(`${id}.addEventListener('${event.name}', ${handler});`);
      handlers.push(`on${event.name}={${handler}}`);
    }
    const attributes = (declaration.attributes ?? []).map((a) => `${a.name}=${sampleValue(a.type?.text)}`);
    body.push(`export const ${id}Jsx = <${tag} ${[...attributes, ...handlers].join(' ')} />;`);
  }
  if (detailTypes.size) lines.push(`import type { ${[...detailTypes].join(', ')} } from '${name}';`);
  return `${[...lines, ...body].join('\n')}\n`;
}

async function typeCheckConsumer() {
  mkdirSync(new URL('../consumer/generated/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../consumer/generated/elements.tsx', import.meta.url), consumerFixture());
  // As a bundler resolves modules, and as Node does.
  const outputs = [];
  for (const project of ['test/consumer/tsconfig.json', 'test/consumer/tsconfig.nodenext.json']) {
    try {
      await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--pretty', 'false'], { cwd: root });
    } catch (error) {
      outputs.push(`${project}:\n${`${error.stdout ?? ''}${error.stderr ?? ''}` || String(error)}`);
    }
  }
  return { ok: outputs.length === 0, output: outputs.join('\n') };
}

const running = new Map();

/**
 * Answers within 15 s: the job's result, or `{ pending: true }` while it still runs (ask again). The runner waits
 * 20 s for a command, and npm or tsc can take longer on a busy two-core machine.
 */
async function patiently(name, job) {
  let settled = running.get(name);
  if (!settled)
    running.set(
      name,
      (settled = job().then(
        (value) => ({ value }),
        (error) => ({ error }),
      )),
    );
  let timer;
  const outcome = await Promise.race([settled, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
  if (!outcome) return { pending: true };
  running.delete(name);
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

export function packageCommandsPlugin() {
  return {
    name: 'cmhw-package-commands',
    async executeCommand({ command }) {
      if (command === 'package-files') return patiently(command, packageFiles);
      if (command === 'unreachable-modules') return patiently(command, unreachableModules);
      if (command === 'package-elements') return patiently(command, async () => packageElements());
      if (command === 'type-check-consumer') return patiently(command, typeCheckConsumer);
      return undefined;
    },
  };
}
