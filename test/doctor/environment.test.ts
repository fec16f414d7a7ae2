import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectEnvironment } from '../../src/doctor/container.js';
import { defaultGatewayV4, ipv6Routable, ipv6ToBigInt, isLoopbackHost } from '../../src/doctor/routes.js';

// Tables as the kernel prints them (a Docker bridge container; a VM with IPv6 on loopback only).
const ROUTE_V4 = [
  'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
  'eth0\t00000000\t010011AC\t0003\t0\t0\t0\t00000000\t0\t0\t0',
  'eth0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0',
].join('\n');

const V6_WITH_DEFAULT = [
  'fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0',
  '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0',
  '00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000003 00000000 80200001       lo',
].join('\n');

const V6_LOOPBACK_ONLY = [
  '00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000003 00000000 80200001       lo',
  '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo',
].join('\n');

test('the IPv4 default gateway is read from /proc/net/route (little-endian hex)', () => {
  assert.equal(defaultGatewayV4(ROUTE_V4), '172.17.0.1');
  assert.equal(defaultGatewayV4(ROUTE_V4.split('\n').slice(0, 1).join('\n')), null);
});

test('IPv6 routability: longest prefix wins, reject routes are unusable', () => {
  assert.equal(ipv6Routable('2001:db8::1', V6_WITH_DEFAULT), true);
  assert.equal(ipv6Routable('fd00::42', V6_WITH_DEFAULT), true);
  assert.equal(ipv6Routable('2001:db8::1', V6_LOOPBACK_ONLY), false, 'only the unreachable default matches');
  assert.equal(ipv6Routable('::1', V6_LOOPBACK_ONLY), true);
  assert.equal(ipv6Routable('10.0.0.1', ''), true, 'IPv4 is not this check’s business');
  assert.equal(ipv6ToBigInt('::ffff:10.0.0.1'), 0xffff0a000001n);
  assert.equal(ipv6ToBigInt('fd00::1'), 0xfd00n << 112n | 1n);
});

test('loopback hosts', () => {
  for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', 'app.localhost']) assert.equal(isLoopbackHost(h), true, h);
  for (const h of ['0.0.0.0', '10.0.0.1', 'host.docker.internal', 'localhost.example.com']) assert.equal(isLoopbackHost(h), false, h);
});

test('container detection by /.dockerenv, /run/.containerenv, cgroup and KUBERNETES_SERVICE_HOST', async () => {
  const root = await mkdtemp(join(tmpdir(), 'sy-root-'));
  try {
    await mkdir(join(root, 'proc/net'), { recursive: true });
    await mkdir(join(root, 'proc/1'), { recursive: true });
    await writeFile(join(root, 'proc/net/route'), ROUTE_V4);
    await writeFile(join(root, 'proc/1/cgroup'), '0::/\n');
    assert.deepEqual(detectEnvironment({}, root), { container: false, kind: null, evidence: null, default_gateway: '172.17.0.1' });
    await writeFile(join(root, 'proc/1/cgroup'), '0::/system.slice/containerd.service/kubepods-burstable-pod1.slice\n');
    assert.equal(detectEnvironment({}, root).kind, 'kubernetes');
    await mkdir(join(root, 'run'), { recursive: true });
    await writeFile(join(root, 'run/.containerenv'), '');
    assert.equal(detectEnvironment({}, root).kind, 'podman');
    await writeFile(join(root, '.dockerenv'), '');
    assert.deepEqual(detectEnvironment({}, root), { container: true, kind: 'docker', evidence: '/.dockerenv', default_gateway: '172.17.0.1' });
    assert.equal(detectEnvironment({ KUBERNETES_SERVICE_HOST: '10.96.0.1' }, root).kind, 'kubernetes');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
