import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SemanticCache } from '../../src/cache/semantic-cache.js';
import type { CachedResponse, CacheEntry, CacheStore } from '../../src/cache/store.js';

const answer = (content: string, finish_reason = 'stop'): CachedResponse => ({
  content,
  finish_reason,
  usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  model: 'qwen2.5-3b',
});

test('exact hit ignores case and spacing; other models miss', async () => {
  const cache = new SemanticCache();
  assert.equal(await cache.store('qwen2.5-3b', 'user: What is the capital of France?', answer('Paris.')), true);
  const hit = await cache.lookup('qwen2.5-3b', 'user:   what is the capital of france?');
  assert.ok(hit);
  assert.equal(hit.exact, true);
  assert.equal(hit.similarity, 1);
  assert.equal(hit.response.content, 'Paris.');
  assert.equal(await cache.lookup('llama-3-8b', 'user: What is the capital of France?'), undefined);
});

test('similarity hit for a near-duplicate; misses for different questions', async () => {
  const cache = new SemanticCache();
  await cache.store('m', 'user: How do I reverse a linked list in Java?', answer('Iterate with three pointers.'));
  const hit = await cache.lookup('m', 'user: How can I reverse a linked list in Java');
  assert.ok(hit);
  assert.equal(hit.exact, false);
  assert.ok(hit.similarity >= 0.92 && hit.similarity <= 1);
  assert.equal(await cache.lookup('m', 'user: How do I reverse a linked list in Python?'), undefined);
  assert.equal(await cache.lookup('m', 'user: How do I sort a linked list in Java?'), undefined);
});

test('numbers and negations must match for a similarity hit', async () => {
  const cache = new SemanticCache();
  await cache.store('m', 'user: what is 17 * 23?', answer('391'));
  assert.equal(await cache.lookup('m', 'user: what is 17 * 24?'), undefined);
  assert.ok(await cache.lookup('m', 'user: What is 17 * 23'));
  await cache.store('m', 'user: is it safe to mix bleach and vinegar', answer('No.'));
  assert.equal(await cache.lookup('m', 'user: is it not safe to mix bleach and vinegar'), undefined);
});

test('threshold is configurable; above 1 disables similarity hits', async () => {
  const strict = new SemanticCache({ similarityThreshold: 1.01 });
  await strict.store('m', 'user: How do I reverse a linked list in Java?', answer('x'));
  assert.equal(await strict.lookup('m', 'user: How can I reverse a linked list in Java'), undefined);
  const loose = new SemanticCache({ similarityThreshold: 0.5 });
  await loose.store('m', 'user: explain photosynthesis in simple terms', answer('x'));
  assert.ok(await loose.lookup('m', 'user: explain photosynthesis simply please'));
});

test('TTL and max_entries apply', async () => {
  let now = 0;
  const cache = new SemanticCache({ ttlSeconds: 60, maxEntries: 2, now: () => now });
  await cache.store('m', 'one', answer('1'));
  await cache.store('m', 'two', answer('2'));
  await cache.store('m', 'three', answer('3'));
  assert.equal(await cache.size(), 2);
  assert.equal(await cache.lookup('m', 'one'), undefined);
  now = 59_999;
  assert.ok(await cache.lookup('m', 'three'));
  now = 60_000;
  assert.equal(await cache.lookup('m', 'three'), undefined);
});

test('only completed answers are stored', async () => {
  const cache = new SemanticCache();
  assert.equal(await cache.store('m', 'a', answer('blocked', 'content_filter')), false);
  assert.equal(await cache.store('m', 'b', answer('', 'tool_calls')), false);
  assert.equal(await cache.store('m', 'c', answer('cut', 'length')), true);
  assert.equal(await cache.size(), 1);
});

test('a store without search still serves exact matches', async () => {
  const map = new Map<string, CacheEntry>();
  const exactOnly: CacheStore = {
    get: async (k) => map.get(k),
    set: async (e) => void map.set(e.key, e),
    delete: async (k) => void map.delete(k),
    clear: async () => map.clear(),
    size: async () => map.size,
  };
  const cache = new SemanticCache({ store: exactOnly });
  await cache.store('m', 'user: How do I reverse a linked list in Java?', answer('x'));
  assert.ok(await cache.lookup('m', 'user: how do i reverse a linked list in java?'));
  assert.equal(await cache.lookup('m', 'user: How can I reverse a linked list in Java'), undefined);
});
