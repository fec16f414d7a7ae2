// Only these schemes become clickable. Everything else (javascript:, data:, vbscript:, relative
// paths that could hit same-origin admin routes) is rendered as plain text instead.
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function safeUrl(raw: string): string | null {
  // Browsers strip ASCII control characters and whitespace inside a scheme ("java\tscript:"),
  // so those are rejected outright rather than normalised.
  if (/[\u0000-\u0020\u007f]/.test(raw.trim()) || raw.length > 2048) return null;
  if (!/^(https?:\/\/|mailto:)/i.test(raw.trim())) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return ALLOWED.has(url.protocol) ? url.href : null;
}
