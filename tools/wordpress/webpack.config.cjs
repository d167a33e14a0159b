// The plugin's editor script, built by @wordpress/scripts (`wp-scripts build --config tools/wordpress/webpack.config.cjs`,
// run by scripts/wordpress/build.mjs): WordPress's own configuration (JSX, WordPress's packages as externals,
// index.asset.php listing the script handles the imports need), with one entry and one change.
const path = require('node:path');
const defaultConfig = require('@wordpress/scripts/config/webpack.config');

module.exports = {
  ...defaultConfig,
  entry: { index: path.resolve(__dirname, '../../wordpress/src/index.js') },
  optimization: {
    ...defaultConfig.optimization,
    // The project's package.json lists the kit's files as its only side effects (for bundlers of the kit); the
    // editor's modules register blocks when imported, so that list must not apply here.
    sideEffects: false,
  },
};
