// Starts scripts/serve.mjs (the static server the end-to-end tests use) on a bench port.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

async function waitUntilUp(url, child) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`The static server for ${url} exited with code ${child.exitCode}.`);
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`The static server did not answer at ${url}.`);
}

/** Serves `dir` at http://localhost:<port>/; call `stop()` when done. */
export async function serve(dir, port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://localhost:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  try {
    await waitUntilUp(`${origin}/`, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}
