import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
/** Inter, shipped as TTF files in an npm package: no system fonts, no network. */
const interDir = path.dirname(require.resolve('@expo-google-fonts/inter/package.json'));
const FONT_FILES = [path.join(interDir, '400Regular/Inter_400Regular.ttf'), path.join(interDir, '700Bold/Inter_700Bold.ttf')];

/** Renders an SVG (text in the family "Inter") to PNG bytes. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: { mode: 'original' },
  });
  return new Uint8Array(resvg.render().asPng());
}
