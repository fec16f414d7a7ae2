import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { startSimulator } from '../../src/sim/index.js';
import { exitOf, spawnCli, waitForOutput } from '../helpers/processes.js';
import { chat, waitFor } from '../helpers/stack.js';

describe('graceful shutdown', () => {
  it('SIGTERM during 20 open streams: readyz turns 503, all streams complete, exit 0', async () => {
    const sims = await Promise.all([0, 1].map(() => startSimulator({ model: 'm1', port: 0, itlMs: 15 })));
    const dir = mkdtempSync(join(tmpdir(), 'sy-term-'));
    const path = join(dir, 'config.yaml');
    writeFileSync(
      path,
      stringify({
        server: { host: '127.0.0.1', port: 0, drain_timeout_ms: 10_000 },
        metrics: { enabled: false },
        logging: { level: 'warn' },
        health_check: { interval_ms: 200 },
        models: [{ name: 'm1', endpoints: sims.map((s) => ({ url: s.url })) }],
      }),
    );
    const child = spawnCli(['serve', '--config', path]);
    try {
      const url = (await waitForOutput(child, /OpenAI API\s+(http:\/\/127\.0\.0\.1:\d+)\/v1/))[1]!;
      await waitFor(async () => {
        const r = await fetch(`${url}/readyz`).then((x) => x.json() as Promise<{ models: Array<{ ready: number }> }>);
        return r.models[0]!.ready === 2;
      }, 5_000, 'replicas ready');
      const streams = Array.from({ length: 20 }, async () => {
        const r = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(chat('m1', { stream: true, max_tokens: 60 })) });
        return { status: r.status, text: await r.text() };
      });
      await waitFor(() => sims[0]!.stats().running + sims[1]!.stats().running === 20, 5_000, '20 streams running');
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      const ready = await fetch(`${url}/readyz`).catch(() => undefined);
      if (ready) assert.equal(ready.status, 503, 'readyz reports draining');
      const results = await Promise.all(streams);
      for (const r of results) {
        assert.equal(r.status, 200);
        assert.ok(r.text.trimEnd().endsWith('data: [DONE]'), 'stream completed');
      }
      assert.equal(await exitOf(child), 0);
    } finally {
      child.kill('SIGKILL');
      await Promise.all(sims.map((s) => s.close()));
    }
  });
});
