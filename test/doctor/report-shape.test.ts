import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildConfig } from '../../src/config/load.js';
import { formatReport } from '../../src/doctor/format.js';
import { CHECK_IDS, DOCTOR_SCHEMA, type DoctorReport } from '../../src/doctor/report.js';
import { runDoctor } from '../../src/doctor/run-doctor.js';
import { runDoctorCommand } from '../../src/doctor/cli.js';
import { HOST_ENV } from './helpers.js';

const REPORT_KEYS = ['schema', 'ok', 'generated_at', 'duration_ms', 'config', 'environment', 'summary', 'checks'];
const CHECK_KEYS = ['id', 'section', 'status', 'model', 'target', 'message', 'fix', 'duration_ms', 'data'];
const ENV_KEYS = ['container', 'kind', 'evidence', 'default_gateway'];

function assertShape(r: DoctorReport): void {
  assert.deepEqual(Object.keys(r), REPORT_KEYS);
  assert.equal(r.schema, DOCTOR_SCHEMA);
  assert.deepEqual(Object.keys(r.environment), ENV_KEYS);
  assert.deepEqual(Object.keys(r.summary), ['pass', 'warn', 'fail']);
  assert.equal(r.summary.pass + r.summary.warn + r.summary.fail, r.checks.length);
  assert.equal(r.ok, r.summary.fail === 0);
  assert.ok(!Number.isNaN(Date.parse(r.generated_at)));
  for (const c of r.checks) {
    assert.deepEqual(Object.keys(c), CHECK_KEYS, c.id);
    assert.ok((CHECK_IDS as readonly string[]).includes(c.id), c.id);
    assert.ok(['pass', 'warn', 'fail'].includes(c.status));
    assert.equal(typeof c.message, 'string');
    assert.ok(!c.message.includes('\n'), 'one line');
    assert.equal(c.fix === null, c.status === 'pass', `${c.id}: a fix exactly when not passing`);
    assert.equal(typeof c.data, 'object');
  }
}

test('the JSON report has the documented shape, also through the CLI', async () => {
  const config = buildConfig({
    server: { host: '127.0.0.1' },
    models: [{ name: 'm', endpoints: [{ url: 'http://127.0.0.1:1' }] }],
  });
  const report = await runDoctor({ config, environment: HOST_ENV });
  assertShape(report);
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report, 'plain JSON, no undefined or class instances');

  let out = '';
  const code = await runDoctorCommand(['--json', '--config', '/nonexistent/switchyard.yaml'], {
    stdout: (t) => (out += t),
    stderr: () => undefined,
    env: {},
    overrides: { environment: HOST_ENV },
  });
  assert.equal(code, 1);
  const fromCli = JSON.parse(out) as DoctorReport;
  assertShape(fromCli);
  assert.equal(fromCli.checks[0]!.id, 'config.load');
  assert.match(fromCli.checks[0]!.message, /cannot read config file/);
});

test('docs/doctor.md documents every check id and every key', async () => {
  const doc = await readFile(new URL('../../docs/doctor.md', import.meta.url), 'utf8');
  for (const id of CHECK_IDS) assert.ok(doc.includes(`| \`${id}\` |`), `docs/doctor.md has a row for ${id}`);
  for (const k of [...REPORT_KEYS, ...CHECK_KEYS.map((c) => `checks[].${c}`), ...ENV_KEYS.map((e) => `environment.${e}`)]) {
    if (k === 'environment' || k === 'checks') continue;
    assert.ok(doc.includes(`| \`${k}\` |`), `docs/doctor.md documents ${k}`);
  }
  assert.ok(doc.includes(DOCTOR_SCHEMA));
});

test('checklist text: ✓/✗/! per check and a fix line under each problem', async () => {
  const report = await runDoctor({
    config: buildConfig({ server: { host: '127.0.0.1' }, models: [{ name: 'm', endpoints: [{ url: 'http://127.0.0.1:1' }] }] }),
    environment: HOST_ENV,
  });
  const text = formatReport(report);
  assert.match(text, /^Config$/m);
  assert.match(text, /^ {2}✓ config /m);
  assert.match(text, /^ {2}! listen +the API listens on 127\.0\.0\.1:8080/m);
  assert.match(text, /^Model m · http:\/\/127\.0\.0\.1:1$/m);
  assert.match(text, /^ {2}✗ tcp +nothing listening at 127\.0\.0\.1:1: is the server bound to 127\.0\.0\.1 or another port\?$/m);
  assert.equal((text.match(/fix: /g) ?? []).length, report.summary.warn + report.summary.fail);
  assert.doesNotMatch(text, /^\d+ passed, \d+ failed/m, 'not mistaken for a test runner summary');
});

test('CLI: --help exits 0, bad flags exit 2, no config at all is a warning', async () => {
  const io = () => {
    const buf = { out: '', err: '' };
    return { buf, io: { stdout: (t: string) => (buf.out += t), stderr: (t: string) => (buf.err += t), env: {}, overrides: { environment: HOST_ENV } } };
  };
  const a = io();
  assert.equal(await runDoctorCommand(['--help'], a.io), 0);
  assert.match(a.buf.out, /Usage: switchyard doctor \[--config FILE\] \[--gateway URL\] \[--prometheus URL\] \[--json\]/);
  const b = io();
  assert.equal(await runDoctorCommand(['--frobnicate'], b.io), 2);
  assert.match(b.buf.err, /Usage/);
  const c = io();
  assert.equal(await runDoctorCommand(['--gateway', 'localhost:8080'], c.io), 2);
  assert.match(c.buf.err, /--gateway expects an http/);
  const d = io();
  assert.equal(await runDoctorCommand([], d.io), 0);
  assert.match(d.buf.out, /! config +no config given/);
});
