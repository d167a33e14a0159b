// npm run wordpress: a local WordPress on 127.0.0.1 with the plugin active (a fresh site each time), until Ctrl-C.
// `npm run wordpress` builds the plugin first; CMHW_WP_VERSION picks the WordPress (7.1 by default, or 6.8),
// CMHW_WP_PORT the port (default: 8881); --verbose shows the servers' own output.
import { fileURLToPath } from 'node:url';
import { ADMIN, EDITOR, VERSIONS, startWordPress } from './site.mjs';

const pluginDir = fileURLToPath(new URL('../../dist/wordpress/cmhw-widgets', import.meta.url));
const port = Number(process.env.CMHW_WP_PORT) || 8881;
const verbose = process.argv.includes('--verbose');

const site = await startWordPress({
  pluginDir,
  version: process.env.CMHW_WP_VERSION || VERSIONS[0],
  port,
  log: (line) => (verbose || !line.startsWith('[') ? console.log(line) : undefined),
});

let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping WordPress and its database, and removing ${site.dir}…`);
  await site.stop();
  console.log('Stopped.');
  process.exit(0);
};
process.on('SIGINT', () => stop('Ctrl-C'));
process.on('SIGTERM', () => stop('SIGTERM'));

console.log(`
WordPress ${site.version} is running at ${site.url}/ with the plugin "Children's Mental Health Week widgets" active.
  Log in:   ${site.url}/wp-login.php
  Admin:    ${ADMIN.user} / ${ADMIN.password}
  Editor:   ${EDITOR.user} / ${EDITOR.password}
  New post: ${site.url}/wp-admin/post-new.php (search the block inserter for "mental health")
A fresh site in ${site.dir}, removed when you stop. Press Ctrl-C to stop.`);
