// How the project's scripts start and stop what they use, so that none can hang and none can pass by accident:
//
// - `within(ms, what, work)`: a deadline on one step; past it the step fails with a message naming it ("site:
//   what a screen reader hears, countdown/: no answer within 60 s").
// - `runScript(name, body, { deadlineMs })`: runs a script's body with a scope whose `defer(what, close)` registers
//   what to close (a browser, a server). On every path (done, failed, past the script's deadline, or ended by
//   SIGINT, SIGTERM or SIGHUP) each is closed, the last opened first, each within its own deadline; the script then
//   exits 0 only if the body finished, 1 if it failed or ran out of time, and 128 + the signal's number if a signal
//   ended it, as a shell reports a process a signal ended.
// - `runCommand(command, args, { deadlineMs })`: runs a command as a step of another script, in a process group of
//   its own; past its deadline, or when this process is told to stop, the whole group is ended (SIGTERM, then
//   SIGKILL). Resolves to the step's exit status, never 0 for a step a signal or its deadline ended.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The status a shell gives a process that a signal ended: 128 + the signal's number. */
export const signalStatus = (signal) => 128 + (constants.signals[signal] ?? 1);

export class DeadlineError extends Error {}

/** `work` (a promise, or a function returning one), failing with a message naming `what` past `ms`. */
export async function within(ms, what, work) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([typeof work === 'function' ? work() : work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a script's `body(scope)` and exits with its outcome (see the top of this file). `scope.defer(what, close)`
 * registers something to close; `scope.fail(error)` ends the script as failed from outside the body (a browser that
 * went away, say).
 */
export async function runScript(name, body, { deadlineMs = 10 * 60_000, closeMs = 15_000 } = {}) {
  const toClose = [];
  let ending;
  const end = (status, message) => {
    ending ??= (async () => {
      clearTimeout(watchdog);
      if (message) console.error(`${name}: ${message}`);
      while (toClose.length > 0) {
        const [what, close] = toClose.pop();
        try {
          await within(closeMs, `${name}: closing ${what}`, close);
        } catch (error) {
          console.error(error.message);
          if (status === 0) status = 1;
        }
      }
      process.exitCode = status;
      // Everything this script opened is closed, so the process ends on its own; if a library still holds something
      // open, it ends anyway (an unreferenced timer fires only while something else keeps the process alive).
      setTimeout(() => process.exit(status), 2_000).unref();
    })();
    return ending;
  };
  const watchdog = setTimeout(() => end(1, `not finished within ${deadlineMs / 1000} s`), deadlineMs);
  for (const signal of SIGNALS) process.once(signal, () => end(signalStatus(signal), `stopped by ${signal}`));
  const scope = {
    defer: (what, close) => toClose.push([what, close]),
    fail: (error) => end(1, error instanceof Error ? error.message : String(error)),
  };
  try {
    await body(scope);
    await end(0);
  } catch (error) {
    await end(1, error instanceof Error ? error.message : String(error));
  }
}

/** Runs `command` as a step (see the top of this file), its output on this process's own. */
export function runCommand(command, args, { deadlineMs, env = {}, name = [command, ...args].join(' ') } = {}) {
  return new Promise((resolve) => {
    // A process group of its own, so that ending the step ends everything it started (npm, a shell, a browser).
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, detached: true });
    let outcome;
    const signalGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const stop = (why, status) => {
      if (outcome) return;
      outcome = { why, status };
      console.error(`${name}: ${why}`);
      signalGroup('SIGTERM');
      setTimeout(() => signalGroup('SIGKILL'), 10_000).unref();
    };
    const timer = setTimeout(() => stop(`not finished within ${deadlineMs / 1000} s: stopped`, 1), deadlineMs);
    // Told to stop: stop the step too (it is in its own group, so a Ctrl-C does not reach it by itself).
    const forward = SIGNALS.map((signal) => [signal, () => stop(`stopped by ${signal}`, signalStatus(signal))]);
    for (const [signal, handler] of forward) process.on(signal, handler);
    const done = (status) => {
      clearTimeout(timer);
      for (const [signal, handler] of forward) process.off(signal, handler);
      resolve(status);
    };
    child.on('error', (error) => {
      console.error(`${name}: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => {
      if (outcome) return done(outcome.status);
      if (signal) {
        console.error(`${name}: ended by ${signal}`);
        return done(signalStatus(signal));
      }
      done(code ?? 1);
    });
  });
}
