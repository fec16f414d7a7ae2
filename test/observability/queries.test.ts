// Every expression of the pack names only metrics the gateway, vLLM or Prometheus expose (or
// series the pack records itself), uses only their labels, and reads counters through rate()
// or increase() — never a raw counter against a number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownMetricOf, TARGET_LABELS } from './known-metrics.js';
import { loadPack } from './pack.js';
import { seriesRefs } from './promql-names.js';

const pack = loadPack();
const recorded = new Set(pack.recording.map((r) => r.record));
// group() only reads label values (the dashboards' model variable), never the counter's value.
const COUNTER_READERS = new Set(['rate', 'increase', 'irate', 'group']);

/** Every reference to a known metric in the pack, with where it is used. */
const knownRefs = pack.expressions.flatMap(({ where, expr }) =>
  seriesRefs(expr).flatMap((ref) => {
    const metric = knownMetricOf(ref.name);
    return metric ? [{ where, ref, metric }] : [];
  }),
);

test('the PromQL reader finds names, matcher labels and enclosing functions', () => {
  const refs = seriesRefs(
    'sum by (model) (rate(llm_model_requests_total{model=~"a|b(c)"}[5m])) / on (model) group_left () x:y:z offset 5m',
  );
  assert.deepEqual(
    refs.map((r) => [r.name, r.matcherLabels, r.enclosing]),
    [
      ['llm_model_requests_total', ['model'], 'rate'],
      ['x:y:z', [], ''],
    ],
  );
  assert.deepEqual(seriesRefs('label_replace(avg_over_time(vllm:kv_cache_usage_perc[5m]) > 0.9, "model", "$1", "model_name", "(.*)")').map((r) => r.name), ['vllm:kv_cache_usage_perc']);
  assert.deepEqual(seriesRefs('count by (state) (llm_endpoint_state{model=~"$model"} == 1)').map((r) => r.enclosing), ['count']);
});

test('every series a query selects is a known metric or a recording rule of the pack', () => {
  const unknown: string[] = [];
  for (const { where, expr } of pack.expressions) {
    const refs = seriesRefs(expr);
    assert.ok(refs.length > 0 || expr.startsWith('vector('), `${where} selects nothing: ${expr}`);
    for (const ref of refs) {
      if (!recorded.has(ref.name) && !knownMetricOf(ref.name)) unknown.push(`${where}: ${ref.name}`);
    }
  }
  assert.deepEqual(unknown, []);
});

test('matchers only use labels the metric has', () => {
  const wrong = knownRefs.flatMap(({ where, ref, metric }) => {
    const allowed = new Set<string>([...metric.labels, ...TARGET_LABELS, ...(metric.type === 'histogram' ? ['le'] : [])]);
    return ref.matcherLabels.filter((label) => !allowed.has(label)).map((label) => `${where}: ${ref.name}{${label}}`);
  });
  assert.deepEqual(wrong, []);
});

test('counters and histogram series are only read through rate()/increase()', () => {
  const raw = knownRefs
    .filter(({ ref, metric }) => (metric.type === 'counter' || metric.type === 'histogram') && !COUNTER_READERS.has(ref.enclosing))
    .map(({ where, ref }) => `${where}: ${ref.name} in ${ref.enclosing || 'top level'}`);
  assert.deepEqual(raw, []);
});

test('recording rule names are unique and follow level:metric:operations', () => {
  const names = pack.recording.map((r) => r.record);
  assert.equal(new Set(names).size, names.length, 'duplicate recording rule names');
  for (const name of names) assert.match(name, /^[a-z_]+:[a-z0-9_:]+:[a-z0-9_]+$/, `${name} is not level:metric:operations`);
});
