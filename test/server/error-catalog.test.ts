import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { errorCatalog } from '../../src/server/errors.js';
import { errorReasons } from '../../src/metrics/registry.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('error catalog', () => {
  it('documents every error code in the README with its status', () => {
    for (const [code, spec] of Object.entries(errorCatalog)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
      assert.ok(row, `README error table lacks ${code}`);
      if (code !== 'upstream_stream_broken') assert.ok(row.includes(String(spec.status)), `README row for ${code} lacks status ${spec.status}`);
      assert.ok(row.includes(spec.type), `README row for ${code} lacks type ${spec.type}`);
    }
  });

  it('documents every metric error reason', () => {
    for (const r of errorReasons) assert.ok(readme.includes(`\`${r}\``), `README lacks reason ${r}`);
  });
});
