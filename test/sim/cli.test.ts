import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { parseSimArgs } from '../../src/sim/cli.js';

describe('sim: CLI arguments', () => {
  it('uses realistic defaults and binds all interfaces', () => {
    const opts = parseSimArgs(['--model', 'llama']);
    assert.ok(opts !== 'help');
    assert.equal(opts.model, 'llama');
    assert.equal(opts.host, '0.0.0.0');
    assert.equal(opts.port, 8000);
    assert.equal(opts.ttftMs, 120);
    assert.equal(opts.itlMs, 15);
    assert.equal(opts.jitter, 0.2);
  });

  it('maps every flag', () => {
    const opts = parseSimArgs([
      '--port', '0', '--host', '127.0.0.1', '--model', 'm', '--ttft-ms', '5', '--itl-ms', '2', '--jitter', '0',
      '--max-tokens', '100', '--max-concurrency', '4', '--output-tokens', '9', '--error-rate', '0.1',
      '--error-status', '429', '--hang', '--drop-after-tokens', '3', '--slow-start-s', '2', '--reply', 'hi there', '--seed', '5',
    ]);
    assert.deepEqual(opts, {
      host: '127.0.0.1', port: 0, model: 'm', ttftMs: 5, itlMs: 2, jitter: 0, maxTokens: 100, maxConcurrency: 4,
      outputTokens: 9, seed: 5, reply: 'hi there',
      faults: { error_rate: 0.1, error_status: 429, hang: true, drop_after_tokens: 3, slow_start_s: 2 },
    });
  });

  it('recognises --help and rejects bad values', () => {
    assert.equal(parseSimArgs(['--help']), 'help');
    assert.throws(() => parseSimArgs(['--port', 'abc']), /--port expects a number/);
    assert.throws(() => parseSimArgs(['--error-status', '404']), /429, 500 or 503/);
    assert.throws(() => parseSimArgs(['--unknown']));
  });

  it('runs as a process, prints its URL, serves, and exits 0 on SIGTERM', async () => {
    const script = "import { runSimCommand } from './src/sim/cli.ts'; process.exitCode = await runSimCommand(process.argv.slice(1));";
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, '--', '--port', '0', '--host', '127.0.0.1', '--model', 'cli-model', '--ttft-ms', '0', '--itl-ms', '0'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', () => reject(new Error(`exited early: ${out}`)));
      });
      const models = (await (await fetch(`${url}/v1/models`)).json()) as { data: Array<{ id: string }> };
      assert.equal(models.data[0]?.id, 'cli-model');
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(code, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
