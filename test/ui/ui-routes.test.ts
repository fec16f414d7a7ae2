import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync, brotliCompressSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { negotiate, compressedAsset } from '../../src/ui/asset-store.js';
import { registerUi, UI_CSP } from '../../src/ui/ui-routes.js';

const dir = mkdtempSync(join(tmpdir(), 'sy-ui-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const js = Buffer.from(`console.log(${JSON.stringify('x'.repeat(2000))});`);
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta name="switchyard-base" content="__SWITCHYARD_BASE__"><script type="module" src="__SWITCHYARD_BASE__assets/chat-ABCDEFGH.js"></script>');
writeFileSync(join(dir, 'status.html'), '<!doctype html><title>status</title><script type="module" src="__SWITCHYARD_BASE__assets/status-ABCDEFGH.js"></script>');
writeFileSync(join(dir, 'assets', 'chat-ABCDEFGH.js'), js);
writeFileSync(join(dir, 'assets', 'chat-ABCDEFGH.js.gz'), gzipSync(js));
writeFileSync(join(dir, 'assets', 'chat-ABCDEFGH.js.br'), brotliCompressSync(js));
writeFileSync(join(dir, 'assets', 'chat-ABCDEFGH.css'), 'body{color:red}');

function app(path: string, assetsDir = dir): { app: FastifyInstance; warnings: string[] } {
  const warnings: string[] = [];
  const a = Fastify({ logger: false });
  a.log.warn = ((obj: unknown, msg?: string) => void warnings.push(typeof obj === 'string' ? obj : (msg ?? ''))) as typeof a.log.warn;
  registerUi(a, { path, assetsDir });
  return { app: a, warnings };
}

test('chat page: html, no-cache, strict CSP, nosniff, base path substituted', async () => {
  const { app: a } = app('/');
  const res = await a.inject({ url: '/' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(res.headers['cache-control'], 'no-cache');
  assert.equal(res.headers['content-security-policy'], UI_CSP);
  assert.match(UI_CSP, /script-src 'self'(;|$)/);
  assert.match(UI_CSP, /connect-src 'self'/);
  assert.doesNotMatch(UI_CSP, /unsafe-inline|unsafe-eval/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.match(res.body, /content="\/"/);
  assert.match(res.body, /src="\/assets\/chat-ABCDEFGH\.js"/);
  assert.doesNotMatch(res.body, /__SWITCHYARD_BASE__/);
  const status = await a.inject({ url: '/status' });
  assert.equal(status.statusCode, 200);
  assert.match(status.body, /<title>status<\/title>/);
});

test('hashed assets: immutable, precompressed variant chosen by accept-encoding, vary set', async () => {
  const { app: a } = app('/');
  const url = '/assets/chat-ABCDEFGH.js';
  const br = await a.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(br.statusCode, 200);
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['vary'], 'accept-encoding');
  assert.equal(br.headers['x-content-type-options'], 'nosniff');
  assert.deepEqual(brotliDecompressSync(br.rawPayload), js);
  const gz = await a.inject({ url, headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.rawPayload), js);
  const refused = await a.inject({ url, headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
  assert.equal(refused.headers['content-encoding'], undefined);
  assert.deepEqual(refused.rawPayload, js);
  const css = await a.inject({ url: '/assets/chat-ABCDEFGH.css', headers: { 'accept-encoding': 'br' } });
  assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
  assert.equal(css.headers['content-encoding'], undefined, 'tiny file without variants is sent as is');
  assert.equal(css.body, 'body{color:red}');
});

test('etag revalidation answers 304; unknown assets fall through to the 404 handler; HEAD works', async () => {
  const { app: a } = app('/');
  const first = await a.inject({ url: '/' });
  const etag = first.headers['etag'];
  assert.ok(typeof etag === 'string');
  const again = await a.inject({ url: '/', headers: { 'if-none-match': etag } });
  assert.equal(again.statusCode, 304);
  assert.equal(again.body, '');
  const missing = await a.inject({ url: '/assets/nope-12345678.js' });
  assert.equal(missing.statusCode, 404);
  const head = await a.inject({ method: 'HEAD', url: '/assets/chat-ABCDEFGH.js' });
  assert.equal(head.statusCode, 200);
  assert.equal(head.body, '');
});

test('HTML is compressed at startup too', async () => {
  const { app: a } = app('/');
  const big = compressedAsset(Buffer.from('<p>hello</p>'.repeat(100)), 'text/html; charset=utf-8', 'no-cache');
  assert.equal(negotiate('gzip, br', big), 'br');
  assert.equal(negotiate('gzip', big), 'gzip');
  assert.equal(negotiate('*', big), 'br');
  assert.equal(negotiate(undefined, big), 'identity');
  assert.equal(negotiate('identity', big), 'identity');
  const res = await a.inject({ url: '/status', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.statusCode, 200);
});

test('custom mount path: pages and assets live under it, with and without the trailing slash', async () => {
  const { app: a } = app('/chat');
  for (const url of ['/chat', '/chat/']) {
    const res = await a.inject({ url });
    assert.equal(res.statusCode, 200, url);
    assert.match(res.body, /src="\/chat\/assets\/chat-ABCDEFGH\.js"/);
  }
  assert.equal((await a.inject({ url: '/chat/status' })).statusCode, 200);
  assert.equal((await a.inject({ url: '/chat/assets/chat-ABCDEFGH.js' })).statusCode, 200);
  assert.equal((await a.inject({ url: '/' })).statusCode, 404);
});

test('missing build: a warning and a page that says how to build', async () => {
  const { app: a, warnings } = app('/', join(dir, 'does-not-exist'));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /npm run build/);
  const res = await a.inject({ url: '/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /npm run build/);
  assert.equal(res.headers['content-security-policy'], UI_CSP);
  assert.equal((await a.inject({ url: '/status' })).statusCode, 200);
});
