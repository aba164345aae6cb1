import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and Pagefind's own (already compressed) files are not. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv']);
/** Below this, a compressed copy saves less than a packet. */
export const MIN_BYTES = 1024;

async function* files(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/**
 * Writes `.br` and `.gz` copies of the text files of the build, so that static hosts that serve
 * precompressed files (nginx `gzip_static`/`brotli_static`, most CDNs, scripts/serve.mjs) send a
 * page in a fraction of its size without compressing on every request. Runs last.
 */
export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'raci-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const queue: string[] = [];
        for await (const file of files(fileURLToPath(dir))) {
          if (COMPRESSIBLE.has(path.extname(file)) && (await stat(file)).size >= MIN_BYTES) queue.push(file);
        }
        // zlib's asynchronous calls run on libuv's thread pool: a few at once use every core.
        const worker = async () => {
          for (let file = queue.pop(); file; file = queue.pop()) {
            const content = await readFile(file);
            await writeFile(`${file}.br`, await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
            await writeFile(`${file}.gz`, await gzipAsync(content, { level: 9 }));
          }
        };
        const count = queue.length;
        await Promise.all(Array.from({ length: 4 }, worker));
        logger.info(`Wrote Brotli and gzip copies of ${count} files`);
      },
    },
  };
}
