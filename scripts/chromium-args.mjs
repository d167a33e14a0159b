// The switches every headless run of Debian's Chromium here needs: as root it must run without its sandbox,
// there is no GPU, /dev/shm may be small, and without the last four it keeps trying to reach closed hosts.
// Used by the test engines (test/support/browsers.mjs), the benchmarks and the screenshots.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
