import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vectorizer } from '../../src/semantic/vectorizer.js';
import { DenseScratch, cosine, norm } from '../../src/semantic/sparse.js';
import { stem, tokenize } from '../../src/semantic/tokenize.js';
import { FeatureTable } from '../../src/semantic/feature-table.js';

test('tokenizer folds numbers and years and keeps topic symbols', () => {
  assert.deepEqual(tokenize('in 1848 x^2 = 42, $5'), ['in', '<year>', 'x', '^', '<n>', '=', '<n>', '$', '<n>']);
  assert.equal(stem('studies'), 'study');
  assert.equal(stem('walked'), 'walk');
  assert.equal(stem('glass'), 'glass');
});

test('vectors are L2-normalised and similar texts are closer than unrelated ones', () => {
  const v = new Vectorizer().fit(['the cat sat on the mat', 'stock markets fell sharply', 'cats like mats']);
  const a = v.transform('The cat sat on the mat.');
  const b = v.transform('the cats sat on a mat');
  const c = v.transform('Stock markets fell sharply today');
  assert.ok(Math.abs(norm(a) - 1) < 1e-5);
  const s = new DenseScratch(v.dims);
  assert.ok(cosine(a, b, s) > 0.6);
  assert.ok(cosine(a, c, s) < 0.2);
  assert.ok(Math.abs(cosine(a, a, s) - 1) < 1e-5);
  assert.equal(v.transform('').idx.length, 0);
});

test('transform is deterministic and reuses no state between calls', () => {
  const v = new Vectorizer().fit(['alpha beta', 'gamma']);
  const x1 = v.transform('alpha beta gamma');
  v.transform('something else entirely');
  const x2 = v.transform('alpha beta gamma');
  assert.deepEqual([...x1.idx], [...x2.idx]);
  assert.deepEqual([...x1.val], [...x2.val]);
});

test('feature table interns and grows', () => {
  const t = new FeatureTable(2);
  for (let i = 0; i < 1000; i++) assert.equal(t.intern(i * 7919), i);
  for (let i = 0; i < 1000; i++) assert.equal(t.get(i * 7919), i);
  assert.equal(t.get(5), -1);
  assert.equal(t.size, 1000);
});
