/**
 * French typography, applied once to the French dictionary (fr.ts), so that its source reads with
 * plain spaces while the site prints the no-break spaces French typesetting asks for.
 */

/** U+00A0, before a colon. */
const NO_BREAK_SPACE = '\u00a0';
/** U+202F, inside « » and before ; ? ! */
const NARROW_NO_BREAK_SPACE = '\u202f';

/**
 * "Source : x ; « y » ?" with a no-break space before the colon and narrow no-break spaces inside
 * the guillemets and before ; ? !, so that no line starts with the punctuation. A space the source
 * left out is added (« y » whatever the source wrote), a doubled one is not.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, `«${NARROW_NO_BREAK_SPACE}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NARROW_NO_BREAK_SPACE}»`)
    .replace(/[ \u00a0\u202f]*([;?!])(?=\s|$)/g, `${NARROW_NO_BREAK_SPACE}$1`)
    .replace(/[ \u00a0\u202f]*:(?=\s|$)/g, `${NO_BREAK_SPACE}:`);
}

/** A dictionary with every message passed through `typeset`, of the same shape. */
export function typesetMessages<T>(messages: T, typeset: (text: string) => string): T {
  if (typeof messages === 'string') return typeset(messages) as T;
  if (Array.isArray(messages)) return messages.map((item: unknown) => typesetMessages(item, typeset)) as T;
  if (messages !== null && typeof messages === 'object')
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, typesetMessages(value, typeset)])) as T;
  return messages;
}
