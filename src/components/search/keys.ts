/** Whether a keyboard event's target takes text, so `/` must type a slash rather than open search. */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const { tagName, isContentEditable } = target as { tagName?: unknown; isContentEditable?: unknown };
  const tag = typeof tagName === 'string' ? tagName.toLowerCase() : '';
  return tag === 'input' || tag === 'textarea' || tag === 'select' || isContentEditable === true;
}

/** The search shortcuts: `/` outside text fields, and Ctrl+K or ⌘+K anywhere. */
export function isSearchShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: unknown;
}): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey) return event.key.toLowerCase() === 'k';
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target);
}
