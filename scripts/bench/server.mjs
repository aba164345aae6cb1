// Serves a build for the bench, in one of two ways a real host serves it.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How a build is served. `gzip` is the plainest production setup (a web server compressing each
 * response as it sends it); `precompressed` serves the build's .br/.gz copies, as scripts/serve.mjs
 * (the server of `npm start` and the browser tests) and a host with `brotli_static` do.
 */
export const SERVINGS = {
  gzip: { label: 'on-the-fly gzip', script: 'scripts/bench/gzip-server.mjs' },
  precompressed: { label: 'precompressed Brotli', script: 'scripts/serve.mjs' },
};

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

/** Serves `dir` at http://localhost:<port>/ the `serving` way (a key of SERVINGS); call `stop()` when done. */
export async function serve(dir, port, serving = 'precompressed') {
  const child = spawn(process.execPath, [SERVINGS[serving].script, dir, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
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
