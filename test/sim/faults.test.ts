import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { Agent, request } from 'undici';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { chatBody, postJson, waitFor } from './helpers.js';

function causeCode(err: unknown): string | undefined {
  let e: unknown = err;
  while (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E')) return code;
    e = e.cause;
  }
  return undefined;
}

describe('sim: fault injection', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('injects 429 with Retry-After and an OpenAI-shaped body at error_rate 1', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    sim.setFaults({ error_rate: 1, error_status: 429, retry_after_s: 7 });
    const res = await postJson(`${sim.url}/v1/chat/completions`, chatBody());
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '7');
    const err = (res.body as { error: { type: string; code: number; message: string } }).error;
    assert.equal(err.code, 429);
    assert.equal(typeof err.message, 'string');
    assert.equal(sim.stats().errorsInjected, 1);
    const metrics = await (await fetch(`${sim.url}/metrics`)).text();
    assert.match(metrics, /sim_faults_injected_total\{kind="error"\} 1/);
  });

  it('injects errors at roughly the configured rate, reproducibly for a seed', async () => {
    const statuses = async (): Promise<number[]> => {
      const s = await startSimulator({ model: 'sim-test', seed: 7, faults: { error_rate: 0.5, error_status: 503 } });
      try {
        const out: number[] = [];
        for (let i = 0; i < 40; i++) out.push((await postJson(`${s.url}/v1/completions`, { prompt: 'x', max_tokens: 1 })).status);
        return out;
      } finally {
        await s.close();
      }
    };
    const a = await statuses();
    assert.deepEqual(a, await statuses());
    const errors = a.filter((s) => s === 503).length;
    assert.ok(errors > 5 && errors < 35, `${errors} of 40`);
  });

  it('hangs until the client gives up, then counts an abort', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    const s = sim;
    s.setFaults({ hang: true });
    await assert.rejects(postJson(`${s.url}/v1/chat/completions`, chatBody(), { signal: AbortSignal.timeout(150) }));
    await waitFor(() => s.stats().aborted === 1);
    s.setFaults({ hang: false });
    assert.equal((await postJson(`${s.url}/v1/chat/completions`, chatBody())).status, 200);
  });

  it('drops a stream mid-way: some tokens, then a broken connection and no [DONE]', async () => {
    sim = await startSimulator({ model: 'sim-test', itlMs: 5 });
    sim.setFaults({ drop_after_tokens: 2 });
    const res = await fetch(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(chatBody({ stream: true, max_tokens: 10 })),
    });
    assert.equal(res.status, 200);
    let text = '';
    const decoder = new TextDecoder();
    await assert.rejects(async () => {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
    });
    assert.equal(text.match(/"content":"[^"]/g)?.length, 2);
    assert.ok(!text.includes('[DONE]'));
    assert.equal(sim.stats().errorsInjected, 1);
    assert.equal(sim.stats().aborted, 0, 'a drop is the server’s doing, not a client abort');
    assert.equal(sim.stats().running, 0);
  });

  it('drops a non-stream request before answering', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    sim.setFaults({ drop_after_tokens: 0 });
    await assert.rejects(postJson(`${sim.url}/v1/chat/completions`, chatBody()));
  });

  it('slow start: health and inference 503 for the window, then 200', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    const s = sim;
    s.setFaults({ slow_start_s: 0.3 });
    assert.equal((await fetch(`${s.url}/health`)).status, 503);
    const inference = await postJson(`${s.url}/v1/chat/completions`, chatBody());
    assert.equal(inference.status, 503);
    assert.ok(inference.headers.get('retry-after'));
    await waitFor(async () => (await fetch(`${s.url}/health`)).status === 200, 2000, 25);
    assert.equal((await postJson(`${s.url}/v1/chat/completions`, chatBody())).status, 200);
  });

  it('refuse() closes keep-alive sockets so connects fail with ECONNREFUSED; resume() serves again', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    const agent = new Agent({ keepAliveTimeout: 30_000 });
    try {
      const get = () => request(`${sim?.url}/v1/models`, { dispatcher: agent });
      const first = await get();
      await first.body.text();
      assert.equal(first.statusCode, 200);
      await sim.refuse();
      const err = await get().then(() => undefined, (e: unknown) => e);
      assert.equal(causeCode(err), 'ECONNREFUSED');
      await sim.resume();
      const again = await get();
      assert.equal(again.statusCode, 200);
      await again.body.text();
    } finally {
      await agent.close();
    }
  });

  it('admin endpoints: faults round-trip, validation, reply, stats, refuse for N seconds, reset', async () => {
    sim = await startSimulator({ model: 'sim-test' });
    const s = sim;
    const patched = await postJson(`${s.url}/admin/faults`, { error_rate: 0.25, retry_after_s: 3 });
    assert.equal(patched.status, 200);
    assert.deepEqual(patched.body, { error_rate: 0.25, error_status: 500, retry_after_s: 3, hang: false, drop_after_tokens: null, slow_start_s: 0 });
    assert.deepEqual(await (await fetch(`${s.url}/admin/faults`)).json(), patched.body);
    assert.equal((await postJson(`${s.url}/admin/faults`, { error_status: 418 })).status, 400);
    assert.equal((await postJson(`${s.url}/admin/faults`, { bogus: 1 })).status, 400);
    await postJson(`${s.url}/admin/faults`, { error_rate: 0 });

    await postJson(`${s.url}/admin/reply`, { text: 'fixed answer' });
    const forced = await postJson(`${s.url}/v1/chat/completions`, chatBody(), {
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-secret-1234' },
    });
    assert.equal((forced.body as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content, 'fixed answer');
    const stats = (await (await fetch(`${s.url}/admin/stats`)).json()) as { completed: number; lastRequests: Array<{ headers: Record<string, string> }> };
    assert.equal(stats.completed, 1);
    const auth = stats.lastRequests.at(-1)?.headers.authorization ?? '';
    assert.ok(!auth.includes('secret') && auth.endsWith('1234>'), auth);

    assert.equal((await postJson(`${s.url}/admin/refuse`, { seconds: 0.3 })).status, 200);
    await waitFor(async () => fetch(`${s.url}/health`).then(() => false, (e: unknown) => causeCode(e) === 'ECONNREFUSED'), 1000, 10);
    await waitFor(async () => fetch(`${s.url}/health`).then((r) => r.status === 200, () => false), 3000, 25);

    assert.equal((await postJson(`${s.url}/admin/reset`, {})).status, 200);
    assert.equal(s.stats().requests, 0);
    assert.deepEqual(await (await fetch(`${s.url}/admin/faults`)).json(), { error_rate: 0, error_status: 500, hang: false, drop_after_tokens: null, slow_start_s: 0 });
    const words = await postJson(`${s.url}/v1/chat/completions`, chatBody());
    assert.notEqual((words.body as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content, 'fixed answer');
  });
});
