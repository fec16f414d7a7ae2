import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// Screenshots go to docs/screenshots (for the README) only when asked for, so a normal test run
// never rewrites tracked files: SWITCHYARD_SCREENSHOTS=1 node --import tsx --test test/ui/*.test.ts
const keep = process.env['SWITCHYARD_SCREENSHOTS'] === '1';
const dir = keep ? join(import.meta.dirname, '..', '..', 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'sy-shots-'));
mkdirSync(dir, { recursive: true });
if (!keep) process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

export const DEMO_ANSWER = [
  'vLLM streams **Server-Sent Events**: one `data:` line per token, then `data: [DONE]`.',
  '',
  '### Try it',
  '',
  '1. Start a replica with `vllm serve`.',
  '2. Send a request with `"stream": true`:',
  '',
  '```bash',
  '# prints tokens as they arrive',
  'curl -N http://localhost:8080/v1/chat/completions \\',
  '  -H "content-type: application/json" \\',
  '  -d \'{"model": "auto", "stream": true, "messages": [{"role": "user", "content": "hi"}]}\'',
  '```',
  '',
  '| option | effect |',
  '| --- | --- |',
  '| `stream_options.include_usage` | adds a final usage chunk |',
  '| `max_tokens` | caps the answer length |',
  '',
  'See the [vLLM docs](https://docs.vllm.ai/) for more.',
].join('\n');
