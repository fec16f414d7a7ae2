// Builds the chat and status pages into dist/web (not dist/ui: tsc compiles src/ui there):
// esbuild bundles with content-hashed names (cacheable forever), one HTML file per page, and
// .gz/.br siblings made here once so the server never compresses per request.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
// --out DIR: tests build into a temp dir so they never race a developer's dist/web.
const outDir = argv.includes('--out') ? resolve(argv[argv.indexOf('--out') + 1] ?? '') : join(root, 'dist', 'web');
const assetsDir = join(outDir, 'assets');
// The whole bundle must stay below this (issue 5); the build fails rather than ship a regression.
const GZIP_BUDGET_BYTES = 150 * 1024;

const pages = [
  { entry: 'chat', file: 'index.html', title: 'Switchyard chat', source: 'web/chat/main.tsx' },
  { entry: 'status', file: 'status.html', title: 'Switchyard status', source: 'web/status/main.tsx' },
];

function typecheck() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'web', 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('web/ does not type-check (tsc -p web/tsconfig.json --noEmit)');
}

async function bundle() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(pages.map((p) => [p.entry, p.source])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: assetsDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'shared-[hash]',
    assetNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

/** Script and stylesheet tags for one entry, plus modulepreload for the chunks it imports. */
function tagsFor(metafile, entry) {
  const outputs = Object.entries(metafile.outputs);
  const found = outputs.find(([, o]) => o.entryPoint !== undefined && o.entryPoint.endsWith(pages.find((p) => p.entry === entry).source));
  if (!found) throw new Error(`no output for entry ${entry}`);
  const [jsPath, js] = found;
  const url = (p) => `__SWITCHYARD_BASE__${relative(outDir, resolve(root, p)).split('\\').join('/')}`;
  const tags = [];
  if (js.cssBundle) tags.push(`<link rel="stylesheet" href="${url(js.cssBundle)}" />`);
  for (const imp of js.imports) if (imp.kind === 'import-statement') tags.push(`<link rel="modulepreload" href="${url(imp.path)}" />`);
  tags.push(`<script type="module" src="${url(jsPath)}"></script>`);
  return tags.join('\n    ');
}

/** Writes .gz/.br beside every file of `dir` (or just `only`); returns sizes for the manifest. */
async function compressAll(dir, only) {
  const sizes = [];
  for (const name of only ?? (await readdir(dir))) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) {
      sizes.push(...(await compressAll(path)));
      continue;
    }
    if (name.endsWith('.gz') || name.endsWith('.br') || name.endsWith('.json')) continue;
    const raw = await readFile(path);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    // HTML is rewritten with the mount path at startup, so the server compresses it itself.
    if (!name.endsWith('.html')) {
      if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
      if (br.length < raw.length) await writeFile(`${path}.br`, br);
    }
    sizes.push({ file: relative(outDir, path), bytes: raw.length, gzip: Math.min(gz.length, raw.length), brotli: Math.min(br.length, raw.length) });
  }
  return sizes;
}

async function main() {
  const started = Date.now();
  if (!args.has('--no-typecheck')) typecheck();
  // Only this script's own outputs are removed, so `--out` can never wipe an unrelated folder.
  await rm(assetsDir, { recursive: true, force: true });
  for (const f of [...pages.map((p) => p.file), 'manifest.json']) await rm(join(outDir, f), { force: true });
  await mkdir(assetsDir, { recursive: true });
  const metafile = await bundle();
  const template = await readFile(join(root, 'web', 'page.html'), 'utf8');
  for (const page of pages) {
    const html = template.replace('__TITLE__', page.title).replace('<!-- assets -->', tagsFor(metafile, page.entry));
    await writeFile(join(outDir, page.file), html);
  }
  const files = [...(await compressAll(assetsDir)), ...(await compressAll(outDir, pages.map((p) => p.file)))].sort((a, b) => a.file.localeCompare(b.file));
  const total = files.reduce((acc, f) => ({ bytes: acc.bytes + f.bytes, gzip: acc.gzip + f.gzip, brotli: acc.brotli + f.brotli }), { bytes: 0, gzip: 0, brotli: 0 });
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify({ builtAt: new Date().toISOString(), total, files }, null, 2)}\n`);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (!args.has('--quiet')) {
    for (const f of files) console.log(`  ${f.file.padEnd(36)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzip).padStart(8)}  br ${kb(f.brotli).padStart(8)}`);
    console.log(`ui: ${files.length} files, ${kb(total.bytes)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli (${Date.now() - started} ms)`);
  }
  if (total.gzip > GZIP_BUDGET_BYTES) throw new Error(`ui bundle is ${kb(total.gzip)} gzipped, over the ${kb(GZIP_BUDGET_BYTES)} budget`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
