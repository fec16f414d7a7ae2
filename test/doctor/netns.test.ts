import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildConfig } from '../../src/config/load.js';
import { runDoctor } from '../../src/doctor/run-doctor.js';
import { runDoctorCommand } from '../../src/doctor/cli.js';
import type { DoctorReport, EnvironmentInfo } from '../../src/doctor/report.js';
import { netnsUnavailable, VethNamespace } from './netns.js';

// Real situations, built with network namespaces (root; CI runs as root): a simulator bound to
// 127.0.0.1 in another namespace, seen from this one, and an address whose replies are dropped.
const unavailable = netnsUnavailable();
if (unavailable && process.env.CI === 'true') throw new Error(`doctor netns tests need ip netns in CI: ${unavailable}`);
const skip = unavailable ? `skipped: ${unavailable}` : false;

const HOST_ENV: EnvironmentInfo = { container: false, kind: null, evidence: null, default_gateway: null };
const subnet = (process.pid % 250) + 1;
const bound = new VethNamespace('r', subnet, 0);
const dropped = new VethNamespace('b', subnet, 4);

before(async () => {
  if (skip) return;
  bound.create();
  dropped.create();
  dropped.blackholeReturnPath();
  await bound.startSimulator(['--host', '127.0.0.1', '--port', '8000', '--model', 'qwen2.5-3b', '--ttft-ms', '0', '--itl-ms', '0']);
});
after(() => {
  if (skip) return;
  bound.destroy();
  dropped.destroy();
});

function configFor(...urls: string[]) {
  return buildConfig({ models: [{ name: 'qwen2.5-3b', endpoints: urls.map((url) => ({ url })) }] }, 'netns-test');
}

function only(report: DoctorReport, id: string, target: string) {
  const found = report.checks.filter((c) => c.id === id && c.target === target);
  assert.equal(found.length, 1, `one ${id} for ${target}: ${JSON.stringify(report.checks, null, 1)}`);
  return found[0]!;
}

test('a server bound to 127.0.0.1 in another namespace: refused, with the bind hint', { skip }, async () => {
  // The server is really there: inside its namespace it answers.
  const inside = bound.exec("fetch('http://127.0.0.1:8000/health').then((r) => console.log(r.status))");
  assert.equal(inside, '200');

  const target = `http://${bound.inner}:8000`;
  const report = await runDoctor({ config: configFor(target), environment: HOST_ENV, connectTimeoutMs: 2_000 });
  const tcp = only(report, 'endpoint.tcp', target);
  assert.equal(tcp.status, 'fail');
  assert.equal(tcp.message, `nothing listening at ${bound.inner}:8000: is the server bound to 127.0.0.1 or another port?`);
  assert.match(tcp.fix!, /--host 0\.0\.0\.0/);
  assert.deepEqual((tcp.data.outcomes as Array<{ outcome: string }>).map((o) => o.outcome), ['refused']);
  assert.equal(report.checks.some((c) => c.id === 'endpoint.http.health' && c.target === target), false, 'no HTTP checks after a failed connect');
  assert.equal(report.ok, false);
});

test('an address whose packets are dropped: timeout, with the firewall hint', { skip }, async () => {
  const target = `http://${dropped.inner}:8000`;
  const t0 = Date.now();
  const report = await runDoctor({ config: configFor(target), environment: HOST_ENV, connectTimeoutMs: 400 });
  const tcp = only(report, 'endpoint.tcp', target);
  assert.equal(tcp.status, 'fail');
  assert.match(tcp.message, new RegExp(`^no answer from ${dropped.inner.replace(/\./g, '\\.')}:8000 within 400 ms: packets dropped: firewall or security group\\?$`));
  assert.match(tcp.fix!, /security group/);
  assert.ok(Date.now() - t0 < 10_000, 'bounded by the connect timeout');
});

test('the CLI exits 1 and prints both hints as a checklist and as JSON', { skip }, async () => {
  const { writeFile, mkdtemp, rm } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'sy-doctor-'));
  const file = join(dir, 'config.yaml');
  await writeFile(
    file,
    ['models:', '  - name: qwen2.5-3b', '    endpoints:', `      - url: http://${bound.inner}:8000`, `      - url: http://${dropped.inner}:8000`, ''].join('\n'),
  );
  try {
    const run = async (args: string[]) => {
      let stdout = '';
      const code = await runDoctorCommand(args, {
        stdout: (t) => (stdout += t),
        stderr: () => undefined,
        env: {},
        overrides: { environment: HOST_ENV },
      });
      return { code, stdout };
    };
    const text = await run(['--config', file, '--connect-timeout-ms', '400']);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /✗ tcp +nothing listening at .*: is the server bound to 127\.0\.0\.1 or another port\?/);
    assert.match(text.stdout, /✗ tcp +no answer from .*packets dropped: firewall or security group\?/);
    assert.match(text.stdout, /fix: /);
    const json = await run(['--config', file, '--connect-timeout-ms', '400', '--json']);
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout) as DoctorReport;
    assert.equal(report.ok, false);
    assert.equal(report.summary.fail, 2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
