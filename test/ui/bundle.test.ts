import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'sy-ui-build-'));
after(() => rmSync(out, { recursive: true, force: true }));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
}

interface Manifest {
  total: { bytes: number; gzip: number; brotli: number };
  files: { file: string; gzip: number }[];
}

test('build: web/ type-checks, bundles under 150 KB gzipped, hashed names, precompressed, no inline script', { timeout: 120_000 }, () => {
  // Includes `tsc -p web/tsconfig.json --noEmit`: a type error in web/ fails here.
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-ui.mjs'), '--out', out, '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  assert.ok(manifest.total.gzip < 150 * 1024, `bundle is ${manifest.total.gzip} bytes gzipped`);
  const assets = readdirSync(join(out, 'assets'));
  const code = assets.filter((f) => /\.(js|css)$/.test(f));
  assert.ok(code.length >= 4, code.join(', '));
  for (const f of code) {
    assert.match(f, /-[A-Z0-9]{8}\.(js|css)$/, `${f} has a content hash`);
    if (readFileSync(join(out, 'assets', f)).length > 1024) {
      assert.ok(assets.includes(`${f}.gz`) && assets.includes(`${f}.br`), `${f} is precompressed`);
    }
  }
  for (const page of ['index.html', 'status.html']) {
    const html = readFileSync(join(out, page), 'utf8');
    // The CSP has no 'unsafe-inline': every script must be an external file, every style too.
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${page} has an inline script`);
    assert.doesNotMatch(html, /<style|style=/, `${page} has inline style`);
    assert.match(html, /__SWITCHYARD_BASE__assets\//);
  }
  // Model text must never be parsed as HTML: no HTML or eval sink anywhere in the UI source
  // (Preact's own dangerouslySetInnerHTML support is unreachable when no component uses it).
  for (const f of walk(join(root, 'web'))) {
    const src = readFileSync(f, 'utf8');
    const sink = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|new Function\(|\beval\(/.exec(src);
    assert.equal(sink, null, `${f} uses ${sink?.[0]}`);
  }
});
