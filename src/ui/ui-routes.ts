import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compressedAsset, loadHashedAssets, loadPage, negotiate, REVALIDATE, type Asset } from './asset-store.js';

export interface UiOptions {
  /** Mount path of the chat page (config `ui.path`), e.g. "/" or "/chat". */
  path: string;
  /** Output of scripts/build-ui.mjs (dist/web). */
  assetsDir: string;
}

// The pages load only their own hashed bundles and talk only to this origin. No inline script
// or style anywhere, so model output that slipped past the renderer still could not run.
export const UI_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  // Links in answers point wherever the model chose; do not tell those sites where users came from.
  'referrer-policy': 'no-referrer',
};

const HTML_HEADERS = {
  ...COMMON_HEADERS,
  'content-security-policy': UI_CSP,
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** "/", "/chat", "/chat/" → "/", "/chat/", "/chat/": asset and status URLs hang off this. */
export function normalizeBase(path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return p.endsWith('/') ? p : `${p}/`;
}

function missingBuildPage(): Asset {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Switchyard</title></head><body>' +
    '<h1>Switchyard UI not built</h1><p>The gateway is running, but the web UI assets are missing. ' +
    'Run <code>npm run build</code> and restart.</p><p>The OpenAI-compatible API at <code>/v1</code> works without it.</p></body></html>';
  return compressedAsset(Buffer.from(html), 'text/html; charset=utf-8', REVALIDATE);
}

function send(req: FastifyRequest, reply: FastifyReply, asset: Asset, html: boolean): FastifyReply {
  reply.headers(html ? HTML_HEADERS : COMMON_HEADERS);
  reply.header('cache-control', asset.cacheControl);
  reply.header('etag', asset.etag);
  const compressible = asset.bodies.br !== undefined || asset.bodies.gzip !== undefined;
  if (compressible) reply.header('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  const encoding = negotiate(req.headers['accept-encoding'], asset);
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  reply.header('content-type', asset.contentType);
  return reply.send(asset.bodies[encoding] ?? asset.bodies.identity);
}

/**
 * Serves the chat page at `opts.path`, the status page at `<path>/status` (`/status` with the
 * default path) and hashed bundles under `<path>/assets/`. Everything is loaded into memory now;
 * a missing build is logged and answered with a page saying how to build it.
 */
export function registerUi(app: FastifyInstance, opts: UiOptions): void {
  const base = normalizeBase(opts.path || '/');
  const built = existsSync(join(opts.assetsDir, 'index.html'));
  if (!built) app.log.warn({ assetsDir: opts.assetsDir }, 'web UI assets not found; run `npm run build` to build them');
  const index = loadPage(opts.assetsDir, 'index.html', base) ?? missingBuildPage();
  const status = loadPage(opts.assetsDir, 'status.html', base) ?? missingBuildPage();
  const assets = loadHashedAssets(opts.assetsDir);

  const page = (asset: Asset) => (req: FastifyRequest, reply: FastifyReply) => send(req, reply, asset, true);
  app.get(base, page(index));
  // "/chat" as well as "/chat/": asset URLs are absolute, so both work (unless the router
  // already treats them as one route because of ignoreTrailingSlash).
  const bare = base.slice(0, -1);
  if (bare !== '' && !app.hasRoute({ method: 'GET', url: bare })) app.get(bare, page(index));
  app.get(`${base}status`, page(status));
  app.get(`${base}assets/*`, (req: FastifyRequest<{ Params: { '*': string } }>, reply) => {
    const asset = assets.get(req.params['*']);
    if (!asset) return reply.callNotFound();
    return send(req, reply, asset, false);
  });
}
