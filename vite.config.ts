import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

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

// `vite build` makes the one file a school pastes: dist/cmhw-widgets.js, a minified ES module with Lit inside
// that registers every widget. (The npm entry for bundlers, with `lit` left as a dependency, is compiled by tsc
// with tsconfig.lib.json: see `build` in package.json.)
export default defineConfig({
  plugins: [minifyTemplateLiterals(), openDemoAtRoot()],
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
