import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chat, metricsText, metricValue, postJson, startStack } from '../helpers/stack.js';

describe('gateway metrics', () => {
  it('exposes every listed series with the right labels, and token/cost counters match the replicas exactly', async () => {
    const stack = await startStack({ replicas: 2, sim: { outputTokens: 7, itlMs: 1 } });
    try {
      const url = `${stack.url}/v1/chat/completions`;
      const usages: Array<{ prompt_tokens: number; completion_tokens: number }> = [];
      for (let i = 0; i < 6; i++) {
        const r = await postJson(url, chat('m1', { max_tokens: 3 + i, messages: [{ role: 'user', content: `question number ${i} ${'x'.repeat(i * 9)}` }] }));
        usages.push(r.json.usage as { prompt_tokens: number; completion_tokens: number });
      }
      // Streaming without include_usage: the gateway still learns the counts.
      const s = await postJson(url, chat('m1', { stream: true, max_tokens: 5 }));
      assert.equal(s.status, 200);
      await postJson(url, chat('made-up-model'));
      await postJson(url, '{bad');
      const text = await metricsText(stack);
      // The replicas' own counters are the truth the gateway must match.
      let prompt = 0;
      let completion = 0;
      for (const sim of stack.sims) {
        const t = await (await fetch(`${sim.url}/metrics`)).text();
        prompt += metricValue(t, 'vllm:prompt_tokens_total') ?? 0;
        completion += metricValue(t, 'vllm:generation_tokens_total') ?? 0;
      }
      assert.equal(completion, usages.reduce((a, u) => a + u.completion_tokens, 0) + 5);
      assert.equal(metricValue(text, 'llm_model_prompt_tokens_total', { model: 'm1' }), prompt);
      assert.equal(metricValue(text, 'llm_model_completion_tokens_total', { model: 'm1' }), completion);
      const cost = metricValue(text, 'llm_model_cost_total', { model: 'm1', currency: 'USD' })!;
      assert.ok(Math.abs(cost - (prompt * 0.1 + completion * 0.3) / 1e6) < 1e-12);
      assert.equal(metricValue(text, 'llm_model_requests_total', { model: 'm1' }), 7);
      assert.equal(metricValue(text, 'llm_model_requests_total', { model: 'unknown' }), 2);
      assert.equal(metricValue(text, 'llm_request_errors_total', { model: 'unknown', reason: 'model_not_found' }), 1);
      assert.equal(metricValue(text, 'llm_request_errors_total', { model: 'unknown', reason: 'invalid_request' }), 1);
      assert.ok(!text.includes('made-up-model'), 'client-invented model names never become labels');
      for (const name of ['llm_model_completion_latency_seconds_count', 'llm_model_ttft_seconds_count', 'llm_model_tpot_seconds_count']) {
        assert.ok(metricValue(text, name, { model: 'm1' })! > 0, name);
      }
      assert.ok(metricValue(text, 'llm_gateway_overhead_seconds_count')! >= 9);
      const ep = stack.sims[0]!.url;
      assert.equal(metricValue(text, 'llm_endpoint_inflight_requests', { model: 'm1', endpoint: ep }), 0);
      assert.ok(metricValue(text, 'llm_upstream_requests_total', { model: 'm1', endpoint: ep, code: '200' })! > 0);
      assert.equal(metricValue(text, 'llm_endpoint_up', { model: 'm1', endpoint: ep }), 1);
    } finally {
      await stack.close();
    }
  });

  it('counts a client cancel as client_cancelled', async () => {
    const stack = await startStack({ replicas: 1, sim: { faults: { hang: true } } });
    try {
      const ac = new AbortController();
      const p = fetch(`${stack.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify(chat('m1')), signal: ac.signal });
      await new Promise((r) => setTimeout(r, 100));
      ac.abort();
      await assert.rejects(p);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(metricValue(await metricsText(stack), 'llm_request_errors_total', { model: 'm1', reason: 'client_cancelled' }), 1);
    } finally {
      await stack.close();
    }
  });
});
