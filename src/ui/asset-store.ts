import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The built UI is a handful of small files: all of them are read once at startup into memory,
// with their .gz/.br variants, so serving one is a map lookup and a write (no fs, no zlib per
// request; that is why this is not @fastify/static).

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Asset {
  readonly contentType: string;
  readonly cacheControl: string;
  readonly etag: string;
  readonly bodies: Readonly<Partial<Record<Encoding, Buffer>>> & { identity: Buffer };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
// HTML names the current hashed assets, so it must be revalidated (cheap: ETag → 304).
export const REVALIDATE = 'no-cache';

/** Placeholder the build writes into HTML; replaced with the configured mount path. */
export const BASE_PLACEHOLDER = '__SWITCHYARD_BASE__';

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function makeAsset(identity: Buffer, contentType: string, cacheControl: string, variants: Partial<Record<'br' | 'gzip', Buffer>> = {}): Asset {
  return { contentType, cacheControl, etag: etagOf(identity), bodies: { identity, ...variants } };
}

/** Compresses at startup; only worth it for text, and only kept when actually smaller. */
export function compressedAsset(identity: Buffer, contentType: string, cacheControl: string): Asset {
  const variants: Partial<Record<'br' | 'gzip', Buffer>> = {};
  if (/^(text\/|application\/json|image\/svg)/.test(contentType) && identity.length > 256) {
    const br = brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    const gz = gzipSync(identity, { level: 9 });
    if (br.length < identity.length) variants.br = br;
    if (gz.length < identity.length) variants.gzip = gz;
  }
  return makeAsset(identity, contentType, cacheControl, variants);
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/**
 * Reads `<assetsDir>/assets/**` (content-hashed by the build: immutable) into a map keyed by the
 * path below assets/ ("chat-ABCD1234.js"). Precompressed siblings are attached, not served alone.
 */
export function loadHashedAssets(assetsDir: string): Map<string, Asset> {
  const map = new Map<string, Asset>();
  const dir = join(assetsDir, 'assets');
  if (!existsSync(dir)) return map;
  const files = walk(dir);
  const present = new Set(files);
  for (const path of files) {
    if (path.endsWith('.gz') || path.endsWith('.br')) continue;
    const variants: Partial<Record<'br' | 'gzip', Buffer>> = {};
    if (present.has(`${path}.br`)) variants.br = readFileSync(`${path}.br`);
    if (present.has(`${path}.gz`)) variants.gzip = readFileSync(`${path}.gz`);
    const key = relative(dir, path).split(sep).join('/');
    map.set(key, makeAsset(readFileSync(path), contentTypeOf(path), IMMUTABLE, variants));
  }
  return map;
}

/** Reads an HTML page from the build and points its asset URLs at the mount path. */
export function loadPage(assetsDir: string, file: string, base: string): Asset | null {
  const path = join(assetsDir, file);
  if (!existsSync(path)) return null;
  const html = readFileSync(path, 'utf8').split(BASE_PLACEHOLDER).join(escapeAttr(base));
  return compressedAsset(Buffer.from(html), contentTypeOf(file), REVALIDATE);
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Picks the best encoding the client accepts among those the asset has. Honours q=0 (explicit
 * refusal); otherwise prefers brotli, which is ~10 % smaller than gzip for these bundles.
 */
export function negotiate(acceptEncoding: string | undefined, asset: Asset): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const ok = (enc: string) => (accepted.get(enc) ?? accepted.get('*') ?? 0) > 0;
  if (asset.bodies.br && ok('br')) return 'br';
  if (asset.bodies.gzip && ok('gzip')) return 'gzip';
  return 'identity';
}
