import { readFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';

// The kernel's routing tables, read from /proc so doctor needs neither `ip` nor root.
const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
const RTF_REJECT = 0x200;

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The IPv4 default route's gateway: from a container on a bridge network, that is the host. */
export function defaultGatewayV4(routeText = readText('/proc/net/route')): string | null {
  if (!routeText) return null;
  for (const line of routeText.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 8) continue;
    const [, dest, gw, flagsHex, , , , mask] = f;
    const flags = parseInt(flagsHex!, 16);
    if (dest !== '00000000' || mask !== '00000000' || !(flags & RTF_UP) || !(flags & RTF_GATEWAY)) continue;
    // /proc/net/route prints addresses as little-endian hex.
    const n = parseInt(gw!, 16);
    return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff].join('.');
  }
  return null;
}

/** 128-bit value of an IPv6 literal, for prefix matching. */
export function ipv6ToBigInt(address: string): bigint {
  let addr = address.split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (v4) {
    const p = v4[1]!.split('.').map(Number);
    addr = addr.slice(0, -v4[1]!.length) + `${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const [head, tail] = addr.includes('::') ? addr.split('::') : [addr, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

/**
 * Whether this host has a usable route to an IPv6 address: the longest matching prefix in
 * /proc/net/ipv6_route must be up and not a reject ("unreachable") route. Many containers and
 * cloud VMs have IPv6 addresses on loopback only, so a name with only AAAA records fails there.
 */
export function ipv6Routable(address: string, routeText = readText('/proc/net/ipv6_route')): boolean {
  if (!isIPv6(address)) return isIPv4(address);
  if (!routeText) return false;
  const target = ipv6ToBigInt(address);
  let best: { len: number; usable: boolean } | undefined;
  for (const line of routeText.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const dest = BigInt(`0x${f[0]}`);
    const len = parseInt(f[1]!, 16);
    const flags = parseInt(f[8]!, 16);
    if (!(flags & RTF_UP)) continue;
    const mask = len === 0 ? 0n : ((1n << BigInt(len)) - 1n) << BigInt(128 - len);
    if ((target & mask) !== (dest & mask)) continue;
    if (!best || len > best.len) best = { len, usable: !(flags & RTF_REJECT) };
  }
  return best?.usable ?? false;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '0:0:0:0:0:0:0:1';
}
