import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chat, postJson, startStack, type Stack } from '../helpers/stack.js';

function assertOpenAIError(r: { json: Record<string, unknown>; headers: Headers }, code: string): void {
  const e = r.json.error as Record<string, unknown>;
  assert.ok(e, 'has error object');
  assert.equal(e.code, code);
  assert.equal(typeof e.message, 'string');
  assert.equal(typeof e.type, 'string');
  assert.ok('param' in e);
  assert.equal(e.request_id, r.headers.get('x-request-id'));
}

describe('error catalog on the wire', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ replicas: 1, config: { server: { host: '127.0.0.1', port: 0, body_limit_bytes: 64 * 1024 } } });
  });
  after(() => stack.close());
  const url = () => `${stack.url}/v1/chat/completions`;

  it('400 invalid_request for bad JSON, missing fields and wrong types', async () => {
    for (const body of ['{not json', '[]', '{}', JSON.stringify({ model: 'm1' }), JSON.stringify({ model: 'm1', messages: 'hi' }), JSON.stringify(chat('m1', { stream: 'yes' })), JSON.stringify(chat('m1', { max_tokens: -1 }))]) {
      const r = await postJson(url(), body);
      assert.equal(r.status, 400, body);
      assertOpenAIError(r, 'invalid_request');
    }
  });

  it('413 request_too_large over the body limit', async () => {
    const r = await postJson(url(), chat('m1', { pad: 'x'.repeat(100 * 1024) }));
    assert.equal(r.status, 413);
    assertOpenAIError(r, 'request_too_large');
  });

  it('404 model_not_found without listing configured models', async () => {
    const r = await postJson(url(), chat('secret-model-guess'));
    assert.equal(r.status, 404);
    assertOpenAIError(r, 'model_not_found');
    assert.ok(!String((r.json.error as { message: string }).message).includes('m1'));
  });

  it('404 route_not_found for unknown paths', async () => {
    const r = await fetch(`${stack.url}/v1/nope`);
    assert.equal(r.status, 404);
    assertOpenAIError({ json: (await r.json()) as Record<string, unknown>, headers: r.headers }, 'route_not_found');
  });

  it('passes an upstream 4xx through unchanged (the replica’s own message)', async () => {
    // The replica serves "m1"; asking it via a second configured name it does not serve yields vLLM's 404.
    const s = await startStack({ model: 'other', replicas: 1, sim: { model: 'really-served' } });
    try {
      const r = await postJson(`${s.url}/v1/chat/completions`, chat('other'));
      assert.equal(r.status, 404);
      assert.match(String((r.json.error as { message: string }).message), /does not exist/);
      assert.equal(s.sims[0]!.stats().requests, 1, 'not retried');
    } finally {
      await s.close();
    }
  });

  it('echoes a safe x-request-id and replaces an unsafe one', async () => {
    const ok = await postJson(url(), chat('m1', { max_tokens: 1 }), { 'x-request-id': 'abc-123' });
    assert.equal(ok.headers.get('x-request-id'), 'abc-123');
    assert.equal(stack.sims[0]!.stats().lastRequests.at(-1)!.headers['x-request-id'], 'abc-123');
    const bad = await postJson(url(), chat('m1', { max_tokens: 1 }), { 'x-request-id': 'a'.repeat(500) });
    assert.notEqual(bad.headers.get('x-request-id'), 'a'.repeat(500));
    assert.ok(bad.headers.get('x-request-id')!.length <= 128);
    const hz = await fetch(`${stack.url}/healthz`, { headers: { 'x-request-id': 'hz-1' } });
    assert.equal(hz.headers.get('x-request-id'), 'hz-1');
  });

  it('/readyz is ready with a JSON summary; /healthz is alive', async () => {
    const r = await fetch(`${stack.url}/readyz`);
    assert.equal(r.status, 200);
    const j = (await r.json()) as { models: Array<{ name: string; ready: number; endpoints: Array<{ state: string }> }> };
    assert.equal(j.models[0]!.name, 'm1');
    assert.equal(j.models[0]!.endpoints[0]!.state, 'ready');
    assert.equal((await fetch(`${stack.url}/healthz`)).status, 200);
  });
});

describe('upstream failures', () => {
  it('502 upstream_unavailable when every attempt fails with 5xx', async () => {
    const stack = await startStack({ replicas: 2, sim: { faults: { error_rate: 1, error_status: 500 } } });
    try {
      const r = await postJson(`${stack.url}/v1/chat/completions`, chat('m1'));
      assert.equal(r.status, 502);
      assertOpenAIError(r, 'upstream_unavailable');
      assert.equal(r.headers.get('x-switchyard-attempts'), '1', 'a 500 is not retried');
      for (const sim of stack.sims) sim.setFaults({ error_status: 503 });
      const r503 = await postJson(`${stack.url}/v1/chat/completions`, chat('m1'));
      assert.equal(r503.status, 502);
      assert.equal(r503.headers.get('x-switchyard-attempts'), '2', 'a 503 is retried on the other replica');
    } finally {
      await stack.close();
    }
  });

  it('503 no_ready_endpoint with Retry-After when the model has no ready replica', async () => {
    const stack = await startStack({ replicas: 0, extraUrls: ['http://127.0.0.1:9'] });
    try {
      const r = await postJson(`${stack.url}/v1/chat/completions`, chat('m1'));
      assert.equal(r.status, 503);
      assertOpenAIError(r, 'no_ready_endpoint');
      assert.ok(Number(r.headers.get('retry-after')) >= 1);
    } finally {
      await stack.close();
    }
  });
});
