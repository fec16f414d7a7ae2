import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildConfig } from '../../src/config/load.js';
import { checkDnsDiscovery, checkHostDns, type DnsCheckDeps } from '../../src/doctor/dns.js';
import { runDoctor } from '../../src/doctor/run-doctor.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { byId, DOCKER_ENV, HOST_ENV } from './helpers.js';

let sim: Simulator;
let keyed: Server;
let keyedUrl: string;

before(async () => {
  sim = await startSimulator({ model: 'qwen2.5-3b' });
  // A server that wants an API key, like vLLM started with --api-key.
  keyed = createServer((req, res) => {
    if (req.headers.authorization !== 'Bearer s3cret') return void res.writeHead(401).end('{"error":"unauthorized"}');
    if (req.url === '/health') return void res.writeHead(200).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"object":"list","data":[{"id":"keyed-model","object":"model"}]}');
  });
  await new Promise<void>((r) => keyed.listen(0, '127.0.0.1', r));
  keyedUrl = `http://127.0.0.1:${(keyed.address() as AddressInfo).port}`;
});
after(async () => {
  await sim.close();
  keyed.closeAllConnections();
  await new Promise((r) => keyed.close(r));
});

const model = (name: string, endpoints: object[], extra: object = {}) => ({ name, endpoints, ...extra });

test('a healthy replica that serves the configured model: every check ✓, exit status ok', async () => {
  const config = buildConfig({ models: [model('qwen2.5-3b', [{ url: sim.url }])] });
  const report = await runDoctor({ config, environment: HOST_ENV });
  const endpointChecks = report.checks.filter((c) => c.section === 'endpoint');
  assert.deepEqual(endpointChecks.map((c) => c.id), ['endpoint.tcp', 'endpoint.http.health', 'endpoint.http.models', 'endpoint.latency']);
  for (const c of report.checks) assert.equal(c.status, 'pass', `${c.id}: ${c.message}`);
  assert.equal(report.ok, true);
  assert.equal(byId(report, 'endpoint.http.models')[0]!.message, 'serves "qwen2.5-3b"');
});

test('a server that does not serve the configured model name: ✗ with the served names', async () => {
  const config = buildConfig({ models: [model('llama-3-8b', [{ url: sim.url }])] });
  const report = await runDoctor({ config, environment: HOST_ENV });
  const m = byId(report, 'endpoint.http.models')[0]!;
  assert.equal(m.status, 'fail');
  assert.equal(m.message, 'serves "qwen2.5-3b", not "llama-3-8b"');
  assert.match(m.fix!, /--served-model-name llama-3-8b/);
  assert.deepEqual(m.data.served, ['qwen2.5-3b']);
  assert.equal(report.ok, false);
});

test('a replica still loading (503 on /health) fails the health check', async () => {
  sim.setFaults({ slow_start_s: 30 });
  try {
    const report = await runDoctor({ config: buildConfig({ models: [model('qwen2.5-3b', [{ url: sim.url }])] }), environment: HOST_ENV });
    const h = byId(report, 'endpoint.http.health')[0]!;
    assert.equal(h.status, 'fail');
    assert.match(h.message, /503.*loads the model/);
  } finally {
    sim.setFaults({ slow_start_s: 0 });
  }
});

test('an API key is required: ✗ naming api_key_env; with the key from the environment: ✓', async () => {
  const without = await runDoctor({ config: buildConfig({ models: [model('keyed-model', [{ url: keyedUrl }])] }), environment: HOST_ENV });
  assert.match(byId(without, 'endpoint.http.models')[0]!.fix!, /api_key_env/);
  const config = buildConfig({ models: [model('keyed-model', [{ url: keyedUrl }], { api_key_env: 'VLLM_KEY' })] });
  const withKey = await runDoctor({ config, environment: HOST_ENV, env: { VLLM_KEY: 's3cret' } });
  assert.equal(byId(withKey, 'endpoint.http.models')[0]!.status, 'pass');
  assert.ok(!JSON.stringify(withKey).includes('s3cret'), 'the key never appears in the report');
});

test('localhost resolving to ::1 first, with the server on 127.0.0.1 only: ! on dns and tcp', async () => {
  const dns: Partial<DnsCheckDeps> = {
    lookup: async () => [
      { address: '::1', family: 6 },
      { address: '127.0.0.1', family: 4 },
    ],
  };
  const url = `http://localhost:${sim.port}`;
  const report = await runDoctor({ config: buildConfig({ models: [model('qwen2.5-3b', [{ url }])] }), environment: HOST_ENV, dns });
  const d = byId(report, 'endpoint.dns')[0]!;
  assert.equal(d.status, 'warn');
  assert.match(d.message, /resolves to ::1 first/);
  assert.equal(d.fix, 'use 127.0.0.1 instead of localhost in the URL');
  const tcp = byId(report, 'endpoint.tcp')[0]!;
  assert.equal(tcp.status, 'warn');
  assert.match(tcp.message, /^1 of 2 addresses connect; nothing listening at \[::1\]:\d+/);
  assert.equal(report.ok, true, 'warnings do not fail');
});

test('dns: only AAAA where IPv6 has no route warns; an unknown name fails', async () => {
  const scope = { model: 'm', target: 'http://v6only.example:8000' };
  const deps: DnsCheckDeps = {
    lookup: async (h) => {
      if (h === 'v6only.example') return [{ address: 'fd00:dead::1', family: 6 }];
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    },
    resolve: async () => [],
    ipv6Usable: () => false,
  };
  const v6 = await checkHostDns('v6only.example', scope, deps);
  assert.equal(v6.result.status, 'warn');
  assert.match(v6.result.message, /only AAAA records .* no IPv6 route/);
  assert.deepEqual(v6.addresses, ['fd00:dead::1']);
  const usable = await checkHostDns('v6only.example', scope, { ...deps, ipv6Usable: () => true });
  assert.equal(usable.result.status, 'pass');
  const missing = await checkHostDns('typo.example', scope, deps);
  assert.equal(missing.result.status, 'fail');
  assert.match(missing.result.message, /cannot resolve typo\.example \(ENOTFOUND\)/);
  assert.deepEqual(missing.addresses, []);
});

test('dns discovery entries: resolved as the gateway will, then every address is probed', async () => {
  const enodata = Object.assign(new Error('queryA ENODATA'), { code: 'ENODATA' });
  const resolve: DnsCheckDeps['resolve'] = async (_name, rrtype) => {
    if (rrtype === 'A') return ['127.0.0.1'];
    throw enodata;
  };
  const config = buildConfig({ models: [model('qwen2.5-3b', [{ dns: { name: 'vllm.internal', port: sim.port } }])] });
  const report = await runDoctor({ config, environment: HOST_ENV, dns: { resolve } });
  assert.deepEqual(
    report.checks.filter((c) => c.section === 'endpoint').map((c) => `${c.id} ${c.status}`),
    ['endpoint.dns pass', 'endpoint.tcp pass', 'endpoint.http.health pass', 'endpoint.http.models pass', 'endpoint.latency pass'],
  );
  assert.equal(byId(report, 'endpoint.dns')[0]!.target, `dns:vllm.internal:${sim.port}`);
  assert.equal(byId(report, 'endpoint.tcp')[0]!.target, `http://127.0.0.1:${sim.port}`);

  const v6only: DnsCheckDeps['resolve'] = async (_name, rrtype) => {
    if (rrtype === 'AAAA') return ['fd00::1'];
    throw enodata;
  };
  const scope = { model: 'm', target: 'dns:x' };
  const wrongFamily = await checkDnsDiscovery({ name: 'vllm.internal', port: 8000, scheme: 'http', refresh_s: 30, family: 'ipv4' }, scope, {
    lookup: async () => [],
    resolve: v6only,
    ipv6Usable: () => true,
  });
  assert.equal(wrongFamily.result.status, 'fail');
  assert.match(wrongFamily.result.fix!, /set family: ipv6 or any/);
  const searchDomain = await checkDnsDiscovery({ name: 'vllm', port: 8000, scheme: 'http', refresh_s: 30, family: 'ipv4' }, scope, {
    lookup: async () => [{ address: '10.0.0.1', family: 4 }],
    resolve: async () => {
      throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    },
    ipv6Usable: () => true,
  });
  assert.match(searchDomain.result.fix!, /fully qualified name/);
});

test('localhost in the config while in a container: explained, with the host gateway', async () => {
  const config = buildConfig({ server: { host: '127.0.0.1' }, models: [model('qwen2.5-3b', [{ url: sim.url }])] });
  const report = await runDoctor({ config, environment: DOCKER_ENV });
  const loop = byId(report, 'environment.loopback')[0]!;
  assert.equal(loop.status, 'warn');
  assert.match(loop.message, /inside a container is the container itself/);
  assert.match(loop.fix!, /host\.docker\.internal/);
  assert.match(loop.fix!, new RegExp(`http://172\\.17\\.0\\.1:${sim.port}`));
  const listen = byId(report, 'config.listen.server')[0]!;
  assert.equal(listen.status, 'warn');
  assert.equal(listen.fix, 'set server.host: 0.0.0.0');
  assert.equal(report.ok, true);
  const k8s = await runDoctor({ config, environment: { ...DOCKER_ENV, kind: 'kubernetes' } });
  assert.match(byId(k8s, 'environment.loopback')[0]!.message, /sidecar/);
});
