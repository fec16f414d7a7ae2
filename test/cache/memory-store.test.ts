import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStore } from '../../src/cache/memory-store.js';
import type { CacheEntry } from '../../src/cache/store.js';
import { Vectorizer } from '../../src/semantic/vectorizer.js';

const vectorizer = new Vectorizer().fit(['what is the capital of france', 'reverse a linked list', 'bake bread at home']);

function entry(key: string, text: string, now: number, model = 'm', ttl = 1000): CacheEntry {
  return {
    key,
    model,
    text,
    vector: vectorizer.transform(text),
    response: { content: `answer ${key}`, finish_reason: 'stop', usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 }, model },
    createdAt: now,
    expiresAt: now + ttl,
  };
}

test('LRU: the least recently used entry is evicted at max_entries', async () => {
  const store = new MemoryStore({ maxEntries: 2, now: () => 0 });
  await store.set(entry('a', 'alpha', 0));
  await store.set(entry('b', 'beta', 0));
  assert.ok(await store.get('a')); // a is now more recent than b
  await store.set(entry('c', 'gamma', 0));
  assert.equal(await store.size(), 2);
  assert.equal(await store.get('b'), undefined);
  assert.ok(await store.get('a'));
  assert.ok(await store.get('c'));
});

test('TTL: expired entries are not returned and are dropped', async () => {
  let now = 0;
  const store = new MemoryStore({ now: () => now });
  await store.set(entry('a', 'what is the capital of france', 0, 'm', 1000));
  now = 999;
  assert.ok(await store.get('a'));
  now = 1000;
  assert.equal(await store.get('a'), undefined);
  assert.equal(await store.size(), 0);
  await store.set(entry('b', 'what is the capital of france', now, 'm', 10));
  now = 2000;
  assert.deepEqual(await store.search('m', vectorizer.transform('what is the capital of france'), 0.5, 5), []);
});

test('search finds similar entries of the same model only, best first', async () => {
  const store = new MemoryStore({ now: () => 0 });
  await store.set(entry('fr', 'what is the capital of france', 0, 'm1'));
  await store.set(entry('fr2', 'what is the capital of france', 0, 'm2'));
  await store.set(entry('ll', 'reverse a linked list', 0, 'm1'));
  const hits = await store.search('m1', vectorizer.transform('What is the capital of France?'), 0.9, 5);
  assert.deepEqual(hits.map((h) => h.entry.key), ['fr']);
  assert.ok(hits[0]!.similarity > 0.99);
  assert.deepEqual(await store.search('m3', vectorizer.transform('what is the capital of france'), 0.5, 5), []);
});

test('delete, overwrite and clear keep the index consistent', async () => {
  const store = new MemoryStore({ now: () => 0 });
  await store.set(entry('a', 'bake bread at home', 0));
  await store.set(entry('a', 'reverse a linked list', 0));
  assert.equal(await store.size(), 1);
  assert.deepEqual(await store.search('m', vectorizer.transform('bake bread at home'), 0.9, 5), []);
  assert.equal((await store.search('m', vectorizer.transform('reverse a linked list'), 0.9, 5)).length, 1);
  await store.delete('a');
  assert.equal(await store.size(), 0);
  assert.deepEqual(await store.search('m', vectorizer.transform('reverse a linked list'), 0.1, 5), []);
  await store.set(entry('b', 'bake bread at home', 0));
  await store.clear();
  assert.equal(await store.size(), 0);
});
