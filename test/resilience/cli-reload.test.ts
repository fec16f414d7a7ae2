import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { startSimulator } from '../../src/sim/index.js';
import { exitOf, spawnCli, waitForOutput } from '../helpers/processes.js';
import { waitFor } from '../helpers/stack.js';

const models = async (url: string) => ((await (await fetch(`${url}/v1/models`)).json()) as { data: Array<{ id: string }> }).data.map((m) => m.id).sort();

describe('switchyard serve reloads its config', () => {
  it('on a change of the config file and on SIGHUP; a bad file keeps the running config', async () => {
    const sim = await startSimulator({ model: 'a', port: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'sy-watch-'));
    const path = join(dir, 'config.yaml');
    const cfg = (names: string[]) => stringify({ server: { host: '127.0.0.1', port: 0 }, metrics: { enabled: false }, logging: { level: 'warn' }, models: names.map((name) => ({ name, endpoints: [{ url: sim.url }] })) });
    writeFileSync(path, cfg(['a']));
    const child = spawnCli(['serve', '--config', path]);
    try {
      const url = (await waitForOutput(child, /OpenAI API\s+(http:\/\/127\.0\.0\.1:\d+)\/v1/))[1]!;
      assert.deepEqual(await models(url), ['a']);
      writeFileSync(path, cfg(['a', 'b']));
      await waitFor(async () => (await models(url)).includes('b'), 5_000, 'file change picked up');
      // Editor-style replace: write a new file and rename it over the old one.
      writeFileSync(`${path}.tmp`, 'models: [ { name: c } ]');
      renameSync(`${path}.tmp`, path);
      await new Promise((r) => setTimeout(r, 600));
      assert.deepEqual(await models(url), ['a', 'b'], 'invalid file rejected');
      writeFileSync(`${path}.tmp`, cfg(['c']));
      renameSync(`${path}.tmp`, path);
      await waitFor(async () => (await models(url)).join() === 'c', 5_000, 'replaced file picked up');
      writeFileSync(path, cfg(['d']));
      child.kill('SIGHUP');
      await waitFor(async () => (await models(url)).join() === 'd', 5_000, 'SIGHUP reload');
      child.kill('SIGTERM');
      assert.equal(await exitOf(child), 0);
    } finally {
      child.kill('SIGKILL');
      await sim.close();
    }
  });
});
