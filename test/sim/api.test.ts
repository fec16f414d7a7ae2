import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { chatBody, postJson, sseEvents } from './helpers.js';

describe('sim: OpenAI-compatible API', () => {
  let sim: Simulator;
  before(async () => {
    sim = await startSimulator({ model: 'sim-test', port: 0, outputTokens: 8 });
  });
  after(() => sim.close());

  it('lists the model', async () => {
    const res = await fetch(`${sim.url}/v1/models`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { object: string; data: Array<{ id: string; object: string }> };
    assert.equal(body.object, 'list');
    assert.deepEqual(body.data.map((m) => [m.id, m.object]), [['sim-test', 'model']]);
  });

  it('answers a non-stream chat completion with usage', async () => {
    const { status, headers, body } = await postJson(`${sim.url}/v1/chat/completions`, chatBody({ max_tokens: 5 }));
    assert.equal(status, 200);
    assert.match(headers.get('content-type') ?? '', /application\/json/);
    const b = body as {
      id: string; object: string; model: string;
      choices: Array<{ index: number; message: { role: string; content: string }; finish_reason: string }>;
      usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
    };
    assert.match(b.id, /^chatcmpl-/);
    assert.equal(b.object, 'chat.completion');
    assert.equal(b.model, 'sim-test');
    assert.equal(b.choices[0]?.message.role, 'assistant');
    assert.equal(b.choices[0]?.message.content.split(' ').length, 5);
    assert.equal(b.choices[0]?.finish_reason, 'length');
    assert.equal(b.usage.completion_tokens, 5);
    assert.ok(b.usage.prompt_tokens > 0);
    assert.equal(b.usage.total_tokens, b.usage.prompt_tokens + 5);
  });

  it('is deterministic per prompt and uses output-tokens with finish_reason stop by default', async () => {
    const a = (await postJson(`${sim.url}/v1/chat/completions`, chatBody())).body as { choices: Array<{ message: { content: string }; finish_reason: string }>; usage: { completion_tokens: number } };
    const b = (await postJson(`${sim.url}/v1/chat/completions`, chatBody())).body as typeof a;
    assert.equal(a.choices[0]?.message.content, b.choices[0]?.message.content);
    assert.equal(a.usage.completion_tokens, 8);
    assert.equal(a.choices[0]?.finish_reason, 'stop');
  });

  it('streams chat chunks without usage unless include_usage is set', async () => {
    const res = await fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(chatBody({ stream: true, max_tokens: 3 })),
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const events = sseEvents(await res.text());
    assert.equal(events.at(-1), '[DONE]');
    const chunks = events.slice(0, -1) as Array<{ object: string; usage?: unknown; choices: Array<{ delta: { role?: string; content?: string }; finish_reason: string | null }> }>;
    assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant');
    const content = chunks.filter((c) => c.choices[0]?.delta.content);
    assert.equal(content.length, 3);
    assert.equal(chunks.at(-1)?.choices[0]?.finish_reason, 'length');
    for (const c of chunks) {
      assert.equal(c.object, 'chat.completion.chunk');
      assert.equal('usage' in c, false, 'vLLM omits usage on chunks when include_usage is off');
    }
  });

  it('adds one usage chunk with empty choices before [DONE] when include_usage is set', async () => {
    const res = await fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(chatBody({ stream: true, max_tokens: 4, stream_options: { include_usage: true } })),
    });
    const events = sseEvents(await res.text());
    assert.equal(events.at(-1), '[DONE]');
    const usageChunk = events.at(-2) as { choices: unknown[]; usage: { completion_tokens: number; prompt_tokens: number; total_tokens: number } };
    assert.deepEqual(usageChunk.choices, []);
    assert.equal(usageChunk.usage.completion_tokens, 4);
    assert.equal(usageChunk.usage.total_tokens, usageChunk.usage.prompt_tokens + 4);
    const others = events.slice(0, -2) as Array<Record<string, unknown>>;
    assert.ok(others.every((c) => !('usage' in c)), 'like vLLM (exclude_unset), only the final chunk has usage');
  });

  it('serves text completions, stream and non-stream', async () => {
    const { status, body } = await postJson(`${sim.url}/v1/completions`, { model: 'sim-test', prompt: 'Once upon a time', max_tokens: 6 });
    assert.equal(status, 200);
    const b = body as { object: string; choices: Array<{ text: string; finish_reason: string }>; usage: { completion_tokens: number } };
    assert.equal(b.object, 'text_completion');
    assert.equal(b.usage.completion_tokens, 6);
    assert.equal(b.choices[0]?.finish_reason, 'length');

    const res = await fetch(`${sim.url}/v1/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'sim-test', prompt: 'Once upon a time', max_tokens: 6, stream: true }),
    });
    const events = sseEvents(await res.text());
    const chunks = events.slice(0, -1) as Array<{ object: string; choices: Array<{ text: string }> }>;
    assert.equal(chunks.length, 6);
    assert.equal(chunks.map((c) => c.choices[0]?.text).join(''), b.choices[0]?.text, 'stream and non-stream agree');
  });

  it('returns deterministic unit-length embeddings of dim 64', async () => {
    const one = await postJson(`${sim.url}/v1/embeddings`, { model: 'sim-test', input: 'hello world' });
    assert.equal(one.status, 200);
    const b1 = one.body as { object: string; data: Array<{ embedding: number[]; index: number }>; usage: { prompt_tokens: number } };
    assert.equal(b1.object, 'list');
    assert.equal(b1.data[0]?.embedding.length, 64);
    assert.ok(b1.usage.prompt_tokens > 0);
    const norm = Math.hypot(...(b1.data[0]?.embedding ?? []));
    assert.ok(Math.abs(norm - 1) < 1e-9);
    const many = (await postJson(`${sim.url}/v1/embeddings`, { model: 'sim-test', input: ['hello world', 'other'] })).body as typeof b1;
    assert.equal(many.data.length, 2);
    assert.deepEqual(many.data[0]?.embedding, b1.data[0]?.embedding);
    assert.notDeepEqual(many.data[1]?.embedding, b1.data[0]?.embedding);
  });

  it('answers an unknown model with vLLM’s 404 and bad JSON with 400', async () => {
    const nf = await postJson(`${sim.url}/v1/chat/completions`, chatBody({ model: 'nope' }));
    assert.equal(nf.status, 404);
    assert.deepEqual(nf.body, { error: { message: 'The model `nope` does not exist.', type: 'NotFoundError', param: 'model', code: 404 } });
    const bad = await postJson(`${sim.url}/v1/chat/completions`, '{"model": ');
    assert.equal(bad.status, 400);
    const err = (bad.body as { error: { type: string; code: number; message: string } }).error;
    assert.equal(err.type, 'BadRequestError');
    assert.equal(err.code, 400);
  });

  it('records unknown body fields and headers in lastRequests', async () => {
    sim.resetStats();
    await postJson(`${sim.url}/v1/chat/completions`, chatBody({ chat_template_kwargs: { enable_thinking: false }, top_k: 5 }), {
      headers: { 'content-type': 'application/json', 'x-request-id': 'abc' },
    });
    const s = sim.stats();
    assert.equal(s.requests, 1);
    assert.equal(s.completed, 1);
    const last = s.lastRequests.at(-1);
    assert.equal(last?.path, '/v1/chat/completions');
    assert.deepEqual((last?.body as Record<string, unknown>).chat_template_kwargs, { enable_thinking: false });
    assert.equal(last?.headers['x-request-id'], 'abc');
  });

  it('forces an exact reply, byte for byte, through the openai client', async () => {
    const reply = 'Here is **markdown**\n\n<img src=x onerror=alert(1)> done.';
    sim.setReply(reply);
    try {
      const client = new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: 'test', maxRetries: 0 });
      const full = await client.chat.completions.create({ model: 'sim-test', messages: [{ role: 'user', content: 'x' }] });
      assert.equal(full.choices[0]?.message.content, reply);
      assert.equal(full.choices[0]?.finish_reason, 'stop');
      const stream = await client.chat.completions.create({
        model: 'sim-test', messages: [{ role: 'user', content: 'x' }], stream: true, stream_options: { include_usage: true },
      });
      let text = '';
      let usage: number | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        if (chunk.usage) usage = chunk.usage.completion_tokens;
      }
      assert.equal(text, reply);
      assert.equal(usage, full.usage?.completion_tokens);
    } finally {
      sim.setReply(null);
    }
  });

  it('exposes every vLLM metric name on its own registry', async () => {
    await postJson(`${sim.url}/v1/chat/completions`, chatBody({ max_tokens: 2 }));
    const res = await fetch(`${sim.url}/metrics`);
    assert.equal(res.status, 200);
    const text = await res.text();
    for (const name of [
      'vllm:num_requests_running', 'vllm:num_requests_waiting', 'vllm:kv_cache_usage_perc',
      'vllm:prompt_tokens_total', 'vllm:generation_tokens_total', 'vllm:request_success_total',
      'vllm:num_preemptions_total', 'vllm:time_to_first_token_seconds_bucket', 'vllm:e2e_request_latency_seconds_bucket',
      'vllm:inter_token_latency_seconds_bucket', 'vllm:request_queue_time_seconds_bucket',
      'sim_requests_aborted_total', 'sim_faults_injected_total',
    ]) {
      assert.ok(text.includes(`${name}{`), `missing ${name}`);
    }
    assert.match(text, /vllm:request_success_total\{model_name="sim-test",engine="0",finished_reason="length"\} [1-9]/);
  });

  it('reports health 200 with an empty body', async () => {
    const res = await fetch(`${sim.url}/health`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '');
  });
});
