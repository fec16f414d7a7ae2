/**
 * Inline markdown to a token tree. Everything that is not recognised syntax stays literal text,
 * including anything that looks like HTML; URLs are kept raw here and vetted by safe-url.ts at
 * render time.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong' | 'em' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

const ESCAPABLE = '\\`*_{}[]()#+-.!|~<>"\'';
const URL_RE = /^(https?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}])/i;

function findClosing(src: string, from: number, marker: string): number {
  let i = from;
  while (i < src.length) {
    const at = src.indexOf(marker, i);
    if (at < 0) return -1;
    if (src[at - 1] !== '\\' && at > from) return at;
    i = at + 1;
  }
  return -1;
}

/** `[text](url)` starting at `start` (the "["); returns null unless it is well formed. */
function parseLink(src: string, start: number): { text: string; href: string; end: number } | null {
  let depth = 0;
  let i = start;
  for (; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) break;
  }
  if (i >= src.length || src[i + 1] !== '(') return null;
  const close = src.indexOf(')', i + 2);
  if (close < 0) return null;
  const inner = src.slice(i + 2, close).trim();
  const href = (inner.startsWith('<') && inner.includes('>') ? inner.slice(1, inner.indexOf('>')) : inner.split(/\s+/)[0]) ?? '';
  return { text: src.slice(start + 1, i), href, end: close + 1 };
}

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    const rest = src.slice(i);
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[i + 1]!;
      if (next === '\n') {
        flush();
        out.push({ type: 'break' });
        i += 2;
        continue;
      }
      if (ESCAPABLE.includes(next)) {
        text += next;
        i += 2;
        continue;
      }
    }
    if (ch === '\n') {
      // Models use single newlines as line breaks far more often than as soft wraps.
      flush();
      out.push({ type: 'break' });
      i++;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(rest)![0];
      const end = src.indexOf(ticks, i + ticks.length);
      if (end > 0) {
        flush();
        out.push({ type: 'code', text: src.slice(i + ticks.length, end).replace(/^ (.*) $/s, '$1') });
        i = end + ticks.length;
        continue;
      }
      text += ticks;
      i += ticks.length;
      continue;
    }
    const delim = rest.startsWith('**') ? '**' : rest.startsWith('__') ? '__' : rest.startsWith('~~') ? '~~' : ch === '*' || ch === '_' ? ch : null;
    // Intraword underscores (snake_case) are not emphasis.
    const intraword = delim?.[0] === '_' && /\w/.test(src[i - 1] ?? '');
    if (delim && !intraword && /\S/.test(src[i + delim.length] ?? '')) {
      const end = findClosing(src, i + delim.length, delim);
      if (end > 0 && /\S/.test(src[end - 1] ?? '')) {
        flush();
        const type = delim === '~~' ? 'del' : delim.length === 2 ? 'strong' : 'em';
        out.push({ type, children: parseInline(src.slice(i + delim.length, end)) });
        i = end + delim.length;
        continue;
      }
    }
    if (ch === '!' && src[i + 1] === '[') {
      // Images are shown as links: fetching arbitrary model-chosen URLs would leak the page view.
      const link = parseLink(src, i + 1);
      if (link) {
        flush();
        out.push({ type: 'link', href: link.href, children: [{ type: 'text', text: `🖼 ${link.text || 'image'}` }] });
        i = link.end;
        continue;
      }
    }
    if (ch === '[') {
      const link = parseLink(src, i);
      if (link) {
        flush();
        out.push({ type: 'link', href: link.href, children: parseInline(link.text) });
        i = link.end;
        continue;
      }
    }
    if (ch === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(rest);
      if (auto) {
        flush();
        out.push({ type: 'link', href: auto[1]!, children: [{ type: 'text', text: auto[1]! }] });
        i += auto[0].length;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H') && !/\w/.test(src[i - 1] ?? '')) {
      const url = URL_RE.exec(rest);
      if (url) {
        flush();
        out.push({ type: 'link', href: url[1]!, children: [{ type: 'text', text: url[1]! }] });
        i += url[1]!.length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}
