import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { request } from 'undici';
import { startStack } from '../helpers/stack.js';

type Case = { body: Buffer; headers: Record<string, string>; path: string };

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const hostileNumber = fc.constantFrom(1e308, -1e308, -1, 2 ** 53 + 1, 0.5, Number.MAX_SAFE_INTEGER, -0);
const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));

/** Requests that are wrong in at least one way the gateway itself must catch. */
const invalidBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ model: notAString, messages: fc.constant([{ role: 'user', content: 'hi' }]) }),
  fc.record({ model: fc.constant('m1'), messages: fc.oneof(notAString.filter((v) => !Array.isArray(v) || v.length === 0), fc.constant([])) }),
  fc.record({ model: fc.constant('m1'), messages: fc.array(fc.oneof(fc.integer(), fc.string(), fc.record({ role: notAString })), { minLength: 1, maxLength: 3 }) }),
  fc.record({ model: fc.constant('m1'), messages: fc.constant([{ role: 'user', content: 'x' }]), stream: fc.oneof(fc.integer(), fc.string(), fc.object({ maxDepth: 1 })) }),
  fc.record({ model: fc.constant('m1'), messages: fc.constant([{ role: 'user', content: 'x' }]), max_tokens: fc.oneof(hostileNumber.filter((n) => !Number.isInteger(n) || n < 0), fc.string()) }),
  fc.record({ model: fc.string({ maxLength: 300 }).filter((s) => s !== 'm1'), messages: fc.constant([{ role: 'user', content: 'x' }]), extra: jsonValue }),
  fc.array(jsonValue, { maxLength: 3 }),
  jsonValue.filter((v) => typeof v !== 'object' || v === null),
);

const deepNesting = fc.integer({ min: 1_000, max: 200_000 }).map((n) => Buffer.from(`{"model":"m1","messages":${'['.repeat(n)}${']'.repeat(n)}}`));
const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 200 }).map((a) => Buffer.concat([Buffer.from('{"model":"m1","messages":[{"role":"user","content":"'), Buffer.from(a), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
const garbage = fc.uint8Array({ maxLength: 500 }).map((a) => Buffer.from(a));

const requestId = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  fc.constant('x'.repeat(10_000)),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('id with spaces'),
);

const cases: fc.Arbitrary<Case> = fc.record({
  body: fc.oneof(invalidBody.map((b) => Buffer.from(JSON.stringify(b))), deepNesting, invalidUtf8, garbage),
  id: requestId,
  path: fc.constantFrom('/v1/chat/completions', '/v1/completions', '/v1/embeddings'),
  ct: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'),
}).map(({ body, id, path, ct }) => ({ body, path, headers: { 'content-type': ct, ...(id !== undefined && /^[\x21-\x7e]*$/.test(id) && id.length > 0 ? { 'x-request-id': id } : {}) } }));

describe('fuzz: hostile requests', () => {
  it('10,000 malformed requests: no crash, no 5xx, every answer an OpenAI-shaped 4xx', async () => {
    const stack = await startStack({ replicas: 1 });
    try {
      const samples = fc.sample(cases, { numRuns: 10_000, seed: 20261123 });
      let next = 0;
      const failures: string[] = [];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < samples.length) {
            const c = samples[next++]!;
            const r = await request(`${stack.url}${c.path}`, { method: 'POST', headers: c.headers, body: c.body });
            const text = await r.body.text();
            let ok = r.statusCode >= 400 && r.statusCode < 500;
            try {
              const e = (JSON.parse(text) as { error?: Record<string, unknown> }).error;
              ok &&= !!e && typeof e.message === 'string' && typeof e.type === 'string' && typeof e.code === 'string' && 'param' in e;
            } catch {
              ok = false;
            }
            const rid = r.headers['x-request-id'];
            ok &&= typeof rid === 'string' && rid.length > 0 && rid.length <= 128 && !/[\s<>"]/.test(rid);
            if (!ok && failures.length < 5) failures.push(`${r.statusCode} ${c.path} ${c.body.subarray(0, 80).toString('latin1')} → ${text.slice(0, 200)}`);
          }
        }),
      );
      assert.deepEqual(failures, []);
      assert.equal((await fetch(`${stack.url}/healthz`)).status, 200, 'still alive');
    } finally {
      await stack.close();
    }
  });

  it('header injection in x-request-id over a raw socket cannot split the response', async () => {
    const stack = await startStack({ replicas: 1 });
    try {
      const port = new URL(stack.url).port;
      const raw = await new Promise<string>((resolve, reject) => {
        const s = connect(Number(port), '127.0.0.1');
        let buf = '';
        s.on('data', (d) => (buf += d.toString('latin1')));
        s.on('end', () => resolve(buf));
        s.on('error', reject);
        const body = '{"model":"nope","messages":[{"role":"user","content":"x"}]}';
        s.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Request-Id: abc\rSet-Cookie: evil=1\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
      });
      assert.ok(!/^set-cookie:/im.test(raw), 'no injected header');
      assert.match(raw, /^HTTP\/1\.1 4\d\d/);
      assert.equal((await fetch(`${stack.url}/healthz`)).status, 200);
    } finally {
      await stack.close();
    }
  });
});
