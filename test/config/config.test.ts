import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, parseConfigText } from '../../src/config/load.js';

const minimal = `
server:  { host: 0.0.0.0, port: 8080 }
metrics: { host: 0.0.0.0, port: 9190 }
models:
  - name: qwen2.5-3b
    endpoints:
      - url: http://127.0.0.1:8001
      - url: http://replica-b.internal:8000   # hostnames allowed, not only IPs
        weight: 2
    pricing: { currency: USD, prompt_per_1m: 0.10, completion_per_1m: 0.30 }
`;

function problems(text: string): string[] {
  try {
    parseConfigText(text, 'test.yaml');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return [...err.problems];
  }
  assert.fail('expected a ConfigError');
}

describe('config', () => {
  it('accepts the minimal shape from the issue exactly as written', () => {
    const c = parseConfigText(minimal, 'test.yaml');
    assert.equal(c.server.port, 8080);
    assert.equal(c.metrics.port, 9190);
    assert.equal(c.models[0]!.endpoints[1]!.weight, 2);
    assert.equal(c.models[0]!.endpoints[0]!.weight, 1);
    assert.equal(c.models[0]!.pricing!.completion_per_1m, 0.3);
    assert.equal(c.models[0]!.upstream.connect_timeout_ms, 5_000);
    assert.equal(c.models[0]!.health_check.path, '/health');
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.models[0]));
  });

  it('lets a model override the global upstream block', () => {
    const c = parseConfigText(`${minimal}\nupstream: { connect_timeout_ms: 1000, retries: 1 }\n`, 't');
    assert.equal(c.models[0]!.upstream.connect_timeout_ms, 1000);
    const c2 = parseConfigText(minimal.replace('    pricing:', '    upstream: { first_byte_timeout_ms: 50 }\n    pricing:'), 't');
    assert.equal(c2.models[0]!.upstream.first_byte_timeout_ms, 50);
    assert.equal(c2.models[0]!.upstream.retries, 2);
  });

  it('names the key path and the problem', () => {
    assert.match(problems(minimal.replace('port: 8080', 'port: "eighty"')).join('\n'), /^server\.port: /m);
    assert.match(problems(minimal.replace('http://127.0.0.1:8001', 'ftp://x')).join('\n'), /models\[0\]\.endpoints\[0\]\.url: /);
    assert.match(problems(minimal.replace('weight: 2', 'weight: 2\n        wieght: 3')).join('\n'), /models\[0\]\.endpoints\[1\]: unknown key\(s\) "wieght"/);
    assert.match(problems('models: []').join('\n'), /^models: /m);
    assert.match(problems(`${minimal}\nrouting: { default_model: nope }\n`).join('\n'), /routing\.default_model: unknown model "nope"/);
  });

  it('rejects unknown models in routing categories', () => {
    const p = problems(`${minimal}\nrouting:\n  categories:\n    - name: math\n      models: [{ model: qwen2.5-math }]\n`);
    assert.match(p.join('\n'), /routing\.categories\[0\]\.models\[0\]\.model: unknown model "qwen2.5-math"/);
  });

  it('reports YAML syntax errors', () => {
    assert.throws(() => parseConfigText('models: [', 'bad.yaml'), /cannot parse bad\.yaml as YAML/);
  });
});
