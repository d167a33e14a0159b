// What the room scripts start (a file server, browsers) is closed on every path: when they finish, when they fail,
// when a step passes its deadline, and when the process gets SIGINT or SIGTERM, which then exits non-zero.

const closers = new Set();

/** Registers `close` (async) to run if a signal arrives; returns a function that unregisters it. */
export function track(close) {
  closers.add(close);
  return () => closers.delete(close);
}

/** Closes everything tracked, each within 10 seconds. */
export async function closeAll() {
  const pending = [...closers];
  closers.clear();
  await Promise.allSettled(
    pending.map((close) =>
      Promise.race([Promise.resolve().then(close), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]),
    ),
  );
}

/** On SIGINT or SIGTERM: close everything tracked and exit with 128 + the signal's number. */
export function onSignals() {
  const handlers = { SIGINT: 2, SIGTERM: 15 };
  const installed = Object.entries(handlers).map(([signal, number]) => {
    const handler = () => {
      console.error(`room: stopped by ${signal}`);
      void closeAll().finally(() => process.exit(128 + number));
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => installed.forEach((remove) => remove());
}

/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function withDeadline(promise, ms, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`room: ${what} passed its deadline of ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
