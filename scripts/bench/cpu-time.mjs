// Preloaded into the `astro build` process by the bench (node --import): prints the CPU time the
// build used when it exits. Unlike wall time, CPU time hardly changes when other work competes
// for the cores, so it shows how the build's own cost grows even on a busy machine. It covers
// the Node process and its threads, not child processes (esbuild's service is one, and small).
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`[bench] cpu ${((user + system) / 1000).toFixed(0)} ms\n`);
});
