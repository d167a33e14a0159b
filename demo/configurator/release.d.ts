/** This version of the kit, as the site's build (or the dev server) found it in dist/: see vite.config.ts. */
declare module 'virtual:cmhw-release' {
  const release: {
    version: string;
    /** `sha384-…` of dist/cmhw-widgets.js. */
    integrity: string;
    /** The folder with cmhw-widgets.js and embed.html of this version, relative to the configurator page. */
    folder: string;
    /** The evergreen folder of this major version (v0/), which every release of it replaces. */
    evergreen: string;
  };
  export default release;
}
