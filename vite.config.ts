import { cpSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { PAGES, sitePages } from './scripts/site/plugin.mjs';
import { PAGE_FILES, releaseAddresses } from './scripts/release/addresses.mjs';
import type { Release } from './demo/configurator/snippet.js';

/** Minifies the HTML and CSS inside Lit's html`` and css`` templates, which the JS minifier leaves as written. */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'cmhw-minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/**
 * Shortens the texts' ids in the built file: every `msg()` call names its text by a readable id
 * ("tip-card-previous"), and each language's table repeats it, so the file carried each id four times. The build
 * replaces each id with a short one ("1k"), the same in the calls and in the tables; the sources, the XLIFF files
 * and translators keep the readable ids. Only the ids listed in the XLIFF files are touched.
 */
function shortMessageIds(): Plugin {
  const short = new Map<string, string>();
  return {
    name: 'cmhw-short-message-ids',
    apply: 'build',
    buildStart() {
      const xliff = readFileSync('content/translations/cy.xlf', 'utf8');
      const ids = [...new Set([...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]!))].sort();
      ids.forEach((id, index) => short.set(id, index.toString(36)));
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      // `{ id: 'tip-card-next' }` in a msg() call, and `"tip-card-next": …` as a key of a generated table.
      const replaced = code
        .replace(/(\bid:\s*)(['"])([\w-]+)\2/g, (whole, key: string, quote: string, name: string) =>
          short.has(name) ? `${key}${quote}${short.get(name)}${quote}` : whole,
        )
        .replace(/^(\s*)"([\w-]+)":/gm, (whole, indent: string, name: string) =>
          id.includes('/src/i18n/generated/') && short.has(name) ? `${indent}"${short.get(name)}":` : whole,
        );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/** `npm start` serves the demo: send the bare address to it. */
function openDemoAtRoot(): Plugin {
  return {
    name: 'cmhw-demo-at-root',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { Location: '/demo/' }).end();
      });
    },
  };
}

/**
 * The kit uses two things from @lit/localize, `str` and the function that joins a translation's strings and values.
 * Its main module also starts its page-wide runtime (one language per page, which the widgets do not use: see
 * src/i18n/msg.ts), so the built file takes those two from the module that defines them.
 */
const localizeParts = { find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' };

/**
 * `vite build --mode embed` makes the iframe page: dist/embed.html, embed.css and embed.js, a classic script with
 * the kit inside (see src/embed/embed.ts).
 */
function embedPage(): Plugin {
  return {
    name: 'cmhw-embed-page',
    generateBundle() {
      for (const fileName of ['embed.html', 'embed.css']) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`, 'utf8') });
      }
    },
  };
}

const embedBuild = defineConfig({
  resolve: { alias: [localizeParts] },
  plugins: [minifyTemplateLiterals(), shortMessageIds(), embedPage()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/embed/embed.ts', formats: ['iife'], name: 'cmhwEmbed', fileName: () => 'embed.js' },
    rolldownOptions: { output: { minify: true, comments: false, codeSplitting: false } },
  },
});

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/**
 * The evergreen folder: v0/ for every 0.x release, v1/ for 1.x, and so on. Each site build overwrites it with this
 * release's files, so a page that loads from it gets every release of its major version without a change. Under
 * semantic versioning 0.x promises nothing; the kit's own rule (CONTRIBUTING, "Release") keeps the public contract
 * within a major version, and a change to it would be 1.0.0, in v1/, never in v0/.
 */
const EVERGREEN = `v${version.split('.')[0]}`;

/**
 * `virtual:cmhw-release` tells the configurator which version of the kit it hands out, the integrity hash of that
 * exact file, and the addresses a school pastes (scripts/release/addresses.mjs): the file on jsDelivr, pinned to
 * this version and evergreen, and the kit's site folder of this version (the iframe page, the download). They are
 * the same on the dev server and the built site: the code is for a school's page, wherever the configurator runs.
 * The built site also holds this version's files in a folder named after it (v0.1.0/), and again in the evergreen
 * folder of its major version (v0/), which each release replaces.
 */
function kitRelease({ site }: { site: boolean }): Plugin {
  return {
    name: 'cmhw-release',
    resolveId: (id) => (id === 'virtual:cmhw-release' ? '\0virtual:cmhw-release' : null),
    async load(id) {
      if (id !== '\0virtual:cmhw-release') return null;
      // A fresh clone running `npm start` has no dist/ yet: build the kit first, as `npm run build` would.
      if (!existsSync('dist/cmhw-widgets.js')) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
      if (!existsSync('dist/embed.js')) await build({ configFile: 'vite.config.ts', mode: 'embed', logLevel: 'warn' });
      const addresses = releaseAddresses();
      const release: Release = {
        version: addresses.version,
        integrity: addresses.integrity,
        pinned: addresses.jsdelivr.pinned,
        evergreen: addresses.jsdelivr.evergreen,
        site: addresses.pages.folder,
        download: `${addresses.pages.folder}${addresses.zip}`,
      };
      return `export default ${JSON.stringify(release)};`;
    },
    writeBundle(options) {
      if (!site) return;
      for (const file of PAGE_FILES) {
        cpSync(`dist/${file}`, `${options.dir}/v${version}/${file}`);
        cpSync(`dist/${file}`, `${options.dir}/${EVERGREEN}/${file}`);
      }
      // The school's download (npm run build:zip), offered by the configurator page: in this version's folder only.
      const { zip } = releaseAddresses();
      if (!existsSync(`dist/${zip}`)) throw new Error(`dist/${zip} is missing: run npm run build:zip before the site's build`);
      cpSync(`dist/${zip}`, `${options.dir}/v${version}/${zip}`);
    },
  };
}

/**
 * `npm run build:site`: the site (a page per element, the guides, the configurator) as plain files in site/,
 * deployable in any folder of any web space. scripts/site/plugin.mjs gives every page its shared head, navigation
 * and generated parts; scripts/site/finish.mjs then adds what a screen reader hears and the preview image.
 */
const siteBuild = defineConfig({
  root: 'demo',
  base: './',
  plugins: [kitRelease({ site: true }), sitePages()],
  build: {
    outDir: '../site',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: Object.fromEntries(
        PAGES.map(({ path }) => [
          path.replace(/\/?index\.html$/, '') || 'index',
          fileURLToPath(new URL(`./demo/${path}`, import.meta.url)),
        ]),
      ),
    },
  },
});

// `vite build` makes the one file a school pastes: dist/cmhw-widgets.js, a minified ES module with Lit inside
// that registers every widget. (The npm entry for bundlers, with `lit` left as a dependency, is compiled by tsc
// with tsconfig.lib.json: see `build` in package.json.)
const kitBuild = defineConfig({
  resolve: { alias: [localizeParts] },
  plugins: [minifyTemplateLiterals(), shortMessageIds(), openDemoAtRoot(), kitRelease({ site: false }), sitePages()],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true, // vite builds first; tsc then adds dist/lib/ and scripts/editor-data.mjs the editor files
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'cmhw-widgets.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        codeSplitting: false,
        comments: false,
      },
    },
  },
});

export default defineConfig(({ mode }) => (mode === 'embed' ? embedBuild : mode === 'site' ? siteBuild : kitBuild));
