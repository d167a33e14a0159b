// The npm package as a developer meets it: what `npm pack` publishes, the modules it exports, the types a
// TypeScript + React project sees, and the editor data. Every element in custom-elements.json is checked, so a
// new element in src/elements/<name>/ is covered without touching this file. Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, skipBecause } from './support/helpers.js';

interface PackageElement {
  tagName: string;
  className: string;
  classModule: string;
  definitionModule?: string;
  classSpecifier?: string;
  defineSpecifier?: string;
  classResolved?: string;
  defineResolved?: string;
  attributes: string[];
  events: string[];
  cssProperties: string[];
  cssParts: string[];
}

interface PackageJson {
  name: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  customElements: string;
  'web-types': string;
}

const SLOW = 120_000; // npm and tsc in a child process, on a busy 2-core machine

/**
 * `npm pack` and `tsc` run in Node, the same whichever engine asks: Chromium runs them, once (three runs at once
 * would also outlast the runner's 20 s wait for a command on two cores).
 */
/** A command of test/support/package-commands.mjs, asked again while it answers that it is still running. */
async function packageCommand<T>(command: string): Promise<T> {
  for (;;) {
    const answer = await executeServerCommand<T | { pending: true }, undefined>(command);
    if (!(answer && typeof answer === 'object' && 'pending' in answer)) return answer as T;
  }
}

async function inNodeOnce(context: Mocha.Context): Promise<void> {
  const { name } = await engine();
  if (name !== 'Chromium') skipBecause(context, 'runs npm and tsc in Node, the same for every engine: Chromium runs it');
}

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  expect(response.ok, `${path} (run \`npm run build\` first)`).to.equal(true);
  return (await response.json()) as T;
};

/** A glob of package.json (`*` within one folder) as a regular expression over paths from the package root. */
const globToRegExp = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]+')}$`,
  );

describe('the npm package', () => {
  let elements: PackageElement[] = [];
  let pkg: PackageJson;
  before(async () => {
    elements = await packageCommand<PackageElement[]>('package-elements');
    pkg = await json<PackageJson>('/package.json');
  });

  it('has custom elements in its manifest', () => {
    expect(elements.map((e) => e.tagName)).to.include('cmhw-countdown');
  });

  describe('npm pack --dry-run', () => {
    let files: string[] = [];
    before(async function () {
      this.timeout(SLOW);
      await inNodeOnce(this);
      files = await packageCommand<string[]>('package-files');
    });

    it('publishes the single file, the modules with their types, the manifest, the editor data and the docs', () => {
      for (const file of [
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'custom-elements.json',
        'dist/cmhw-widgets.js',
        // The iframe page, for self-hosting beside the single file.
        'dist/embed.html',
        'dist/embed.js',
        'dist/embed.css',
        'dist/lib/index.js',
        'dist/lib/index.d.ts',
        'dist/jsx.d.ts',
        'dist/web-types.json',
        'dist/vscode.html-custom-data.json',
        'dist/vscode.css-custom-data.json',
      ]) {
        expect(files, file).to.include(file);
      }
      for (const element of elements) {
        for (const module of [element.classModule, element.definitionModule!]) {
          expect(files, module).to.include(module);
          expect(files, module).to.include(module.replace(/\.js$/, '.d.ts'));
        }
      }
    });

    it('publishes nothing a user does not need: no sources, tests, scripts, demo, tools or source maps', () => {
      const allowed =
        /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|dist\/[^/]+\.(js|d\.ts|json)|dist\/embed\.(html|css)|dist\/lib\/.+\.(js|d\.ts))$/;
      expect(files.filter((file) => !allowed.test(file))).to.deep.equal([]);
      expect(
        files.filter((file) => /\.map$|(^|\/)(src|test|scripts|demo|content|tools|node_modules)\//.test(file)),
      ).to.deep.equal([]);
    });

    it("publishes no module (or types) that the package's entry points do not import", async function () {
      this.timeout(SLOW);
      expect(await packageCommand<string[]>('unreachable-modules')).to.deep.equal([]);
    });

    it('ships every file that package.json points to', () => {
      const targets = Object.values(pkg.exports).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)));
      for (const target of targets.filter((t) => !t.includes('*'))) expect(files, target).to.include(target.replace(/^\.\//, ''));
      expect(files).to.include(pkg.customElements.replace(/^\.\//, ''));
      expect(files).to.include(pkg['web-types'].replace(/^\.\//, ''));
    });

    it('marks as side effects exactly the modules that register tags', () => {
      const registering = new Set([
        'dist/cmhw-widgets.js',
        'dist/lib/index.js',
        ...elements.map((e) => e.definitionModule!).filter(Boolean),
      ]);
      const marked = files.filter((file) => pkg.sideEffects.some((glob) => globToRegExp(glob).test(file)));
      expect(marked.sort()).to.deep.equal([...registering].sort());
    });
  });

  describe('each element through the package exports', () => {
    it('has a class module and a module that registers it, both reachable by a public specifier', () => {
      for (const element of elements) {
        expect(element.definitionModule, `<${element.tagName}> has a module that registers it`).to.be.a('string');
        expect(element.classResolved, element.classSpecifier).to.equal(element.classModule);
        expect(element.defineResolved, element.defineSpecifier).to.equal(element.definitionModule);
      }
    });

    it('importing a class module registers no tag; its define module registers it; the class takes another name', async () => {
      for (const element of elements) {
        const module = (await import(/* @vite-ignore */ `/${element.classModule}`)) as Record<string, CustomElementConstructor>;
        const Element = module[element.className];
        expect(Element, `${element.classModule} exports ${element.className}`).to.be.a('function');
        // (Compared as booleans: an assertion message that prints a Lit class is too large for the test runner.)
        expect(
          customElements.get(element.tagName) === undefined,
          `<${element.tagName}> unregistered after importing its class`,
        ).to.equal(true);

        // A site's own tag name (or registry): a subclass, since one constructor takes one name per registry.
        const own = `site-${element.tagName}`;
        customElements.define(own, class extends Element {});
        expect(document.createElement(own) instanceof Element, own).to.equal(true);

        await import(/* @vite-ignore */ `/${element.definitionModule}`);
        expect(customElements.get(element.tagName) === Element, `<${element.tagName}> registered by its define module`).to.equal(
          true,
        );
      }
    });
  });

  it('a TypeScript + React 19 consumer type-checks with every tag, attribute and event, without casts (Bundler and NodeNext)', async function () {
    this.timeout(SLOW);
    await inNodeOnce(this);
    const result = await packageCommand<{ ok: boolean; output: string }>('type-check-consumer');
    expect(result.output).to.equal('');
    expect(result.ok).to.equal(true);
  });

  describe('editor data', () => {
    interface VsCodeHtml {
      tags: { name: string; attributes: { name: string }[] }[];
    }
    interface VsCodeCss {
      properties: { name: string }[];
      pseudoElements: { name: string }[];
    }
    interface WebTypes {
      name: string;
      contributions: {
        html: { elements: { name: string; attributes: { name: string }[]; events: { name: string }[] }[] };
        css: { properties: { name: string }[] };
      };
    }

    it('VS Code custom data lists every element, attribute, CSS property and part', async () => {
      const html = await json<VsCodeHtml>('/dist/vscode.html-custom-data.json');
      const css = await json<VsCodeCss>('/dist/vscode.css-custom-data.json');
      for (const element of elements) {
        const tag = html.tags.find((t) => t.name === element.tagName);
        expect(tag, element.tagName).not.to.equal(undefined);
        expect(tag!.attributes.map((a) => a.name)).to.have.members(element.attributes);
        expect(css.properties.map((p) => p.name)).to.include.members(element.cssProperties);
        expect(css.pseudoElements.map((p) => p.name)).to.include.members(element.cssParts.map((part) => `::part(${part})`));
      }
    });

    it('JetBrains web-types list every element, attribute, event and CSS property', async () => {
      const webTypes = await json<WebTypes>(`/${pkg['web-types'].replace(/^\.\//, '')}`);
      expect(webTypes.name).to.equal(pkg.name);
      for (const element of elements) {
        const tag = webTypes.contributions.html.elements.find((t) => t.name === element.tagName);
        expect(tag, element.tagName).not.to.equal(undefined);
        expect(tag!.attributes.map((a) => a.name)).to.have.members(element.attributes);
        expect((tag!.events ?? []).map((e) => e.name)).to.have.members(element.events);
        expect(webTypes.contributions.css.properties.map((p) => p.name)).to.include.members(element.cssProperties);
      }
    });
  });
});
