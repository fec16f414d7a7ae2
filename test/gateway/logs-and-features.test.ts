import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configPathFrom } from '../../src/config/load.js';
import { chat, postJson, startStack, waitFor } from '../helpers/stack.js';

describe('request logs', () => {
  it('one JSON line per request with the fields operators need, never prompt text or Authorization', async () => {
    const stack = await startStack({ replicas: 1 });
    try {
      const secretPrompt = 'my-very-private-prompt-text-1234';
      const r = await postJson(`${stack.url}/v1/chat/completions`, chat('m1', { messages: [{ role: 'user', content: secretPrompt }], max_tokens: 2 }), {
        authorization: 'Bearer sk-super-secret-key',
        'x-request-id': 'log-test-1',
      });
      assert.equal(r.status, 200);
      await waitFor(() => stack.logs.some((l) => l.reqId === 'log-test-1'), 2_000, 'request log line');
      const lines = stack.logs.filter((l) => l.reqId === 'log-test-1');
      assert.equal(lines.length, 1);
      const line = lines[0]!;
      for (const k of ['model', 'endpoint', 'status', 'ttft_ms', 'prompt_tokens', 'completion_tokens', 'duration_ms', 'attempts']) assert.ok(k in line, `log has ${k}`);
      const all = JSON.stringify(stack.logs);
      assert.ok(!all.includes(secretPrompt), 'no prompt text in logs');
      assert.ok(!all.includes('sk-super-secret-key'), 'no Authorization in logs');
    } finally {
      await stack.close();
    }
  });

  it('logs each endpoint state change once, with the reason', async () => {
    const stack = await startStack({ replicas: 2 });
    try {
      await stack.sims[1]!.refuse();
      await waitFor(() => stack.logs.some((l) => l.endpoint === stack.sims[1]!.url && l.from === 'ready'), 5_000, 'state change log');
      const changes = stack.logs.filter((l) => l.endpoint === stack.sims[1]!.url && l.from === 'ready');
      assert.equal(changes.length, 1);
      assert.equal(typeof changes[0]!.reason, 'string');
      assert.match(String(changes[0]!.to), /unhealthy|ejected/);
    } finally {
      await stack.close();
    }
  });
});

describe('config location', () => {
  it('--config wins over SWITCHYARD_CONFIG; neither means the embedded demo', () => {
    assert.equal(configPathFrom('a.yaml', { SWITCHYARD_CONFIG: 'b.yaml' }), 'a.yaml');
    assert.equal(configPathFrom(undefined, { SWITCHYARD_CONFIG: 'b.yaml' }), 'b.yaml');
    assert.equal(configPathFrom(undefined, {}), undefined);
  });
});

describe('feature routes', () => {
  it('GET /api/v1/doctor runs the doctor checks against the live config', async () => {
    const stack = await startStack({ replicas: 1, features: {} });
    try {
      const r = await fetch(`${stack.url}/api/v1/doctor`);
      assert.equal(r.status, 200);
      const j = (await r.json()) as { schema: string; ok: boolean; checks: Array<{ id: string; status: string }> };
      assert.equal(j.schema, 'switchyard.doctor/v1');
      assert.ok(j.checks.length > 0);
      assert.equal(j.ok, true);
    } finally {
      await stack.close();
    }
  });
});
