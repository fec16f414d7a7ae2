import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { SseRelay } from '../../src/streaming/sse-relay.js';
import { usageFromBody } from '../../src/streaming/usage.js';
import type { Usage } from '../../src/server/context.js';

const ev = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;
const content = (t: string) => ev({ id: 'x', choices: [{ index: 0, delta: { content: t }, finish_reason: null }], usage: null });
const usageEv = ev({ id: 'x', choices: [], usage: { prompt_tokens: 7, completion_tokens: 2, total_tokens: 9 } });
const stream = content('Hel') + content('lo') + usageEv + 'data: [DONE]\n\n';

async function relay(input: string, cut: number[], stripUsage: boolean): Promise<{ out: string; usage: Usage | undefined; writes: number }> {
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on('data', (b: Buffer) => parts.push(b));
  let usage: Usage | undefined;
  const r = new SseRelay(sink as unknown as ServerResponse, { stripUsage, onUsage: (u) => (usage = u) });
  const buf = Buffer.from(input);
  let prev = 0;
  for (const c of [...cut, buf.length]) {
    await r.push(buf.subarray(prev, c));
    prev = c;
  }
  await r.finish();
  return { out: Buffer.concat(parts).toString(), usage, writes: parts.length };
}

describe('SseRelay', () => {
  it('forwards events unchanged and reads usage', async () => {
    const r = await relay(stream, [], false);
    assert.equal(r.out, stream);
    assert.deepEqual(r.usage, { prompt_tokens: 7, completion_tokens: 2, total_tokens: 9 });
  });

  it('strips the usage-only chunk when the client did not ask for it', async () => {
    const r = await relay(stream, [], true);
    assert.equal(r.out, content('Hel') + content('lo') + 'data: [DONE]\n\n');
    assert.equal(r.usage?.completion_tokens, 2);
  });

  it('handles events split at every possible byte boundary', async () => {
    for (let i = 1; i < stream.length; i++) {
      const r = await relay(stream, [i], true);
      assert.equal(r.out, content('Hel') + content('lo') + 'data: [DONE]\n\n', `cut at ${i}`);
      assert.equal(r.usage?.prompt_tokens, 7, `cut at ${i}`);
    }
  });

  it('never writes half an event', async () => {
    const sink: string[] = [];
    const fake = { write: (b: Buffer) => (sink.push(b.toString()), true), destroyed: false } as unknown as ServerResponse;
    const r = new SseRelay(fake, { stripUsage: false, onUsage: () => undefined });
    const buf = Buffer.from(stream);
    for (let i = 0; i < buf.length; i += 7) await r.push(buf.subarray(i, i + 7));
    await r.finish();
    for (const w of sink) assert.ok(w.endsWith('\n\n'), JSON.stringify(w));
  });
});

describe('usageFromBody', () => {
  it('finds usage at the end of a completion body, ignoring "usage" inside content', () => {
    const body = JSON.stringify({ choices: [{ message: { content: 'the "usage": {"prompt_tokens": 99} trick' } }], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 } });
    assert.deepEqual(usageFromBody(Buffer.from(body)), { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 });
  });
  it('returns undefined when absent', () => {
    assert.equal(usageFromBody(Buffer.from('{"choices":[]}')), undefined);
  });
});
