import type { Plugin } from 'vite';

/** Markdown and MDX modules, content-layer queries included (`guide.mdx?astroContentModuleFlag=…`). */
const MARKDOWN_MODULE = /\.mdx?(?:\?|$)/;

/**
 * A guide saved with Windows line endings (CRLF, as a checkout with `core.autocrlf` gives) builds
 * the same pages as one saved with LF: the MDX compiler keeps each line ending in the text it
 * renders. This runs before it (enforce: 'pre', listed before the MDX integration's plugin). The
 * content of the matrix itself is read by the domain core, which accepts both.
 */
export default function lineEndings(): Plugin {
  return {
    name: 'raci-line-endings',
    enforce: 'pre',
    transform: (code, id) => (MARKDOWN_MODULE.test(id) && code.includes('\r') ? code.replace(/\r\n?/g, '\n') : undefined),
  };
}
