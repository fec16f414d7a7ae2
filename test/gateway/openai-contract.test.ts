import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { startStack, waitFor, type Stack } from '../helpers/stack.js';

describe('OpenAI SDK against the gateway', () => {
  let stack: Stack;
  let client: OpenAI;

  before(async () => {
    stack = await startStack({ model: 'm1', replicas: 2, sim: { outputTokens: 8, itlMs: 2 } });
    client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: 'unused', maxRetries: 0 });
  });
  after(() => stack.close());

  it('lists the configured models', async () => {
    const page = await client.models.list();
    assert.deepEqual(page.data.map((m) => m.id), ['m1']);
  });

  it('answers a non-streaming chat completion with usage', async () => {
    const r = await client.chat.completions.create({ model: 'm1', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 5 });
    assert.equal(r.object, 'chat.completion');
    assert.ok(r.choices[0]!.message.content!.length > 0);
    assert.equal(r.usage?.completion_tokens, 5);
  });

  it('answers completions and embeddings', async () => {
    const c = await client.completions.create({ model: 'm1', prompt: 'Once upon', max_tokens: 3 });
    assert.equal(c.usage?.completion_tokens, 3);
    const e = await client.embeddings.create({ model: 'm1', input: ['a', 'b'] });
    assert.equal(e.data.length, 2);
  });

  it('streams text in pieces, without a usage chunk unless asked', async () => {
    const stream = await client.chat.completions.create({ model: 'm1', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 6, stream: true });
    const pieces: string[] = [];
    let sawUsage = false;
    for await (const chunk of stream) {
      if (chunk.usage) sawUsage = true;
      const d = chunk.choices[0]?.delta.content;
      if (d) pieces.push(d);
    }
    assert.equal(pieces.length, 6);
    assert.equal(sawUsage, false, 'usage chunk must be stripped when the client did not ask for it');
  });

  it('streams with the usage chunk last when include_usage is set', async () => {
    const stream = await client.chat.completions.create({
      model: 'm1',
      messages: [{ role: 'user', content: 'Hi' }],
      max_tokens: 4,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const last = chunks.at(-1)!;
    assert.deepEqual(last.choices, []);
    assert.equal(last.usage?.completion_tokens, 4);
  });

  it('raises NotFoundError for an unknown model', async () => {
    await assert.rejects(
      client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'Hi' }] }),
      (err: unknown) => err instanceof OpenAI.NotFoundError && (err.error as { code?: string }).code === 'model_not_found',
    );
  });

  it('aborting the request makes the replica count an aborted request quickly', async () => {
    for (const s of stack.sims) s.resetStats();
    stack.sims.forEach((s) => s.setFaults({ hang: true }));
    try {
      const ac = new AbortController();
      const p = client.chat.completions.create({ model: 'm1', messages: [{ role: 'user', content: 'Hi' }] }, { signal: ac.signal });
      await waitFor(() => stack.sims.some((s) => s.stats().requests > 0), 2_000, 'request at replica');
      const t0 = performance.now();
      ac.abort();
      await assert.rejects(p);
      // The bound is 100 ms; the test allows 10× (see bench for the measured figure).
      await waitFor(() => stack.sims.some((s) => s.stats().aborted === 1), 1_000, 'replica to see the abort');
      assert.ok(performance.now() - t0 < 1_000);
    } finally {
      stack.sims.forEach((s) => s.setFaults({ hang: false }));
    }
  });

  it('aborting a stream mid-way cancels it at the replica', async () => {
    for (const s of stack.sims) s.resetStats();
    const ac = new AbortController();
    const slow = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: 'x', maxRetries: 0 });
    stack.sims.forEach((s) => s.setFaults({}));
    const stream = await slow.chat.completions.create(
      { model: 'm1', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 4000, stream: true },
      { signal: ac.signal },
    );
    let n = 0;
    // The SDK ends iteration quietly on abort; what matters is what the replica saw.
    await (async () => {
      for await (const _ of stream) if (++n === 3) ac.abort();
    })().catch(() => undefined);
    assert.ok(n >= 3 && n < 4000);
    await waitFor(() => stack.sims.some((s) => s.stats().aborted === 1), 1_000, 'replica to see the stream abort');
  });
});

describe('OpenAI SDK when no replica is ready', () => {
  it('raises the SDK 503 error with Retry-After', async () => {
    const stack = await startStack({ model: 'm1', replicas: 0, extraUrls: ['http://127.0.0.1:9'] });
    try {
      const client = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: 'x', maxRetries: 0 });
      await assert.rejects(
        client.chat.completions.create({ model: 'm1', messages: [{ role: 'user', content: 'Hi' }] }),
        (err: unknown) => err instanceof OpenAI.APIError && err.status === 503 && Number(err.headers?.get('retry-after')) >= 1,
      );
    } finally {
      await stack.close();
    }
  });
});
