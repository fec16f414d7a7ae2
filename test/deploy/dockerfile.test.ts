import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildConfig } from '../../src/config/load.js';
import { exists, readText, REPO } from './manifests.js';

// No Docker engine here: the Dockerfile is checked statically against the invariants that matter.
interface Instruction {
  op: string;
  args: string;
  stage: number;
}

function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let stage = -1;
  let pending = '';
  for (const raw of text.split('\n')) {
    if (!pending && /^\s*#/.test(raw)) continue;
    const line = raw.replace(/\s+$/, '');
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const full = (pending + line).trim();
    pending = '';
    if (!full || full.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/s.exec(full);
    assert.ok(m, `instruction: ${full}`);
    const op = m[1]!.toUpperCase();
    if (op === 'FROM') stage++;
    out.push({ op, args: m[2]!, stage });
  }
  return out;
}

const instructions = parseDockerfile(readText(join(REPO, 'Dockerfile')));
const stages = instructions.filter((i) => i.op === 'FROM');
const final = stages.length - 1;
const inStage = (s: number, op: string) => instructions.filter((i) => i.stage === s && i.op === op);
const argDefault = (name: string) => instructions.find((i) => i.op === 'ARG' && i.args.startsWith(`${name}=`))?.args.split('=')[1];

test('multi-stage on node:20-bookworm-slim: npm ci + build, then a production-only install', () => {
  assert.ok(stages.length >= 2, 'at least a build and a runtime stage');
  const image = (s: Instruction) => s.args.split(/\s+/)[0]!.replace(/^\$\{(\w+)\}$/, (_m, n: string) => argDefault(n) ?? n);
  for (const s of stages) assert.equal(image(s), 'node:20-bookworm-slim');
  const buildName = /\bAS\s+(\S+)/i.exec(stages[0]!.args)?.[1];
  assert.ok(buildName, 'the build stage is named');
  const buildRuns = inStage(0, 'RUN').map((r) => r.args).join('\n');
  assert.match(buildRuns, /npm ci\b/);
  assert.match(buildRuns, /npm run build\b/);
  const finalRuns = inStage(final, 'RUN').map((r) => r.args).join('\n');
  assert.match(finalRuns, /npm ci [^\n]*--omit=dev/);
  assert.doesNotMatch(finalRuns, /npm run build/);
  const fromBuild = inStage(final, 'COPY').filter((c) => c.args.includes('--from='));
  assert.ok(fromBuild.length > 0 && fromBuild.every((c) => c.args.includes(`--from=${buildName}`)), 'the runtime copies the build output');
  assert.ok(fromBuild.some((c) => /\/app\/dist\b/.test(c.args)));
});

test('runtime: non-root numeric user, ports 8080/9190, config path, entrypoint exists', () => {
  const user = inStage(final, 'USER').at(-1)?.args;
  assert.ok(user, 'USER set in the final stage');
  assert.match(user, /^[1-9]\d*(:[1-9]\d*)?$/, 'numeric, non-root (Kubernetes runAsNonRoot can verify it)');
  const exposed = inStage(final, 'EXPOSE').flatMap((e) => e.args.split(/\s+/));
  assert.deepEqual([...exposed].sort(), ['8080', '9190']);
  const env = inStage(final, 'ENV').map((e) => e.args).join(' ');
  assert.match(env, /SWITCHYARD_CONFIG=\/etc\/switchyard\/config\.yaml/);
  const entry = JSON.parse(inStage(final, 'ENTRYPOINT').at(-1)!.args) as string[];
  assert.equal(entry[0], 'node');
  assert.ok(exists(join(REPO, entry[1]!.replace(/^\/app\//, ''))), `${entry[1]} is in the repository`);
  assert.deepEqual(JSON.parse(inStage(final, 'CMD').at(-1)!.args), ['serve']);
  // The gateway binds every interface unless told otherwise: published ports reach it.
  const defaults = buildConfig({ models: [{ name: 'm', endpoints: [{ url: 'http://vllm:8000' }] }] });
  assert.equal(defaults.server.host, '0.0.0.0');
  assert.equal(defaults.metrics.host, '0.0.0.0');
  assert.deepEqual([String(defaults.server.port), String(defaults.metrics.port)], ['8080', '9190']);
});

test('HEALTHCHECK runs a node one-liner against /healthz that really exits 0/1', async () => {
  const hc = inStage(final, 'HEALTHCHECK').at(-1);
  assert.ok(hc, 'HEALTHCHECK in the final stage');
  const cmd = JSON.parse(hc.args.slice(hc.args.indexOf('CMD') + 3).trim()) as string[];
  assert.deepEqual(cmd.slice(0, 2), ['node', '-e']);
  assert.doesNotMatch(hc.args, /curl|wget/);
  const script = cmd[2]!;
  assert.match(script, /http:\/\/127\.0\.0\.1:8080\/healthz/);

  let status = 200;
  const server = createServer((req, res) => res.writeHead(req.url === '/healthz' ? status : 404).end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  // Asynchronous: the server answering the probe lives in this process's event loop.
  const run = (s: string) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['-e', s], { stdio: 'ignore', timeout: 10_000 });
      child.once('exit', (code) => resolve(code));
    });
  try {
    const local = script.replace('127.0.0.1:8080', `127.0.0.1:${port}`);
    assert.equal(await run(local), 0);
    status = 503;
    assert.equal(await run(local), 1);
  } finally {
    server.close();
  }
  assert.equal(await run(script.replace('127.0.0.1:8080', '127.0.0.1:1')), 1, 'nothing listening → unhealthy');
});

test('.dockerignore keeps local state out and everything the build needs in', () => {
  const patterns = readText(join(REPO, '.dockerignore'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  for (const p of ['node_modules', '.git', 'dist']) assert.ok(patterns.includes(p), `${p} ignored`);
  const ignored = (path: string) => patterns.some((p) => !p.startsWith('!') && (path === p || path.startsWith(`${p}/`)));
  // The build stage copies the context and runs `npm run build` (tsc over src/, the UI from web/).
  for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'web', 'bin']) {
    assert.ok(exists(join(REPO, needed)), `${needed} exists`);
    assert.ok(!ignored(needed), `${needed} is not ignored`);
  }
  for (const c of instructions.filter((i) => i.op === 'COPY' && !i.args.includes('--from='))) {
    const sources = c.args.split(/\s+/).slice(0, -1);
    for (const s of sources) if (s !== '.') assert.ok(exists(join(REPO, s)) && !ignored(s), `COPY source ${s} is in the context`);
  }
});
