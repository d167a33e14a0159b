/** This version of the kit and its addresses, as the site's build (or the dev server) found them: see vite.config.ts. */
declare module 'virtual:cmhw-release' {
  const release: import('./snippet.js').Release;
  export default release;
}
