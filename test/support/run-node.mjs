// A node script run by the scripts' tests (test/scripts/), from the project's root.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { signalStatus } from '../../scripts/steps.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `node ARGS`; `onLine(line, child)` sees each line it prints. Resolves with its exit code (or the shell's
 * 128 + n for a signal) and its output.
 */
export function runNode(args, { env = {}, onLine = () => {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn('node', args, { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      for (const line of String(chunk).split('\n')) if (line) onLine(line, child);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code, signal) => resolve({ code: signal ? signalStatus(signal) : code, stdout, stderr }));
  });
}
