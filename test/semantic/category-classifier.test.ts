import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCategoryClassifier } from '../../src/semantic/category-classifier.js';
import { BUILTIN_CATEGORIES, BUILTIN_CATEGORY_NAMES } from '../../src/semantic/builtin-categories.js';

const builtin = createCategoryClassifier();

test('built-in set has the 14 MMLU-Pro subjects with descriptions and dozens of examples', () => {
  assert.deepEqual([...BUILTIN_CATEGORY_NAMES].sort(), [
    'biology', 'business', 'chemistry', 'computer science', 'economics', 'engineering', 'health',
    'history', 'law', 'math', 'other', 'philosophy', 'physics', 'psychology',
  ]);
  for (const c of BUILTIN_CATEGORIES) {
    assert.ok(c.description.length > 40, c.name);
    assert.ok(c.examples.length >= 40, c.name);
    assert.ok((c.keywords?.length ?? 0) >= 150, c.name);
  }
});

test('routes clear prompts of each subject to it with confidence above 0.5', () => {
  const cases: Array<[string, string]> = [
    ['Find the derivative of 3x^4 - 2x and evaluate it at x = 1.', 'math'],
    ['My Python list comprehension raises an IndexError, how do I debug it?', 'computer science'],
    ['What was the significance of the Treaty of Westphalia in 1648?', 'history'],
    ['Balance the redox equation for permanganate reacting with iron(II) ions.', 'chemistry'],
    ['Can my landlord evict me without a court order?', 'law'],
    ['What are the symptoms of a vitamin B12 deficiency and how is it treated?', 'health'],
  ];
  for (const [text, label] of cases) {
    const r = builtin.classify(text);
    assert.equal(r.name, label, text);
    assert.ok(r.confident && r.confidence >= 0.5, `${text}: ${r.confidence}`);
  }
});

test('result shape: probabilities sorted, summing to at most 1, threshold reported', () => {
  const r = builtin.classify('How does natural selection shape the beaks of finches?');
  assert.equal(r.scores.length, 14);
  for (let i = 1; i < r.scores.length; i++) assert.ok(r.scores[i - 1]!.score >= r.scores[i]!.score);
  const sum = r.scores.reduce((s, x) => s + x.score, 0);
  assert.ok(sum > 0 && sum <= 1 + 1e-9);
  assert.equal(r.scores[0]!.name, r.name);
  assert.equal(r.scores[0]!.score, r.confidence);
  assert.equal(r.threshold, 0.5);
});

test('topic-free text stays below the default threshold', () => {
  for (const t of ['', 'ok thanks', 'continue please', 'hmm']) {
    const r = builtin.classify(t);
    assert.ok(r.confidence < 0.5, `${JSON.stringify(t)} -> ${r.name} ${r.confidence}`);
  }
});

test('custom categories from config, with per-category thresholds and a single category', () => {
  const clf = createCategoryClassifier([
    { name: 'math', description: 'arithmetic, algebra, calculus, proofs, probability', examples: ['solve 3x + 7 = 22', 'what is the derivative of x^2 sin x'], threshold: 0.4 },
    { name: 'cooking', description: 'recipes, baking, kitchen techniques', examples: ['how long do I boil an egg', 'give me a lasagna recipe'], threshold: 0.9 },
  ]);
  const m = clf.classify('integrate x^3 and solve for the constant');
  assert.equal(m.name, 'math');
  assert.equal(m.threshold, 0.4);
  const c = clf.classify('what temperature should I bake bread at');
  assert.equal(c.name, 'cooking');
  assert.equal(c.threshold, 0.9);
  assert.ok(clf.classify('thanks').confidence < 0.5);

  const single = createCategoryClassifier([{ name: 'only', description: 'kubernetes deployments', examples: ['scale my deployment'] }]);
  assert.ok(single.classify('how do I scale a kubernetes deployment').confidence > single.classify('hello').confidence);
});

test('deterministic across builds', () => {
  const cats = BUILTIN_CATEGORIES.slice(0, 3);
  const a = createCategoryClassifier(cats).classify('the economy of medieval trade');
  const b = createCategoryClassifier(cats).classify('the economy of medieval trade');
  assert.deepEqual(a, b);
});

test('rejects empty or duplicate category sets', () => {
  assert.throws(() => createCategoryClassifier([]), /at least one/);
  assert.throws(() => createCategoryClassifier([
    { name: 'a', description: 'x', examples: [] },
    { name: 'a', description: 'y', examples: [] },
  ]), /duplicate/);
  assert.throws(() => createCategoryClassifier([{ name: 'a', description: '', examples: [] }]), /needs/);
});
