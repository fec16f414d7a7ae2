import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { chatBody, postJson, sseEvents, waitFor } from './helpers.js';

describe('sim: timing, queueing and aborts', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('delivers stream chunks as separate events spaced by the inter-token latency', async () => {
    sim = await startSimulator({ model: 'sim-test', ttftMs: 20, itlMs: 25 });
    const res = await fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(chatBody({ stream: true, max_tokens: 5 })),
    });
    assert.equal(res.status, 200);
    const decoder = new TextDecoder();
    const reads: Array<{ at: number; text: string }> = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      reads.push({ at: performance.now(), text: decoder.decode(chunk, { stream: true }) });
    }
    const withContent = reads.filter((r) => r.text.includes('"content":"') && !r.text.includes('"content":""'));
    assert.ok(withContent.length >= 4, `expected tokens in separate reads, got ${reads.length} reads`);
    const spread = (withContent.at(-1)?.at ?? 0) - (withContent[0]?.at ?? 0);
    assert.ok(spread >= 50, `tokens should be spread over time, spread ${spread.toFixed(1)} ms`);
    const events = sseEvents(reads.map((r) => r.text).join(''));
    assert.equal(events.at(-1), '[DONE]');
  });

  it('holds non-stream headers until generation is done', async () => {
    sim = await startSimulator({ model: 'sim-test', ttftMs: 60, itlMs: 10 });
    const t0 = performance.now();
    const res = await fetch(`${sim.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify(chatBody({ max_tokens: 5 })) });
    const headersAfter = performance.now() - t0;
    await res.text();
    assert.ok(headersAfter >= 80, `headers came after ${headersAfter.toFixed(1)} ms`);
  });

  it('queues beyond max-concurrency (FIFO) and shows waiting requests', async () => {
    sim = await startSimulator({ model: 'sim-test', ttftMs: 0, itlMs: 20, maxConcurrency: 1 });
    const s = sim;
    const started = [1, 2, 3].map((n) => postJson(`${s.url}/v1/chat/completions`, chatBody({ max_tokens: 4, n_tag: n })));
    await waitFor(() => s.stats().waiting === 2 && s.stats().running === 1);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    assert.match(metrics, /vllm:num_requests_waiting\{model_name="sim-test",engine="0"\} 2/);
    assert.match(metrics, /vllm:kv_cache_usage_perc\{model_name="sim-test",engine="0"\} 1/);
    const results = await Promise.all(started);
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200]);
    const after = s.stats();
    assert.equal(after.completed, 3);
    assert.equal(after.waiting, 0);
    assert.equal(after.running, 0);
  });

  it('counts an abort within 100 ms and frees the slot for the next request', async () => {
    sim = await startSimulator({ model: 'sim-test', ttftMs: 0, itlMs: 40, maxConcurrency: 1 });
    const s = sim;
    const controller = new AbortController();
    const res = await fetch(`${s.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(chatBody({ stream: true, max_tokens: 200 })),
      signal: controller.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    assert.equal(s.stats().running, 1);
    controller.abort();
    await reader.cancel().catch(() => undefined);
    const elapsed = await waitFor(() => s.stats().aborted === 1, 1000, 2);
    assert.ok(elapsed < 100, `abort counted after ${elapsed.toFixed(1)} ms`);
    assert.equal(s.stats().running, 0);
    const next = await postJson(`${s.url}/v1/chat/completions`, chatBody({ max_tokens: 1 }));
    assert.equal(next.status, 200);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    assert.match(metrics, /sim_requests_aborted_total\{model_name="sim-test",engine="0"\} 1/);
  });

  it('counts a client that leaves while queued as aborted without ever running it', async () => {
    sim = await startSimulator({ model: 'sim-test', ttftMs: 0, itlMs: 30, maxConcurrency: 1 });
    const s = sim;
    const first = postJson(`${s.url}/v1/chat/completions`, chatBody({ max_tokens: 5 }));
    const controller = new AbortController();
    const queued = postJson(`${s.url}/v1/chat/completions`, chatBody({ max_tokens: 5 }), { signal: controller.signal });
    await waitFor(() => s.stats().waiting === 1);
    controller.abort();
    await assert.rejects(queued);
    await waitFor(() => s.stats().aborted === 1 && s.stats().waiting === 0);
    assert.equal((await first).status, 200);
    assert.equal(s.stats().completed, 1);
  });

  it('serves many zero-latency requests without timers piling up', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    const s = sim;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => postJson(`${s.url}/v1/chat/completions`, chatBody({ max_tokens: 3, stream: i % 2 === 0 ? undefined : false }))),
    );
    assert.ok(results.every((r) => r.status === 200));
    assert.equal(s.stats().completed, 200);
  });
});
