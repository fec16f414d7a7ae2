import type { PiiFinding } from './types.js';

// Scans from each '@' outwards instead of running an email regex over the whole text: a regex
// with a `[\w.+-]+@` prefix retries at every position of a long '@'-free run, which is quadratic
// on a 4,000-character prompt.

const LOCAL = /[A-Za-z0-9._%+\-']/;
const DOMAIN = /[A-Za-z0-9.-]/;
// "icon@2x.png", "logo@3x.webp": asset names, not addresses.
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'js', 'mjs', 'ts', 'css', 'html', 'json', 'yaml', 'yml', 'md', 'txt', 'py', 'go', 'rs', 'java', 'pdf', 'zip']);

export function findEmails(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e]!)) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    while (s < at && (text[s] === '.' || text[s] === "'")) s++;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    const labels = domain.split('.');
    const tld = labels[labels.length - 1] ?? '';
    const valid =
      local.length > 0 &&
      local !== 'git' && // git@github.com:org/repo is an SSH remote, not a mailbox
      !local.includes('..') &&
      labels.length >= 2 &&
      labels.every((l) => l.length > 0 && l.length <= 63 && !l.startsWith('-') && !l.endsWith('-')) &&
      /^[A-Za-z]{2,24}$/.test(tld) &&
      !FILE_EXTENSIONS.has(tld.toLowerCase());
    if (valid) out.push({ type: 'EMAIL_ADDRESS', start: s, end: e, score: 1 });
    at = text.indexOf('@', Math.max(e, at + 1));
  }
  return out;
}
