import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { metricValue, metricsText, postJson, startStack, type Stack } from '../helpers/stack.js';

describe('semantic cache', () => {
  let stack: Stack;
  let client: OpenAI;
  before(async () => {
    stack = await startStack({ replicas: 1, sim: { outputTokens: 12 }, config: { cache: { semantic: { enabled: true } } } });
    client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: 'x', maxRetries: 0 });
  });
  after(() => stack.close());

  const messages = (q: string) => [{ role: 'user' as const, content: q }];

  it('replays a stored non-streaming answer as a valid SSE stream, with usage when asked', async () => {
    const q = 'What is the capital of Australia and why was it chosen?';
    const first = await client.chat.completions.create({ model: 'm1', messages: messages(q) });
    const answer = first.choices[0]!.message.content!;
    assert.equal(stack.sims[0]!.stats().requests, 1);

    const raw = await postJson(`${stack.url}/v1/chat/completions`, { model: 'm1', messages: messages(q), stream: true });
    assert.equal(raw.headers.get('x-switchyard-cache'), 'hit');
    assert.ok(raw.text.trimEnd().endsWith('data: [DONE]'));

    const stream = await client.chat.completions.create({ model: 'm1', messages: messages(q), stream: true, stream_options: { include_usage: true } });
    let text = '';
    let pieces = 0;
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const c of stream) {
      const d = c.choices[0]?.delta.content;
      if (d) (text += d), pieces++;
      if (c.usage) usage = c.usage;
    }
    assert.equal(text, answer);
    assert.ok(pieces > 1, 'replayed in several chunks');
    assert.equal(usage?.completion_tokens, first.usage?.completion_tokens);
    assert.equal(stack.sims[0]!.stats().requests, 1, 'no further upstream request');
  });

  it('stores streamed answers once complete, and serves them to a non-streaming request', async () => {
    const q = 'Give me three tips for writing clean TypeScript code.';
    const stream = await client.chat.completions.create({ model: 'm1', messages: messages(q), stream: true });
    let streamed = '';
    for await (const c of stream) streamed += c.choices[0]?.delta.content ?? '';
    const before = stack.sims[0]!.stats().requests;
    const r = await postJson(`${stack.url}/v1/chat/completions`, { model: 'm1', messages: messages(q) });
    assert.equal(r.headers.get('x-switchyard-cache'), 'hit');
    assert.equal((r.json.choices as Array<{ message: { content: string } }>)[0]!.message.content, streamed);
    assert.equal(stack.sims[0]!.stats().requests, before);
  });

  it('never caches errors or cancelled streams', async () => {
    const q = 'This one fails upstream.';
    stack.sims[0]!.setFaults({ error_rate: 1, error_status: 500 });
    const bad = await postJson(`${stack.url}/v1/chat/completions`, { model: 'm1', messages: messages(q) });
    assert.equal(bad.status, 502);
    stack.sims[0]!.setFaults({ error_rate: 0 });
    const again = await postJson(`${stack.url}/v1/chat/completions`, { model: 'm1', messages: messages(q) });
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('x-switchyard-cache'), 'miss');
  });

  it('counts hits and misses', async () => {
    const text = await metricsText(stack);
    assert.ok((metricValue(text, 'llm_cache_hits_total') ?? 0) >= 3, 'hits');
    assert.ok((metricValue(text, 'llm_cache_misses_total') ?? 0) >= 3, 'misses');
  });
});
