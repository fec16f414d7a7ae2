import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { buildConfig } from '../../src/config/load.js';
import { Gateway } from '../../src/gateway.js';
import { startSimulator } from '../../src/sim/index.js';
import { captureLogs, chat, metricsText, metricValue, startStack, waitFor } from '../helpers/stack.js';

async function readStream(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, text: await r.text() };
}

const fast = { health_check: { interval_ms: 200, backoff_initial_ms: 100, backoff_max_ms: 400 } };

describe('mid-stream failure', () => {
  it('a replica dropping mid-stream gives the client one SSE error event and a clean end, counted', async () => {
    const stack = await startStack({ replicas: 1, sim: { itlMs: 2, faults: { drop_after_tokens: 3 } }, config: fast });
    try {
      const r = await readStream(`${stack.url}/v1/chat/completions`, chat('m1', { stream: true, max_tokens: 50 }));
      assert.equal(r.status, 200);
      const events = r.text.split('\n\n').filter(Boolean);
      const last = JSON.parse(events.at(-1)!.replace(/^data: /, '')) as { error: { code: string; request_id: string } };
      assert.equal(last.error.code, 'upstream_stream_broken');
      assert.ok(last.error.request_id);
      assert.ok(events.length >= 2, 'tokens before the break were relayed');
      assert.equal(events.filter((e) => e.includes('"error"')).length, 1);
      assert.equal(stack.sims[0]!.stats().requests, 1, 'never retried after the first byte');
      assert.equal(metricValue(await metricsText(stack), 'llm_request_errors_total', { model: 'm1', reason: 'upstream_stream_broken' }), 1);
    } finally {
      await stack.close();
    }
  });

  it('a replica going silent mid-stream hits stream_idle_timeout_ms and ends the same way', async () => {
    // undici checks body timeouts on a 1 s tick, so the replica's gap must be well over that.
    const stack = await startStack({ replicas: 1, sim: { itlMs: 4_000 }, config: { ...fast, upstream: { stream_idle_timeout_ms: 200 } } });
    try {
      const t0 = performance.now();
      const r = await readStream(`${stack.url}/v1/chat/completions`, chat('m1', { stream: true, max_tokens: 3 }));
      assert.match(r.text, /"code":"upstream_stream_broken"/);
      assert.ok(performance.now() - t0 < 4_000, 'ended by the idle timeout, not by the replica');
    } finally {
      await stack.close();
    }
  });
});

describe('config reload', () => {
  it('adding and removing replicas during a stream lets the stream complete', async () => {
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => startSimulator({ model: 'm1', port: 0, itlMs: 5 })));
    const dir = mkdtempSync(join(tmpdir(), 'sy-reload-'));
    const path = join(dir, 'config.yaml');
    const cfg = (urls: string[]) => ({ server: { host: '127.0.0.1', port: 0 }, metrics: { enabled: false }, ...fast, models: [{ name: 'm1', endpoints: urls.map((url) => ({ url })) }] });
    writeFileSync(path, stringify(cfg([a!.url])));
    const { logs, log } = captureLogs();
    const gw = await Gateway.start({ log, configPath: path, config: buildConfig(cfg([a!.url])) });
    try {
      await waitFor(() => gw.registry.get('m1')!.routable.length === 1, 5_000, 'ready');
      const oldA = gw.registry.get('m1')!.endpoints()[0]!;
      const streaming = readStream(`${gw.url}/v1/chat/completions`, chat('m1', { stream: true, max_tokens: 120 }));
      await waitFor(() => a!.stats().running === 1, 2_000, 'stream running on A');
      // Keep A but add B (A keeps its state and connections) …
      writeFileSync(path, stringify(cfg([a!.url, b!.url])));
      assert.deepEqual(await gw.reload(), { ok: true });
      assert.equal(gw.registry.get('m1')!.endpoints().find((e) => e.id === a!.url), oldA, 'endpoint object carried over');
      // … then remove A and add C while the stream is still running on A.
      writeFileSync(path, stringify(cfg([b!.url, c!.url])));
      assert.deepEqual(await gw.reload(), { ok: true });
      const r = await streaming;
      assert.equal(r.status, 200);
      assert.ok(r.text.trimEnd().endsWith('data: [DONE]'), 'stream completed');
      assert.equal(r.text.split('"content":"').length - 2, 120, 'every token arrived');
      assert.equal(oldA.state, 'draining');
      await waitFor(() => gw.registry.get('m1')!.routable.length === 2, 5_000, 'B and C ready');
      assert.deepEqual(gw.registry.get('m1')!.routable.map((e) => e.id).sort(), [b!.url, c!.url].sort());

      // A bad config is rejected and logged; the running one stays.
      writeFileSync(path, 'models: [ {name: m1, endpoints: [{url: "not a url"}] } ]');
      const bad = await gw.reload();
      assert.equal(bad.ok, false);
      assert.match(bad.error!, /models\[0\]\.endpoints\[0\]\.url/);
      assert.ok(logs.some((l) => l.msg === 'config reload rejected; keeping the running config'));
      assert.equal(gw.registry.get('m1')!.routable.length, 2);
    } finally {
      await gw.close();
      await Promise.all([a, b, c].map((s) => s!.close()));
    }
  });

  it('POST /admin/reload needs the admin token', async () => {
    const sim = await startSimulator({ model: 'm1', port: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'sy-admin-'));
    const path = join(dir, 'config.yaml');
    const raw = { server: { host: '127.0.0.1', port: 0 }, metrics: { enabled: false }, admin: { token: 'sixteen-chars-token!' }, models: [{ name: 'm1', endpoints: [{ url: sim.url }] }] };
    writeFileSync(path, stringify(raw));
    const { log } = captureLogs();
    const gw = await Gateway.start({ log, configPath: path, config: buildConfig(raw) });
    try {
      const none = await fetch(`${gw.url}/admin/reload`, { method: 'POST' });
      assert.equal(none.status, 401);
      assert.equal(((await none.json()) as { error: { code: string } }).error.code, 'unauthorized');
      const wrong = await fetch(`${gw.url}/admin/reload`, { method: 'POST', headers: { authorization: 'Bearer nope-nope-nope-nope' } });
      assert.equal(wrong.status, 401);
      writeFileSync(path, stringify({ ...raw, models: [{ name: 'm2', endpoints: [{ url: sim.url }] }] }));
      const ok = await fetch(`${gw.url}/admin/reload`, { method: 'POST', headers: { authorization: 'Bearer sixteen-chars-token!' } });
      assert.equal(ok.status, 200);
      assert.ok(gw.registry.has('m2') && !gw.registry.has('m1'));
    } finally {
      await gw.close();
      await sim.close();
    }
  });
});
