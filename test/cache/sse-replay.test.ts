import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { Stream } from 'openai/streaming';
import {
  chatCompletionChunks,
  chatCompletionFrom,
  chatCompletionSse,
  splitContent,
  textCompletionFrom,
  textCompletionSse,
  type ChatCompletionChunk,
} from '../../src/cache/sse-replay.js';
import { StreamCapture, cachedFromCompletion } from '../../src/cache/capture.js';
import type { CachedResponse } from '../../src/cache/store.js';

const cached: CachedResponse = {
  content: 'Paris is the capital of France. It has been since the 10th century — mostly. 🇫🇷 Ünïcode ok.',
  finish_reason: 'stop',
  usage: { prompt_tokens: 12, completion_tokens: 21, total_tokens: 33 },
  model: 'qwen2.5-3b',
};

/** Strict SSE framing: only `data: <json>` events separated by blank lines, ending in [DONE]. */
function strictEvents(body: string): unknown[] {
  assert.ok(body.endsWith('data: [DONE]\n\n'), 'ends with [DONE]');
  const events = body.split('\n\n');
  assert.equal(events.pop(), '');
  assert.equal(events.pop(), 'data: [DONE]');
  return events.map((e) => {
    assert.match(e, /^data: \{.*\}$/s);
    assert.ok(!e.slice(6).includes('\n'), 'one line per event');
    return JSON.parse(e.slice(6)) as unknown;
  });
}

test('content splitting is lossless and never splits a surrogate pair', () => {
  for (const s of ['', 'a', cached.content, 'x'.repeat(200), '日本語のテキストは空白がありません'.repeat(5), '  leading and trailing  ', '🙂'.repeat(60)]) {
    const pieces = splitContent(s, 8);
    assert.equal(pieces.join(''), s);
    for (const p of pieces) assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p), JSON.stringify(p));
  }
});

test('chunk sequence: role, several content chunks, finish, usage only when asked, [DONE]', () => {
  const plain = strictEvents(chatCompletionSse(cached, { id: 'chatcmpl-1', created: 1 })) as ChatCompletionChunk[];
  assert.deepEqual(plain[0]!.choices[0]!.delta, { role: 'assistant', content: '' });
  assert.ok(plain.length >= 5, 'content arrives in several chunks');
  const last = plain[plain.length - 1]!;
  assert.equal(last.choices[0]!.finish_reason, 'stop');
  assert.deepEqual(last.choices[0]!.delta, {});
  assert.equal(plain.map((c) => c.choices[0]!.delta.content ?? '').join(''), cached.content);
  for (const c of plain) {
    assert.equal(c.object, 'chat.completion.chunk');
    assert.equal(c.id, 'chatcmpl-1');
    assert.equal('usage' in c, false);
  }
  const withUsage = strictEvents(chatCompletionSse(cached, { includeUsage: true })) as ChatCompletionChunk[];
  const u = withUsage[withUsage.length - 1]!;
  assert.deepEqual(u.choices, []);
  assert.deepEqual(u.usage, cached.usage);
  for (const c of withUsage.slice(0, -1)) assert.equal(c.usage, null);
  assert.equal(new Set(withUsage.map((c) => c.id)).size, 1);
});

test('the openai package stream parser reads the replay', async () => {
  const body = chatCompletionSse(cached, { includeUsage: true });
  const stream = Stream.fromSSEResponse<ChatCompletionChunk>(new Response(body), new AbortController());
  let text = '';
  let finish: string | null = null;
  let usage: unknown;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta.content ?? '';
    finish = chunk.choices[0]?.finish_reason ?? finish;
    if (chunk.usage) usage = chunk.usage;
  }
  assert.equal(text, cached.content);
  assert.equal(finish, 'stop');
  assert.deepEqual(usage, cached.usage);
});

async function serve(handler: (body: { stream?: boolean; stream_options?: { include_usage?: boolean } }, path: string) => { type: string; body: string }): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const out = handler(JSON.parse(raw) as { stream?: boolean }, req.url ?? '');
      res.writeHead(200, { 'content-type': out.type });
      res.end(out.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` };
}

test('the official client accumulates replayed streams and bodies (chat and completions)', async () => {
  const { server, url } = await serve((body, path) => {
    const opts = { includeUsage: body.stream_options?.include_usage === true };
    if (path.endsWith('/chat/completions')) {
      return body.stream ? { type: 'text/event-stream', body: chatCompletionSse(cached, opts) } : { type: 'application/json', body: JSON.stringify(chatCompletionFrom(cached)) };
    }
    return body.stream ? { type: 'text/event-stream', body: textCompletionSse(cached, opts) } : { type: 'application/json', body: JSON.stringify(textCompletionFrom(cached)) };
  });
  try {
    const client = new OpenAI({ baseURL: url, apiKey: 'test', maxRetries: 0 });
    const runner = client.chat.completions.stream({ model: 'auto', messages: [{ role: 'user', content: 'hi' }], stream_options: { include_usage: true } });
    const final = await runner.finalChatCompletion();
    assert.equal(final.choices[0]!.message.content, cached.content);
    assert.equal(final.choices[0]!.finish_reason, 'stop');
    assert.deepEqual(final.usage, cached.usage);

    const plain = await client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(plain.choices[0]!.message.content, cached.content);
    assert.equal(plain.object, 'chat.completion');

    let text = '';
    const legacy = await client.completions.create({ model: 'auto', prompt: 'hi', stream: true });
    for await (const c of legacy) text += c.choices[0]?.text ?? '';
    assert.equal(text, cached.content);
    const legacyPlain = await client.completions.create({ model: 'auto', prompt: 'hi' });
    assert.equal(legacyPlain.choices[0]!.text, cached.content);
  } finally {
    server.close();
  }
});

test('stream capture rebuilds what was streamed, and only complete streams', () => {
  const sse = chatCompletionSse(cached, { includeUsage: true });
  for (const cut of [1, 7, 50, sse.length - 3]) {
    const cap = new StreamCapture();
    cap.pushSse(sse.slice(0, cut));
    cap.pushSse(sse.slice(cut));
    assert.deepEqual(cap.result(), cached);
  }
  const interrupted = new StreamCapture();
  interrupted.pushSse(sse.slice(0, sse.indexOf('"finish_reason":"stop"') - 40));
  assert.equal(interrupted.result(), undefined);
  const noDone = new StreamCapture();
  for (const c of chatCompletionChunks(cached)) noDone.push(c);
  assert.equal(noDone.result(), undefined);
  noDone.end();
  assert.deepEqual(noDone.result(), { ...cached, usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } });
});

test('capture from non-streaming bodies', () => {
  assert.deepEqual(cachedFromCompletion(chatCompletionFrom(cached)), cached);
  assert.deepEqual(cachedFromCompletion(textCompletionFrom(cached)), cached);
  assert.equal(cachedFromCompletion({ choices: [] }), undefined);
  assert.equal(cachedFromCompletion({ model: 'm', choices: [{ finish_reason: 'tool_calls', message: { content: null, tool_calls: [{}] } }] }), undefined);
  assert.equal(cachedFromCompletion('nope'), undefined);
});
