import { isIPv6 } from 'node:net';
import { before } from './context.js';
import type { PiiFinding } from './types.js';

// IPv4 dotted quads with octet checks, and IPv6 validated by node:net. A dotted quad after
// "version", "v", "build", "release"... is a version string, one after "section"/"clause" is
// document numbering, and one inside a longer dotted run
// (an SNMP OID, "1.2.3.4.5") is not an address at all.

const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/\d{1,2})?(?![\w]|\.\d)/g;
const VERSION_WORDS = /\b(version|versions|ver|v|release|rel|build|firmware|fw|kernel|patch|update|upgrade|sdk|api|python|node|java|chrome|firefox|ios|android|windows|macos|package|library|lib|npm|pip|gem|semver|changelog|tag|install|installed|installing|upgrade|downgrade|pip|npm|yarn|brew|apt|dependency|requirements|section|sections|sec|clause|chapter|figure|fig|table|step|rule|paragraph|para|article|art|item|§)\b[^a-z]{0,6}$/;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})(?:\.\d{1,3}){0,3}(?:%[\w]+)?(?![\w:])/g;
const IP_WORDS = /\b(ip|ips|address|addr|host|server|client|from|src|dst|source|destination|ping|ssh|connect|login|logged)\b/;

function octetOk(s: string): boolean {
  return (s.length === 1 || s[0] !== '0') && Number(s) <= 255;
}

export function findIpAddresses(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of text.matchAll(IPV4)) {
    if (![m[1]!, m[2]!, m[3]!, m[4]!].every(octetOk)) continue;
    const start = m.index;
    const ctx = before(text, start, 30);
    if (VERSION_WORDS.test(ctx)) continue;
    // "1.26.4.0 ... I only see 1.26.4": the quad extends a version number written elsewhere.
    const prefix = `${m[1]}.${m[2]}.${m[3]}`;
    const elsewhere = text.slice(0, start) + ' ' + text.slice(start + m[0].length);
    if (new RegExp(`(?<![\\d.])${prefix.replace(/\./g, '\\.')}(?!\\d|\\.\\d)`).test(elsewhere)) continue;
    out.push({ type: 'IP_ADDRESS', start, end: start + m[0].length, score: IP_WORDS.test(ctx) ? 0.95 : 0.85 });
  }
  for (const m of text.matchAll(IPV6)) {
    const raw = m[0];
    const addr = raw.split('%')[0]!;
    const groups = addr.split(':').filter((g) => g.length > 0);
    // "a::b" and "dead::beef" parse as IPv6 but read as C++ scopes or words: require a digit
    // and at least two groups.
    if (groups.length < 2 || !/\d/.test(addr) || !isIPv6(addr)) continue;
    out.push({ type: 'IP_ADDRESS', start: m.index, end: m.index + raw.length, score: 0.9 });
  }
  return out;
}
