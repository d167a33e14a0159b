// `npm run release:purge`: once a release is on npm, makes jsDelivr's evergreen addresses (cmhw-widgets@0/…) serve
// it at once rather than within 7 days, and checks what jsDelivr serves against the build (`npm run build` first):
//   1. the pinned address (cmhw-widgets@X.Y.Z/dist/cmhw-widgets.js) serves the bytes of the build's integrity hash
//      (waiting while jsDelivr has not fetched the new version yet; other bytes stop it at once);
//   2. each evergreen address is purged (its address on jsDelivr's purge host, asked again while throttled);
//   3. the evergreen single file then serves this release; if not yet, purged again, until the deadline.
// Exits 1 when a step has not succeeded by the deadline. A prerelease changes no evergreen address: nothing to do.
//   --dry-run             print the addresses it would check and purge, and ask nothing
//   --deadline-seconds N  the whole run's deadline (default 600); each request has its own of 30 s
//   --retry-seconds N     the wait between tries (default 15)
//   --cdn-origin URL, --purge-origin URL   stand-ins for jsDelivr's hosts (the tests' local server)
// No dependency but Node: the workflow's job installs nothing.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CDN_ORIGIN, integrityOf, PURGE_ORIGIN, releaseAddresses } from './addresses.mjs';

/** The addresses of the release, on the given hosts. */
export function purgePlan({ cdnOrigin = CDN_ORIGIN, purgeOrigin = PURGE_ORIGIN, addresses = releaseAddresses() } = {}) {
  const onCdn = (url) => url.replace(CDN_ORIGIN, cdnOrigin);
  return {
    addresses,
    pinned: onCdn(addresses.jsdelivr.pinned),
    evergreen: onCdn(addresses.jsdelivr.evergreen),
    purge: addresses.jsdelivr.purge.map((url) => url.replace(PURGE_ORIGIN, purgeOrigin)),
  };
}

export async function purge({ dryRun = false, deadlineSeconds = 600, retrySeconds = 15, log = console.log, ...hosts } = {}) {
  const plan = purgePlan(hosts);
  const { addresses } = plan;
  if (addresses.prerelease) {
    log(`${addresses.version} is a prerelease: the evergreen addresses do not follow it. Nothing to purge.`);
    return { purged: [] };
  }
  if (dryRun) {
    log(`check  ${plan.pinned}  ${addresses.integrity}`);
    for (const url of plan.purge) log(`purge  ${url}`);
    log(`check  ${plan.evergreen}  ${addresses.integrity}`);
    return { purged: [] };
  }
  const deadline = Date.now() + deadlineSeconds * 1000;
  const wait = () => new Promise((resolve) => setTimeout(resolve, retrySeconds * 1000));
  const get = (url) =>
    fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow', headers: { 'cache-control': 'no-cache' } });
  /** What the address serves: its bytes' integrity, or why not. */
  const served = async (url) => {
    try {
      const response = await get(url);
      if (!response.ok) return { status: response.status };
      return { status: response.status, integrity: integrityOf(Buffer.from(await response.arrayBuffer())) };
    } catch (error) {
      return { status: 0, error: error.message };
    }
  };
  const describe = (answer) =>
    answer.integrity ? answer.integrity : answer.error ? `no answer (${answer.error})` : `HTTP ${answer.status}`;
  const late = (what, answer) => {
    if (Date.now() > deadline) throw new Error(`${what}: still ${describe(answer)} after ${deadlineSeconds} s`);
  };

  // 1. The pinned address: jsDelivr fetches a new version from npm when it is first asked for.
  for (;;) {
    const answer = await served(plan.pinned);
    if (answer.integrity === addresses.integrity) break;
    if (answer.integrity)
      throw new Error(`${plan.pinned} serves other bytes (${answer.integrity}) than the build (${addresses.integrity})`);
    late(plan.pinned, answer);
    log(`  ${plan.pinned}: ${describe(answer)}, asking again in ${retrySeconds} s`);
    await wait();
  }
  log(`ok     ${plan.pinned}`);

  // 2 and 3. Purge until the evergreen address serves this release.
  for (;;) {
    for (const url of plan.purge) {
      for (;;) {
        const response = await get(url).catch((error) => ({ ok: false, status: 0, error }));
        const body = response.ok ? await response.json().catch(() => ({})) : {};
        const throttled = Object.values(body.paths ?? {}).some((path) => path?.throttled);
        if (response.ok && !throttled) {
          log(`purged ${url}`);
          break;
        }
        const answer = { status: response.status, error: throttled ? 'throttled' : response.error?.message };
        late(url, answer);
        log(`  ${url}: ${describe(answer)}, asking again in ${retrySeconds} s`);
        await wait();
      }
    }
    const answer = await served(plan.evergreen);
    if (answer.integrity === addresses.integrity) break;
    late(plan.evergreen, answer);
    log(`  ${plan.evergreen}: ${describe(answer)} (not this release yet), purging again in ${retrySeconds} s`);
    await wait();
  }
  log(`ok     ${plan.evergreen} serves ${addresses.version}`);
  return { purged: plan.purge };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      'deadline-seconds': { type: 'string', default: '600' },
      'retry-seconds': { type: 'string', default: '15' },
      'cdn-origin': { type: 'string' },
      'purge-origin': { type: 'string' },
    },
  });
  purge({
    dryRun: values['dry-run'],
    deadlineSeconds: Number(values['deadline-seconds']),
    retrySeconds: Number(values['retry-seconds']),
    cdnOrigin: values['cdn-origin'],
    purgeOrigin: values['purge-origin'],
  }).catch((error) => {
    console.error(`release:purge: ${error.message}`);
    process.exitCode = 1;
  });
}
