import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmbeddingClassifier } from '../../src/semantic/embedding-classifier.js';
import type { CategoryConfig } from '../../src/semantic/category-config.js';

// Deterministic embeddings: bag of words hashed into 64 dimensions.
function embed(text: string): number[] {
  const v = new Array<number>(64).fill(0);
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    let h = 2166136261;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
    v[(h >>> 0) % 64]! += 1;
  }
  return v;
}

interface Fake {
  server: Server;
  url: string;
  requests: Array<{ auth: string | undefined; model: unknown; inputs: number }>;
  connections: number;
  failNext: number;
}

async function fakeEmbeddings(): Promise<Fake> {
  const fake: Fake = { server: undefined as unknown as Server, url: '', requests: [], connections: 0, failNext: 0 };
  fake.server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: unknown; input: string[] };
      fake.requests.push({ auth: req.headers.authorization, model: body.model, inputs: body.input.length });
      if (req.url !== '/v1/embeddings' || fake.failNext > 0) {
        fake.failNext = Math.max(0, fake.failNext - 1);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'boom' } }));
        return;
      }
      // Reversed order with explicit indices: the client must place vectors by index.
      const data = body.input.map((t, index) => ({ object: 'embedding', index, embedding: embed(t) })).reverse();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  fake.server.on('connection', () => fake.connections++);
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  return fake;
}

const categories: CategoryConfig[] = [
  { name: 'math', description: 'algebra equations derivative integral', examples: ['solve the equation for x', 'compute the derivative of the function', 'integral of a polynomial'] },
  { name: 'cooking', description: 'recipes baking kitchen', examples: ['bake bread in the oven', 'a recipe for pasta sauce', 'how long to boil eggs in the kitchen'], threshold: 0.3 },
];

test('embeds examples at start in batches, classifies by nearest centroid', async () => {
  const fake = await fakeEmbeddings();
  const clf = await createEmbeddingClassifier(categories, { baseUrl: fake.url, model: 'bge-small', apiKey: 'k', batchSize: 4 });
  try {
    const startup = fake.requests.length;
    assert.ok(startup >= 3, 'several batches');
    assert.ok(fake.requests.every((r) => r.inputs <= 4 && r.model === 'bge-small' && r.auth === 'Bearer k'));
    const m = await clf.classify('derivative of the equation');
    assert.equal(m.name, 'math');
    assert.equal(m.scores.length, 2);
    assert.equal(m.scores[0]!.name, 'math');
    assert.ok(m.confidence > m.scores[1]!.score);
    const c = await clf.classify('bake a recipe in the oven');
    assert.equal(c.name, 'cooking');
    assert.equal(c.threshold, 0.3);
    assert.equal(fake.requests.length, startup + 2);
    assert.ok(fake.connections <= 2 && fake.connections < fake.requests.length, 'keep-alive connections are reused');
    assert.equal(clf.dimensions, 64);
  } finally {
    await clf.close();
    fake.server.close();
  }
});

test('base URL with /v1 works; endpoint errors reject without echoing the prompt', async () => {
  const fake = await fakeEmbeddings();
  const clf = await createEmbeddingClassifier(categories, { baseUrl: `${fake.url}/v1/`, model: 'm' });
  try {
    fake.failNext = 1;
    await assert.rejects(clf.classify('my secret prompt text'), (err: Error) => /500/.test(err.message) && !err.message.includes('secret'));
    assert.equal((await clf.classify('solve for x')).name, 'math');
  } finally {
    await clf.close();
    fake.server.close();
  }
});

test('start-up fails cleanly when the endpoint is broken', async () => {
  const fake = await fakeEmbeddings();
  try {
    await assert.rejects(createEmbeddingClassifier(categories, { baseUrl: `${fake.url}/wrong`, model: 'm' }), /500/);
    await assert.rejects(createEmbeddingClassifier([], { baseUrl: fake.url, model: 'm' }), /at least one/);
  } finally {
    fake.server.close();
  }
});
