import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Stream } from 'openai/streaming';
import {
  BLOCK_ERROR_CODES,
  blockedErrorBody,
  contentFilterCompletion,
  contentFilterSse,
  contentFilterTextCompletion,
  contentFilterTextSse,
} from '../../src/guards/content-filter-response.js';
import type { ChatCompletionChunk, TextCompletionBody } from '../../src/cache/sse-replay.js';

test('non-streaming block: one choice, finish_reason content_filter, explanatory content', () => {
  const body = contentFilterCompletion({ reason: 'jailbreak', model: 'auto' });
  assert.equal(body.object, 'chat.completion');
  assert.equal(body.choices.length, 1);
  assert.equal(body.choices[0]!.finish_reason, 'content_filter');
  assert.equal(body.choices[0]!.message.role, 'assistant');
  assert.match(body.choices[0]!.message.content, /blocked/);
  assert.deepEqual(body.usage, { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
  assert.equal(contentFilterCompletion({ reason: 'pii', model: 'auto', explain: false }).choices[0]!.message.content, '');
  const text = contentFilterTextCompletion({ reason: 'pii', model: 'm', piiTypes: ['US_SSN'] });
  assert.equal(text.choices[0]!.finish_reason, 'content_filter');
  assert.match(text.choices[0]!.text, /US_SSN/);
});

async function parse<T>(sse: string): Promise<T[]> {
  const out: T[] = [];
  for await (const c of Stream.fromSSEResponse<T>(new Response(sse), new AbortController())) out.push(c);
  return out;
}

test('streaming block is a valid SSE sequence ending in [DONE]', async () => {
  for (const includeUsage of [false, true]) {
    const sse = contentFilterSse({ reason: 'pii', model: 'auto', piiTypes: ['EMAIL_ADDRESS'], includeUsage });
    assert.ok(sse.endsWith('data: [DONE]\n\n'));
    const chunks = await parse<ChatCompletionChunk>(sse);
    assert.deepEqual(chunks[0]!.choices[0]!.delta, { role: 'assistant', content: '' });
    const finish = chunks.filter((c) => c.choices[0]?.finish_reason);
    assert.equal(finish.length, 1);
    assert.equal(finish[0]!.choices[0]!.finish_reason, 'content_filter');
    assert.match(chunks.map((c) => c.choices[0]?.delta.content ?? '').join(''), /EMAIL_ADDRESS/);
    assert.equal(chunks.some((c) => c.choices.length === 0 && c.usage), includeUsage);
  }
  const legacy = await parse<TextCompletionBody>(contentFilterTextSse({ reason: 'jailbreak', model: 'm' }));
  assert.equal(legacy[legacy.length - 1]!.choices[0]!.finish_reason, 'content_filter');
});

test('error body for block_response: error', () => {
  assert.deepEqual(blockedErrorBody('jailbreak').error.code, 'jailbreak_blocked');
  const pii = blockedErrorBody('pii', ['PHONE_NUMBER']);
  assert.equal(pii.error.code, BLOCK_ERROR_CODES.pii);
  assert.equal(pii.error.type, 'invalid_request_error');
  assert.match(pii.error.message, /PHONE_NUMBER/);
});
