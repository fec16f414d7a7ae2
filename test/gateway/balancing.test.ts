import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chat, postJson, startStack } from '../helpers/stack.js';

describe('endpoint selection', () => {
  it('spreads load by weight within ±10% over 1,000 requests', async () => {
    const stack = await startStack({ replicas: 2, weights: [1, 3] });
    try {
      const N = 1_000;
      const batch = 20;
      for (let i = 0; i < N; i += batch) {
        await Promise.all(Array.from({ length: batch }, () => postJson(`${stack.url}/v1/chat/completions`, chat('m1', { max_tokens: 1 }))));
      }
      const [a, b] = stack.sims.map((s) => s.stats().completed);
      assert.equal(a! + b!, N);
      const shareB = b! / N;
      assert.ok(Math.abs(shareB - 0.75) <= 0.075, `weight-3 replica got ${(shareB * 100).toFixed(1)}%, expected 75% ± 10%`);
    } finally {
      await stack.close();
    }
  });

  it('skips an endpoint that cannot be connected to, with no client error', async () => {
    // Health checks off: the dead endpoint starts routable, so only the retry path can save requests.
    const stack = await startStack({ replicas: 1, extraUrls: ['http://127.0.0.1:9'], config: { health_check: { enabled: false }, outlier: { consecutive_failures: 1000 } } });
    try {
      const results = await Promise.all(Array.from({ length: 40 }, () => postJson(`${stack.url}/v1/chat/completions`, chat('m1', { max_tokens: 1 }))));
      assert.deepEqual(new Set(results.map((r) => r.status)), new Set([200]));
      assert.ok(results.some((r) => r.headers.get('x-switchyard-attempts') === '2'), 'some requests needed a second attempt');
    } finally {
      await stack.close();
    }
  });

  it('forwards unknown fields (vLLM extensions) unchanged', async () => {
    const stack = await startStack({ replicas: 1 });
    try {
      const body = chat('m1', { chat_template_kwargs: { enable_thinking: false }, top_k: 20, min_p: 0.05, guided_json: { type: 'object' } });
      const r = await postJson(`${stack.url}/v1/chat/completions`, body);
      assert.equal(r.status, 200);
      const seen = stack.sims[0]!.stats().lastRequests.at(-1)!.body as Record<string, unknown>;
      assert.deepEqual(seen.chat_template_kwargs, { enable_thinking: false });
      assert.equal(seen.top_k, 20);
      assert.equal(seen.min_p, 0.05);
      assert.deepEqual(seen.guided_json, { type: 'object' });
    } finally {
      await stack.close();
    }
  });

  it('asks upstream for usage on a stream without changing the client-visible stream', async () => {
    const stack = await startStack({ replicas: 1 });
    try {
      const r = await postJson(`${stack.url}/v1/chat/completions`, chat('m1', { stream: true, max_tokens: 3 }));
      const seen = stack.sims[0]!.stats().lastRequests.at(-1)!.body as Record<string, unknown>;
      assert.deepEqual(seen.stream_options, { include_usage: true });
      assert.ok(!r.text.includes('"usage":{'), 'usage-only chunk removed');
      assert.ok(r.text.trimEnd().endsWith('data: [DONE]'));
    } finally {
      await stack.close();
    }
  });
});
