// Bundles each candidate the way the kit is bundled (vite.config.ts, `kitBuild`): Vite's library mode, one minified
// ES module with everything it needs inside (Lit, the components, their theme CSS), target es2022, no code
// splitting, no comments; the HTML and CSS inside Lit's html`` and css`` templates minified as in the kit's build.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ENTRIES = fileURLToPath(new URL('./entries/', import.meta.url));
export const OUT = fileURLToPath(new URL('./out/bundles/', import.meta.url));

/** raw, gzip (level 9) and brotli (quality 11) bytes, as scripts/size.mjs measures the kit. */
export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The kit's build minifies the templates of its own sources. Here every module with html`` or css`` templates goes
 * through the same minifier (the published components' too), so no candidate is bigger for want of it.
 */
function minifyTemplateLiterals() {
  return {
    name: 'bench-minify-template-literals',
    async transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      try {
        const result = await quietly(() => minifyHTMLLiterals(code, { fileName: id }));
        return result ? { code: result.code, map: result.map?.toString() } : null;
      } catch {
        return null; // a template the minifier cannot read stays as published
      }
    },
  };
}

/**
 * The project's package.json lists its own side-effect modules only, so a bundler would drop an entry's
 * `import './shoelace-theme.js'`: every entry file is marked as having side effects (it registers or styles).
 */
function entriesHaveSideEffects() {
  return {
    name: 'bench-entries-have-side-effects',
    transform(code, id) {
      return id.startsWith(ENTRIES) ? { code, moduleSideEffects: true } : null;
    },
  };
}

/**
 * Runs `task` with the console silenced: the minifier reports each template it leaves as published (CSS nesting,
 * unsafeCSS) on the console, which would bury the benchmark's own output.
 */
async function quietly(task) {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  console.log = console.warn = console.error = () => {};
  try {
    return await task();
  } finally {
    Object.assign(console, saved);
  }
}

/** Builds bench/entries/<name>.js to bench/out/bundles/<name>.js and returns its sizes. */
export async function bundle(name) {
  mkdirSync(OUT, { recursive: true });
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [entriesHaveSideEffects(), minifyTemplateLiterals()],
    build: {
      target: 'es2022',
      outDir: OUT,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry: fileURLToPath(new URL(`./entries/${name}.js`, import.meta.url)),
        formats: ['es'],
        fileName: () => `${name}.js`,
      },
      rolldownOptions: { output: { minify: true, codeSplitting: false, comments: false } },
    },
  });
  const file = `${OUT}${name}.js`;
  return { file, ...sizes(readFileSync(file)) };
}
