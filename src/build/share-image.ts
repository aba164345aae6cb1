/**
 * The share image shown when a link is pasted into mail or chat (Open Graph / Twitter card):
 * an SVG composed here, rendered to PNG at build time. 1200×630 is what the large cards expect.
 */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImageText {
  /** Small line above the title, e.g. "SecNumCloud RACI · Phase 3". */
  eyebrow: string;
  /** The page's own title, e.g. "3.1.2. Access management". */
  title: string;
  /** One sentence below the title. */
  subtitle: string;
  /** Bottom line, e.g. the host name. */
  footer: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

/**
 * Greedy word wrap on an average glyph width (Inter is about 0.55 em wide on average); a text
 * longer than `maxLines` ends with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Broken at ordinary spaces only: a no-break space (French « x », "phases :") keeps its words together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return kept;
}

const LETTERS = [
  { letter: 'R', bg: '#dbe8ff', fg: '#0a3a8c' },
  { letter: 'A', bg: '#ffe2cc', fg: '#7f2e00' },
  { letter: 'C', bg: '#d3f3e6', fg: '#005238' },
  { letter: 'I', bg: '#f7dcef', fg: '#72195a' },
] as const;

/** The SVG source of a share image; fonts are given to the renderer as the family "Inter". */
export function shareImageSvg(text: ShareImageText): string {
  const { width, height } = SHARE_IMAGE;
  const margin = 80;
  const long = text.title.length > 60;
  const titleSize = long ? 50 : 68;
  const titleLines = wrapText(text.title, Math.floor((width - 2 * margin) / (titleSize * 0.56)), long ? 4 : 3);
  const subtitleLines = wrapText(text.subtitle, Math.floor((width - 2 * margin) / (30 * 0.52)), 2);
  const titleTop = long ? 190 : 210;
  const subtitleTop = titleTop + titleLines.length * titleSize * 1.15 + 30;
  const tspans = (lines: string[], size: number, top: number, lineHeight: number) =>
    lines
      .map((line, index) => `<tspan x="${margin}" y="${Math.round(top + index * size * lineHeight)}">${escapeXml(line)}</tspan>`)
      .join('');
  const badges = LETTERS.map(
    ({ letter, bg, fg }, index) =>
      `<g transform="translate(${width - margin - (LETTERS.length - index) * 62 + 8} 64)"><rect width="52" height="52" rx="9" fill="${bg}" stroke="${fg}" stroke-width="2"/><text x="26" y="37" font-size="30" font-weight="700" fill="${fg}" text-anchor="middle">${letter}</text></g>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter">
<rect width="${width}" height="${height}" fill="#11151a"/>
<rect width="14" height="${height}" fill="#8db8ff"/>
${badges}
<text x="${margin}" y="104" font-size="28" font-weight="700" fill="#8db8ff">${escapeXml(text.eyebrow)}</text>
<text font-size="${titleSize}" font-weight="700" fill="#e8edf2">${tspans(titleLines, titleSize, titleTop, 1.15)}</text>
<text font-size="30" fill="#a9b4bf">${tspans(subtitleLines, 30, subtitleTop, 1.35)}</text>
<rect x="${margin}" y="${height - 110}" width="${width - 2 * margin}" height="2" fill="#3a4550"/>
<text x="${margin}" y="${height - 60}" font-size="26" fill="#a9b4bf">${escapeXml(text.footer)}</text>
</svg>`;
}
